/**
 * Building the package an office sends ("Gửi lên"): the whole exchanged register with each
 * record's (origin, revision), the tombstones, and the sender's last-revision-seen map, which
 * tells the receiver which of its own changes the sender already holds.
 */
import { noteBase } from './bases'
import { numberLocalChanges } from './ledger'
import {
  EXCHANGE_ENTITIES,
  EXCHANGE_SCHEMA_VERSION,
  type ExchangeContent,
  type ExchangeLedger,
  type ExchangePackage,
  type Office,
  type PackageRecord,
} from './types'
import { dataOf, ownValue, recordKey } from './values'

export interface BuiltPackage {
  package: ExchangePackage
  /** Store this ledger before the file is written (see ledger.ts). */
  ledger: ExchangeLedger
}

export function buildExchangePackage(
  content: ExchangeContent,
  ledger: ExchangeLedger,
  self: Office,
  at: string,
): BuiltPackage {
  const numbered = numberLocalChanges(content, ledger, self, at).ledger
  const records: PackageRecord[] = []
  const offices: Record<string, string> = { [self.id]: self.name }
  const nameOffice = (id: string) => {
    offices[id] = ownValue(numbered.offices, id) ?? ''
  }
  for (const entity of EXCHANGE_ENTITIES) {
    for (const record of content[entity]) {
      const key = recordKey(entity, record.id)
      const mark = numbered.marks[key]
      if (mark.origin !== self.id) nameOffice(mark.origin)
      const data = dataOf(record)
      records.push({
        entity,
        id: record.id,
        updatedAt: record.updatedAt,
        revision: mark.revision,
        origin: mark.origin,
        data,
      })
      // What we send is a base for the receiver's next file, once it has taken this one in.
      noteBase((numbered.bases ??= {}), key, mark, data)
    }
  }
  const tombstones = Object.values(numbered.tombstones).map((t) => ({ ...t }))
  for (const t of tombstones) if (t.office !== self.id) nameOffice(t.office)
  for (const office of Object.keys(numbered.seen)) if (office !== self.id) nameOffice(office)

  return {
    package: {
      office: { ...self },
      exportedAt: at,
      schemaVersion: EXCHANGE_SCHEMA_VERSION,
      seen: { ...numbered.seen },
      offices,
      records,
      tombstones,
    },
    ledger: numbered,
  }
}

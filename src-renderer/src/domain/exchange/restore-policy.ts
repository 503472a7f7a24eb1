/**
 * What a restore does to the exchange's own rows (db/backup/restore-backup.ts writes the result).
 * The backup's identity and ledger come back, but this office's revision counter never goes down:
 * numbers handed out after the backup was made may already be in another office's hands, and
 * reusing them for other content would make that office skip it (domain/exchange/ledger.ts). A
 * backup without exchange rows (schema v2) keeps the current identity and counter.
 *
 * The signing key follows the identity: the backup's when it has one, else the current key if the
 * identity is the same office (a backup from before signing). Pinned keys are merged, the current
 * pin winning: a key accepted after the backup was made stays accepted, and no restore makes this
 * store trust again a key it had replaced (domain/exchange/trust.ts).
 */
import { emptyLedger } from './ledger'
import type { PinnedKeys } from './trust'
import type { ExchangeLedger, Office } from './types'

/** The exchange table's rows; `Keys` is the store's key pair, which this policy only carries. */
export type ExchangeRowOf<Keys> =
  | { key: 'office'; value: Office }
  | { key: 'ledger'; value: ExchangeLedger }
  | { key: 'keys'; value: Keys }
  | { key: 'pins'; value: PinnedKeys }

/** The exchange rows a restore writes, from the backup's rows and the store's current ones. */
export function restoredExchangeRows<Keys>(
  backup: readonly ExchangeRowOf<Keys>[],
  current: readonly ExchangeRowOf<Keys>[],
): ExchangeRowOf<Keys>[] {
  type Row = ExchangeRowOf<Keys>
  const rowIn = <K extends Row['key']>(rows: readonly Row[], key: K) =>
    rows.find((r) => r.key === key) as Extract<Row, { key: K }> | undefined
  const office = rowIn(backup, 'office')?.value ?? rowIn(current, 'office')?.value
  if (!office) return [...backup]
  const currentLedger = rowIn(current, 'ledger')?.value
  const restored = rowIn(backup, 'ledger')?.value ?? (currentLedger ? emptyLedger(office) : undefined)
  const rows: Row[] = [{ key: 'office', value: office }]
  if (restored) {
    const ours = Math.max(restored.seen[office.id] ?? 0, currentLedger?.seen[office.id] ?? 0)
    rows.push({ key: 'ledger', value: { ...restored, seen: { ...restored.seen, [office.id]: ours } } })
  }
  const sameOffice = rowIn(current, 'office')?.value?.id === office.id
  const keys = rowIn(backup, 'keys')?.value ?? (sameOffice ? rowIn(current, 'keys')?.value : undefined)
  if (keys) rows.push({ key: 'keys', value: keys })
  const pins = { ...rowIn(backup, 'pins')?.value, ...rowIn(current, 'pins')?.value }
  if (Object.keys(pins).length > 0) rows.push({ key: 'pins', value: pins })
  return rows
}

/**
 * The preview of "Nhận dữ liệu": every record of an incoming package compared with ours and
 * classified. The two questions, answered by revisions alone (never by clocks):
 *   - is the incoming version new to us?      our seen[origin] < its revision
 *   - is our version unknown to the sender?   the sender's seen[our origin] < our revision
 * new to us only → updated (or new); unknown to them only → local-newer (their file is stale for
 * this record, ours is kept); both → conflict, listed field by field for a person to decide;
 * neither, or the same content either way → unchanged. A conflict between two live versions is
 * then judged field by field against the last version both offices held (bases.ts): when each
 * side changed other fields it becomes 'merged', taken with nobody asked.
 */
import { DomainError } from '../errors'
import { commonBases, threeWay } from './bases'
import { hasSeen, numberLocalChanges, seenOf, tombstoneDot } from './ledger'
import { exchangeMessages } from './messages'
import { EXCHANGE_LINKS } from './references'
import {
  EXCHANGE_ENTITIES,
  type ExchangeContent,
  type ExchangeEntity,
  type ExchangeLedger,
  type FieldDifference,
  type ExchangePackage,
  type MergeItem,
  type MergePlan,
  type MergeStatus,
  type Office,
  type RecordKey,
  type Version,
} from './types'
import { dataOf, differingFields, ownValue, recordKey } from './values'

function sameDot(a: Version, b: Version): boolean {
  return a.dot.origin === b.dot.origin && a.dot.revision === b.dot.revision
}

function sameVersionContent(local: Version, incoming: Version): boolean {
  if (local.kind === 'deleted' || incoming.kind === 'deleted') return local.kind === incoming.kind
  return differingFields(local.data, incoming.data).length === 0
}

/**
 * The classification of one record, given what each side has seen. Exported for the tests that
 * pin every case; planMerge applies it to a whole package.
 */
export function classify(
  local: Version | null,
  incoming: Version,
  ourSeen: Readonly<Record<string, number>>,
  senderSeen: Readonly<Record<string, number>>,
): MergeStatus {
  // A record we never had (or whose history we lost): taking it cannot lose anything of ours.
  if (local === null) return 'new'
  const sameContent = sameVersionContent(local, incoming)
  if (sameDot(local, incoming)) return sameContent ? 'unchanged' : 'conflict'
  const newToUs = !hasSeen(ourSeen, incoming.dot)
  const knownToSender = hasSeen(senderSeen, local.dot)
  if (sameContent) return 'unchanged'
  if (newToUs && knownToSender) return 'updated'
  if (!newToUs && !knownToSender) return 'local-newer'
  // Both changed since they last met; or (which correct exchanges never produce) each claims to
  // hold the other's version while the contents differ. Either way a person decides.
  return 'conflict'
}

function localVersions(content: ExchangeContent, ledger: ExchangeLedger): Map<RecordKey, Version> {
  const out = new Map<RecordKey, Version>()
  for (const entity of EXCHANGE_ENTITIES) {
    for (const record of content[entity]) {
      const key = recordKey(entity, record.id)
      const mark = ledger.marks[key]
      out.set(key, {
        kind: 'record',
        dot: { origin: mark.origin, revision: mark.revision },
        updatedAt: record.updatedAt,
        data: dataOf(record),
      })
    }
  }
  for (const [key, tombstone] of Object.entries(ledger.tombstones)) {
    out.set(key, { kind: 'deleted', dot: tombstoneDot(tombstone), tombstone })
  }
  return out
}

function incomingVersions(
  pkg: ExchangePackage,
): Map<RecordKey, { entity: MergeItem['entity']; id: string; version: Version }> {
  const out = new Map<RecordKey, { entity: MergeItem['entity']; id: string; version: Version }>()
  for (const r of pkg.records) {
    out.set(recordKey(r.entity, r.id), {
      entity: r.entity,
      id: r.id,
      version: {
        kind: 'record',
        dot: { origin: r.origin, revision: r.revision },
        updatedAt: r.updatedAt,
        data: r.data,
      },
    })
  }
  for (const t of pkg.tombstones) {
    out.set(recordKey(t.entity, t.id), {
      entity: t.entity,
      id: t.id,
      version: { kind: 'deleted', dot: tombstoneDot(t), tombstone: t },
    })
  }
  return out
}

/**
 * Compares a validated package (see package-schema.ts) with the local register. Pure: the
 * store is changed only by applyMerge, after a person has seen the plan.
 */
export function planMerge(
  content: ExchangeContent,
  ledger: ExchangeLedger,
  self: Office,
  pkg: ExchangePackage,
  at: string,
): MergePlan {
  if (pkg.office.id === self.id) {
    throw new DomainError('exchange_own_file', exchangeMessages.ownFile)
  }
  // The sender holds revisions of ours we no longer have (our data came back from an older
  // backup): number our next edits above them, or the sender would take them for ones it has.
  const start = { ...ledger, seen: { ...ledger.seen } }
  const theirsOfOurs = seenOf(pkg.seen, self.id)
  if (theirsOfOurs > seenOf(start.seen, self.id)) start.seen[self.id] = theirsOfOurs
  const numbered = numberLocalChanges(content, start, self, at).ledger

  const basis: Record<RecordKey, number> = {}
  for (const entity of EXCHANGE_ENTITIES) {
    for (const record of content[entity]) basis[recordKey(entity, record.id)] = record.revision
  }

  const locals = localVersions(content, numbered)
  const live = liveAfter(content, pkg)
  const ourSeen = classificationSeen(numbered, self, seenOf(ledger.seen, self.id))
  const items: MergeItem[] = []
  for (const [key, { entity, id, version: incoming }] of incomingVersions(pkg)) {
    const local = locals.get(key) ?? null
    let status = classify(local, incoming, ourSeen, pkg.seen)
    let fields =
      local?.kind === 'record' &&
      incoming.kind === 'record' &&
      (status === 'conflict' || status === 'updated')
        ? differingFields(local.data, incoming.data)
        : []
    if (status === 'conflict' && local?.kind === 'record' && incoming.kind === 'record') {
      // Both changed the record: the version both held tells who changed which field (bases.ts).
      const bases = commonBases(numbered, key, pkg.seen)
      if (bases.length > 0) {
        ;({ status, fields } = threeWay(entity, bases, local.data, incoming.data, fields))
        if (withdrawDanglingLinks(entity, fields, live)) status = 'conflict'
      }
      items.push({ key, entity, id, status, local, incoming, fields, baseKnown: bases.length > 0 })
      continue
    }
    items.push({ key, entity, id, status, local, incoming, fields })
  }
  items.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))

  return {
    self: { ...self },
    sender: { ...pkg.office },
    at,
    ledger: numbered,
    ownRevisionHeld: seenOf(ledger.seen, self.id),
    senderSeen: { ...pkg.seen },
    senderOffices: { ...pkg.offices },
    basis,
    items,
  }
}

/** Records live here or in the file (a rough bound of what the merge may leave live). */
function liveAfter(content: ExchangeContent, pkg: ExchangePackage): Set<RecordKey> {
  const live = new Set<RecordKey>()
  for (const entity of EXCHANGE_ENTITIES) for (const r of content[entity]) live.add(recordKey(entity, r.id))
  for (const r of pkg.records) live.add(recordKey(r.entity, r.id))
  for (const t of pkg.tombstones) live.delete(recordKey(t.entity, t.id))
  return live
}

/**
 * A link taken without asking must point at a record that exists (references.ts): one pointing
 * at nothing becomes a person's choice. True when any was withdrawn.
 */
function withdrawDanglingLinks(
  entity: ExchangeEntity,
  fields: FieldDifference[],
  live: Set<RecordKey>,
): boolean {
  let withdrawn = false
  for (const link of EXCHANGE_LINKS) {
    if (link.entity !== entity) continue
    const f = fields.find((d) => d.field === link.field)
    const value = f?.auto === 'local' ? f.local : f?.incoming
    if (!f?.auto || typeof value !== 'string' || live.has(recordKey(link.target, value))) continue
    delete f.auto
    withdrawn = true
  }
  return withdrawn
}

/**
 * What we hold, for judging incoming versions: our own entry is the last revision of ours we
 * still hold, not the number we skipped to, so versions of ours lost in a restore come back as
 * new (or as conflicts with what we did since), never as stale.
 */
export function classificationSeen(
  ledger: ExchangeLedger,
  self: Office,
  ownRevisionHeld: number,
): Record<string, number> {
  return { ...ledger.seen, [self.id]: Math.min(ownRevisionHeld, seenOf(ledger.seen, self.id)) }
}

/** The items a person must decide before the merge can be applied. */
export function conflictsOf(plan: MergePlan): MergeItem[] {
  return plan.items.filter((item) => item.status === 'conflict')
}

/** The name of an office as the plan knows it (its file, then our ledger). */
export function officeName(plan: MergePlan, officeId: string): string {
  if (officeId === plan.self.id) return plan.self.name
  if (officeId === plan.sender.id) return plan.sender.name
  return ownValue(plan.senderOffices, officeId) || ownValue(plan.ledger.offices, officeId) || ''
}

/**
 * The ledger: what a store knows about the exchange (see types.ts for the idea). Our own edits
 * are numbered lazily, when a file is exported or received: any record whose `revision` moved
 * since we noted it gets the next revision of our register, and any noted record that is gone
 * becomes a tombstone. So the repos that edit records need to know nothing about the exchange.
 *
 * The ledger returned by `numberLocalChanges` MUST be stored before a file made from it leaves
 * the machine: numbering the same edits again later would hand out revision numbers a peer has
 * already seen for other content.
 */
import {
  EXCHANGE_ENTITIES,
  type Dot,
  type ExchangeContent,
  type ExchangeLedger,
  type Office,
  type RecordKey,
  type Tombstone,
} from './types'
import { ownValue, recordKey } from './values'

export function emptyLedger(self: Office): ExchangeLedger {
  return { seen: { [self.id]: 0 }, marks: {}, tombstones: {}, offices: { [self.id]: self.name } }
}

export function copyLedger(ledger: ExchangeLedger): ExchangeLedger {
  const marks: ExchangeLedger['marks'] = {}
  for (const [key, mark] of Object.entries(ledger.marks)) marks[key] = { ...mark }
  const tombstones: ExchangeLedger['tombstones'] = {}
  for (const [key, tombstone] of Object.entries(ledger.tombstones)) tombstones[key] = { ...tombstone }
  const copy: ExchangeLedger = { seen: { ...ledger.seen }, marks, tombstones, offices: { ...ledger.offices } }
  // Each record's list of bases is replaced, never changed in place (bases.ts): a shallow copy will do.
  if (ledger.bases) copy.bases = { ...ledger.bases }
  return copy
}

export function seenOf(seen: Readonly<Record<string, number>>, office: string): number {
  return ownValue(seen, office) ?? 0
}

/** True when `seen` already holds the change `dot` (or a later one of the same office). */
export function hasSeen(seen: Readonly<Record<string, number>>, dot: Dot): boolean {
  return seenOf(seen, dot.origin) >= dot.revision
}

export function tombstoneDot(tombstone: Tombstone): Dot {
  return { origin: tombstone.office, revision: tombstone.revision }
}

export interface NumberedChanges {
  ledger: ExchangeLedger
  /** Keys of the records (or deletions) that got a new revision of our register. */
  numbered: RecordKey[]
}

/**
 * Gives every local edit and deletion since the last exchange a revision of our register.
 * `at` becomes the `deletedAt` of deletions found now (the store does not say when they happened).
 */
export function numberLocalChanges(
  content: ExchangeContent,
  ledger: ExchangeLedger,
  self: Office,
  at: string,
): NumberedChanges {
  const next = copyLedger(ledger)
  next.offices[self.id] = self.name
  let counter = seenOf(next.seen, self.id)
  const numbered: RecordKey[] = []
  const present = new Set<RecordKey>()

  const live = EXCHANGE_ENTITIES.flatMap((entity) =>
    content[entity].map((record) => ({ entity, record, key: recordKey(entity, record.id) })),
  ).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))

  for (const { key, record } of live) {
    present.add(key)
    const mark = ownValue(next.marks, key)
    if (mark && mark.localRevision === record.revision) continue
    counter += 1
    next.marks[key] = { localRevision: record.revision, origin: self.id, revision: counter }
    // A record back after its deletion (a restore, say) is a change of ours like any other.
    delete next.tombstones[key]
    numbered.push(key)
  }

  for (const key of Object.keys(next.marks).sort()) {
    if (present.has(key)) continue
    const separator = key.indexOf(':')
    const entity = key.slice(0, separator) as Tombstone['entity']
    counter += 1
    next.tombstones[key] = {
      entity,
      id: key.slice(separator + 1),
      revision: counter,
      deletedAt: at,
      office: self.id,
    }
    delete next.marks[key]
    if (next.bases) delete next.bases[key]
    numbered.push(key)
  }

  next.seen[self.id] = counter
  return { ledger: next, numbered }
}

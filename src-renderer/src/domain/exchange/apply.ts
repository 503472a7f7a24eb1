/**
 * Applying a merge plan once a person has decided every conflict. Pure: it returns the new
 * register, the ledger and the history entries; the caller writes them in one transaction.
 *
 * A decided conflict becomes a change of ours (the next revision of our register), even when the
 * person kept one side whole: its number then supersedes both versions everywhere, and two offices
 * that decide the same conflict differently meet again as a conflict instead of silently keeping
 * different data under the same number.
 */
import { DomainError } from '../errors'
import { noteBase } from './bases'
import { copyLedger, seenOf } from './ledger'
import { exchangeMessages } from './messages'
import { classificationSeen, officeName } from './plan'
import {
  EXCHANGE_ENTITIES,
  type Dot,
  type ExchangeContent,
  type ExchangeEntity,
  type ExchangeRecord,
  type MergeHistoryEntry,
  type MergeItem,
  type MergePlan,
  type MergeResult,
  type Office,
  type RecordKey,
  type Resolution,
  type Resolutions,
  type Version,
} from './types'
import { differingFields, ownValue, recordKey, systemIdOf } from './values'

type Change = { put: ExchangeRecord } | { delete: true }

function assertBasis(content: ExchangeContent, plan: MergePlan): void {
  let count = 0
  for (const entity of EXCHANGE_ENTITIES) {
    for (const record of content[entity]) {
      count += 1
      if (ownValue(plan.basis, recordKey(entity, record.id)) !== record.revision) {
        throw new DomainError('exchange_plan_stale', exchangeMessages.planStale)
      }
    }
  }
  if (count !== Object.keys(plan.basis).length)
    throw new DomainError('exchange_plan_stale', exchangeMessages.planStale)
}

function assertResolved(plan: MergePlan, resolutions: Resolutions): void {
  let missing = 0
  for (const item of plan.items) {
    if (item.status !== 'conflict') continue
    const resolution = ownValue(resolutions, item.key)
    if (!resolution) {
      missing += 1
    } else if ('fields' in resolution) {
      if (item.local?.kind !== 'record' || item.incoming.kind !== 'record') {
        throw new DomainError('exchange_fields_on_deletion', exchangeMessages.fieldsOnDeletion, {
          key: item.key,
        })
      }
      // Fields taken without asking (bases.ts) need no decision.
      if (item.fields.some((f) => !f.auto && ownValue(resolution.fields, f.field) === undefined)) missing += 1
    }
  }
  if (missing > 0)
    throw new DomainError('exchange_unresolved', exchangeMessages.unresolved(missing), { missing })
}

/** The content a decided conflict leaves: a live record's data, or null for a deletion. */
function decidedData(item: MergeItem, resolution: Resolution): Record<string, unknown> | null {
  const local = item.local as Version
  // One side whole, unless some field was taken without asking: "keep ours" then keeps ours for
  // the fields in conflict and still takes the fields only they changed (bases.ts).
  if ('keep' in resolution && !item.fields.some((f) => f.auto)) {
    const side = resolution.keep === 'local' ? local : item.incoming
    return side.kind === 'record' ? side.data : null
  }
  // Field by field (both sides live, checked before): our record with the chosen incoming values.
  const ours = (local as Extract<Version, { kind: 'record' }>).data
  const theirs = (item.incoming as Extract<Version, { kind: 'record' }>).data
  const out: Record<string, unknown> = { ...ours }
  for (const { field, auto } of item.fields) {
    const side = auto ?? ('keep' in resolution ? resolution.keep : resolution.fields[field])
    if (side !== 'incoming') continue
    if (Object.prototype.hasOwnProperty.call(theirs, field)) out[field] = theirs[field]
    else delete out[field]
  }
  return out
}

const TAKES_INCOMING: ReadonlySet<MergeItem['status']> = new Set(['new', 'updated', 'merged', 'conflict'])

/** Nothing to decide: every differing field is taken from the side that changed it. */
const AUTO: Resolution = { fields: {} }

export function applyMerge(content: ExchangeContent, plan: MergePlan, resolutions: Resolutions): MergeResult {
  assertBasis(content, plan)
  assertResolved(plan, resolutions)

  const ledger = copyLedger(plan.ledger)
  const self = plan.self
  let counter = seenOf(ledger.seen, self.id)
  const byKey = new Map<RecordKey, ExchangeRecord>()
  for (const entity of EXCHANGE_ENTITIES) {
    for (const record of content[entity]) byKey.set(recordKey(entity, record.id), record)
  }
  const changes = new Map<RecordKey, { entity: ExchangeEntity; id: string; change: Change }>()
  const history: MergeHistoryEntry[] = []
  const office = (id: string): Office => ({ id, name: officeName(plan, id) })

  const note = (
    item: MergeItem,
    before: Record<string, unknown> | null,
    after: Record<string, unknown> | null,
    origin: string,
    resolvedConflict: boolean,
  ) => {
    if (before === null && after === null) return
    const action = before === null ? 'create' : after === null ? 'delete' : 'update'
    // A creation lists every field from nothing, a deletion every field to nothing (what was lost).
    const changed = differingFields(before ?? {}, after ?? {}).map((f) => ({
      field: f.field,
      from: f.local,
      to: f.incoming,
    }))
    if (action === 'update' && changed.length === 0 && !resolvedConflict) return
    history.push({
      entity: item.entity,
      entityId: item.id,
      systemId: systemIdOf(item.entity, item.id, after ?? before ?? {}),
      action,
      changes: changed,
      at: plan.at,
      origin: office(origin),
      via: { ...plan.sender },
      resolvedConflict,
    })
  }

  /** Makes `data` (or a deletion) our copy of the item, as version `dot`. */
  const write = (
    item: MergeItem,
    data: Record<string, unknown> | null,
    dot: Dot,
    deletedAt: string,
    updatedAt: string,
  ) => {
    const existing = byKey.get(item.key) ?? null
    if (data === null) {
      delete ledger.marks[item.key]
      ledger.tombstones[item.key] = {
        entity: item.entity,
        id: item.id,
        revision: dot.revision,
        deletedAt,
        office: dot.origin,
      }
      if (existing) changes.set(item.key, { entity: item.entity, id: item.id, change: { delete: true } })
      return
    }
    const localRevision = (existing?.revision ?? 0) + 1
    const record = { ...data, id: item.id, updatedAt, revision: localRevision } as unknown as ExchangeRecord
    delete ledger.tombstones[item.key]
    ledger.marks[item.key] = { localRevision, origin: dot.origin, revision: dot.revision }
    changes.set(item.key, { entity: item.entity, id: item.id, change: { put: record } })
  }

  const ourSeen = classificationSeen(plan.ledger, self, plan.ownRevisionHeld)
  const dataOfVersion = (version: Version | null) => (version?.kind === 'record' ? version.data : null)

  for (const item of plan.items) {
    const { incoming, local } = item
    switch (item.status) {
      case 'new':
      case 'updated': {
        const after = dataOfVersion(incoming)
        const deletedAt = incoming.kind === 'deleted' ? incoming.tombstone.deletedAt : plan.at
        write(item, after, incoming.dot, deletedAt, incoming.kind === 'record' ? incoming.updatedAt : plan.at)
        note(item, dataOfVersion(local), after, incoming.dot.origin, false)
        break
      }
      case 'unchanged': {
        // Same content under another number: take the number that supersedes ours, or (when
        // neither does) the greater one, so every office ends up noting the same.
        if (local === null) break
        const newToUs = seenOf(ourSeen, incoming.dot.origin) < incoming.dot.revision
        const knownToSender = seenOf(plan.senderSeen, local.dot.origin) >= local.dot.revision
        if (!newToUs || !(knownToSender || dotAfter(incoming.dot, local.dot))) break
        const existing = byKey.get(item.key)
        if (incoming.kind === 'deleted') {
          ledger.tombstones[item.key] = { ...incoming.tombstone }
        } else if (existing && existing.updatedAt !== incoming.updatedAt && local.kind === 'record') {
          // The version is theirs now, stamp included, so that every store ends up identical.
          write(item, local.data, incoming.dot, plan.at, incoming.updatedAt)
        } else {
          const mark = ledger.marks[item.key]
          ledger.marks[item.key] = { ...mark, origin: incoming.dot.origin, revision: incoming.dot.revision }
        }
        break
      }
      case 'local-newer':
        break
      case 'merged':
      case 'conflict': {
        // A merge is a conflict nobody needs to decide; either way the result is a change of ours.
        const resolution = item.status === 'merged' ? AUTO : resolutions[item.key]
        const after = decidedData(item, resolution)
        counter += 1
        const dot = { origin: self.id, revision: counter }
        const before = dataOfVersion(local)
        const deletedAt =
          local?.kind === 'deleted'
            ? local.tombstone.deletedAt
            : incoming.kind === 'deleted'
              ? incoming.tombstone.deletedAt
              : plan.at
        const existing = byKey.get(item.key)
        const unchangedLocally =
          before !== null && after !== null && differingFields(before, after).length === 0
        if (unchangedLocally && existing) {
          // Kept as it is: only the number changes, the stored record stays untouched.
          ledger.marks[item.key] = {
            localRevision: existing.revision,
            origin: dot.origin,
            revision: dot.revision,
          }
        } else if (before === null && after === null) {
          ledger.tombstones[item.key] = {
            ...(local as Extract<Version, { kind: 'deleted' }>).tombstone,
            revision: counter,
            office: self.id,
          }
        } else {
          write(item, after, dot, deletedAt, plan.at)
        }
        note(item, before, after, incoming.dot.origin, item.status === 'conflict')
        break
      }
    }
    // Both offices now hold the incoming version: a base for the sender's next file. Only one we
    // took in or merged: a stale version (local-newer), or an old one equal to ours (unchanged),
    // noted as the newest would push a later shared version out, and a field changed and changed
    // back since would be misjudged. An equal one is noted while no base is known at all: two
    // offices that started from the same data (the same spreadsheet, say) share it.
    const noBase = !ledger.bases || !ownValue(ledger.bases, item.key)
    if (
      incoming.kind === 'record' &&
      (TAKES_INCOMING.has(item.status) || (item.status === 'unchanged' && noBase))
    )
      noteBase((ledger.bases ??= {}), item.key, incoming.dot, incoming.data)
  }
  // A deleted record needs no base.
  if (ledger.bases) for (const key of Object.keys(ledger.tombstones)) delete ledger.bases[key]

  // We now hold everything the sender held: its knowledge joins ours.
  for (const [officeId, revision] of Object.entries(plan.senderSeen)) {
    if (officeId !== self.id && revision > seenOf(ledger.seen, officeId)) ledger.seen[officeId] = revision
  }
  ledger.seen[self.id] = counter
  for (const [officeId, name] of Object.entries(plan.senderOffices)) {
    if (name && (officeId === plan.sender.id || !ownValue(ledger.offices, officeId)))
      ledger.offices[officeId] = name
  }
  ledger.offices[plan.sender.id] = plan.sender.name

  const next: Record<ExchangeEntity, ExchangeRecord[]> = { unit: [], system: [], assessment: [] }
  for (const entity of EXCHANGE_ENTITIES) {
    for (const record of content[entity]) {
      const change = changes.get(recordKey(entity, record.id))
      if (!change) next[entity].push(record)
      else if ('put' in change.change) next[entity].push(change.change.put)
    }
  }
  const writes: MergeResult['writes'] = { put: [], delete: [] }
  for (const [key, { entity, id, change }] of changes) {
    if ('put' in change) {
      if (!byKey.has(key)) next[entity].push(change.put)
      writes.put.push({ entity, record: change.put })
    } else {
      writes.delete.push({ entity, id })
    }
  }
  return { content: next, ledger, history, writes }
}

/** A total order on versions' numbers, for ties between equal contents. */
function dotAfter(a: Dot, b: Dot): boolean {
  return a.revision !== b.revision ? a.revision > b.revision : a.origin > b.origin
}

/**
 * The common base of a receive (issue #13). Revisions tell that both offices changed a record since
 * they last met, not which fields each changed: without the version both held, a field changed
 * only by the sender looked like a conflict, and keeping our side dropped their change.
 *
 * So the ledger keeps, per live record, the last few versions this store sent or received (their
 * number and a hash per field, never the values: ledger size stays a few hundred bytes per record).
 * On receive, the base is the newest of them the sender has seen (its `seen` covers the version's
 * number): a version both offices held. Each differing field is then judged three ways
 * (edit-merge.ts's fieldChange): changed by them only → theirs, by us only → ours, by both to
 * different values → a person decides. Several versions are kept because a version we sent may not
 * have been taken in yet by the office whose file arrives; the number is capped so the ledger stays
 * bounded at 20,000 systems.
 */
import { contentHash } from '../canonical-json'
import { newDateViolations, type DossierDates } from '../dossier-dates'
import { fieldChange, type FieldChange } from '../edit-merge'
import { keepsApprovedLevel } from './approved-levels'
import type {
  ChangedBy,
  Dot,
  ExchangedBase,
  ExchangeEntity,
  ExchangeLedger,
  FieldDifference,
  MergeStatus,
  RecordKey,
} from './types'
import { hasOwn, isContentField, ownValue, sameFieldValue } from './values'

/** Versions kept per record: the last exchanged one, and two before it for slower peers. */
export const BASE_GENERATIONS = 3

/** A field's value as the base keeps it; absent and null are one value (sameFieldValue). */
export function fieldHash(value: unknown): string {
  return contentHash(value ?? null).toString(36)
}

const NULL_HASH = fieldHash(null)

export function baseOf(dot: Dot, data: Readonly<Record<string, unknown>>): ExchangedBase {
  const fields: Record<string, string> = {}
  for (const field of Object.keys(data).sort()) {
    if (!isContentField(field) || data[field] === null || data[field] === undefined) continue
    fields[field] = fieldHash(data[field])
  }
  return { origin: dot.origin, revision: dot.revision, fields }
}

/**
 * Notes `data`, version `dot`, as exchanged: it becomes the record's newest base. `bases` is the
 * caller's own copy (copyLedger); the record's list is replaced, never changed in place.
 */
export function noteBase(
  bases: Record<RecordKey, ExchangedBase[]>,
  key: RecordKey,
  dot: Dot,
  data: Readonly<Record<string, unknown>>,
): void {
  const list = ownValue(bases, key) ?? []
  const same = (b: ExchangedBase) => b.origin === dot.origin && b.revision === dot.revision
  if (list.length > 0 && same(list[0])) return
  bases[key] = [baseOf(dot, data), ...list.filter((b) => !same(b))].slice(0, BASE_GENERATIONS)
}

/**
 * Every noted version of the record the sender holds too, newest first (empty: none known). All
 * of them, not only the newest: after a conflict both sides' versions are shared and neither is
 * the latest, and a field is taken without asking only when every shared version agrees who
 * changed it (threeWay).
 */
export function commonBases(
  ledger: Pick<ExchangeLedger, 'bases'>,
  key: RecordKey,
  senderSeen: Readonly<Record<string, number>>,
): ExchangedBase[] {
  const list = ledger.bases ? (ownValue(ledger.bases, key) ?? []) : []
  const out: ExchangedBase[] = []
  for (const base of list) {
    if ((ownValue(senderSeen, base.origin) ?? 0) < base.revision) continue
    out.push(base)
  }
  return out
}

/** One field, three ways: ours ("here") and theirs ("there") against the base's hash. */
export function baseFieldChange(
  base: ExchangedBase,
  field: string,
  local: unknown,
  incoming: unknown,
): FieldChange {
  const was = hasOwn(base.fields, field) ? base.fields[field] : NULL_HASH
  return fieldChange(fieldHash(local) !== was, fieldHash(incoming) !== was, sameFieldValue(local, incoming))
}

/** Every content field of the two versions, judged against the base (for the tests and the plan). */
export function classifyFields(
  base: ExchangedBase,
  local: Readonly<Record<string, unknown>>,
  incoming: Readonly<Record<string, unknown>>,
): Record<string, FieldChange> {
  const out: Record<string, FieldChange> = {}
  for (const field of new Set([...Object.keys(local), ...Object.keys(incoming)])) {
    if (isContentField(field)) out[field] = baseFieldChange(base, field, local[field], incoming[field])
  }
  return out
}

const CHANGED_BY: Partial<Record<FieldChange, ChangedBy>> = {
  here: 'local',
  there: 'incoming',
  conflict: 'both',
}

/** Who changed a field by every base at once; undefined when the bases disagree (nobody can tell). */
function changedByAll(bases: readonly ExchangedBase[], f: FieldDifference): ChangedBy | undefined {
  const verdicts = new Set(
    bases.map((b) => CHANGED_BY[baseFieldChange(b, f.field, f.local, f.incoming)] ?? 'both'),
  )
  return verdicts.size === 1 ? [...verdicts][0] : undefined
}

/** Fields whose automatic side is withdrawn when it would break a rule: dates, the approval. */
const APPROVAL_FIELDS = ['level', 'dossierState', 'decisionNo', 'approvedOn'] as const

export interface ThreeWay {
  status: Extract<MergeStatus, 'merged' | 'conflict'>
  fields: FieldDifference[]
}

/** Our record with every field a side took without asking. */
export function autoMerged(
  local: Readonly<Record<string, unknown>>,
  incoming: Readonly<Record<string, unknown>>,
  fields: readonly FieldDifference[],
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...local }
  for (const f of fields) {
    if (f.auto !== 'incoming') continue
    if (hasOwn(incoming, f.field)) out[f.field] = incoming[f.field]
    else delete out[f.field]
  }
  return out
}

/**
 * The differing fields of two live versions judged against their common base: a field one side
 * changed is taken from it, unless taking it would put a system's dossier dates out of order or
 * change its approved level without the decision (domain/dossier-dates.ts, approved-level.ts) —
 * then the person decides it, with the other fields those rules tie it to. 'merged' when nothing
 * is left to decide.
 */
export function threeWay(
  entity: ExchangeEntity,
  bases: readonly ExchangedBase[],
  local: Readonly<Record<string, unknown>>,
  incoming: Readonly<Record<string, unknown>>,
  differing: readonly FieldDifference[],
): ThreeWay {
  const fields = differing.map((f): FieldDifference => {
    const changedBy = changedByAll(bases, f)
    if (!changedBy) return { ...f }
    return changedBy === 'both' ? { ...f, changedBy } : { ...f, changedBy, auto: changedBy }
  })
  if (entity === 'system') withdrawBrokenRules(local, incoming, fields)
  return { status: fields.every((f) => f.auto) ? 'merged' : 'conflict', fields }
}

function withdrawBrokenRules(
  local: Readonly<Record<string, unknown>>,
  incoming: Readonly<Record<string, unknown>>,
  fields: FieldDifference[],
): void {
  const withdraw = (names: readonly string[]) => {
    for (const f of fields) if (names.includes(f.field)) delete f.auto
  }
  const merged = () => autoMerged(local, incoming, fields)
  const violations = newDateViolations(local as unknown as DossierDates, merged() as unknown as DossierDates)
  for (const v of violations) if (v.kind === 'order') withdraw([v.earlier, v.later, 'dossierState'])
  if (!keepsApprovedLevel(local, merged())) withdraw(APPROVAL_FIELDS)
  // Still broken (a rule tied to other fields): nothing of this record is taken without asking.
  const after = merged()
  if (
    newDateViolations(local as unknown as DossierDates, after as unknown as DossierDates).length > 0 ||
    !keepsApprovedLevel(local, after)
  ) {
    withdraw(fields.map((f) => f.field))
  }
}

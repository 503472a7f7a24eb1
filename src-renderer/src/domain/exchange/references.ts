/**
 * The links between exchanged records (a unit's parent, a system's unit, an assessment's system)
 * must survive a merge: no file, and no decision on a conflict, may leave a system under a unit
 * that does not exist. The package schema cannot see this (a record may point at one of ours), so
 * it is judged on the register the merge would produce, against the one before it.
 *
 * A preview does not know the person's decisions yet; it passes every outcome a decision could
 * lead to (all conflicts kept on our side, all on theirs). A link is refused at the preview only
 * when no decision could keep it: its record is live in every outcome and its target is live in
 * none. The apply passes the one outcome the decisions made.
 */
import { formatViDate, isIsoDate } from '../calendar-date'
import { DomainError } from '../errors'
import { applyMerge } from './apply'
import { exchangeMessages } from './messages'
import {
  EXCHANGE_ENTITIES,
  type ExchangeContent,
  type ExchangeEntity,
  type MergePlan,
  type RecordKey,
  type Resolutions,
} from './types'
import { recordKey } from './values'

interface Link {
  entity: ExchangeEntity
  field: string
  target: ExchangeEntity
}

/** Every reference between exchanged records; null means "none" (a unit at the top). */
export const EXCHANGE_LINKS: readonly Link[] = [
  { entity: 'unit', field: 'parentId', target: 'unit' },
  { entity: 'system', field: 'unitId', target: 'unit' },
  { entity: 'assessment', field: 'systemId', target: 'system' },
]

export interface DanglingReference {
  entity: ExchangeEntity
  id: string
  /** The record as a person knows it: its name, or an assessment's date. */
  label: string
  field: string
  target: ExchangeEntity
  targetId: string
  /** The target's name when the register before the merge held it (the merge deletes it). */
  targetLabel: string | null
}

type Row = Readonly<Record<string, unknown>>

function labelOf(row: Row, id: string): string {
  const text =
    typeof row.name === 'string' && row.name ? row.name : isIsoDate(row.date) ? formatViDate(row.date) : id
  return text.length > 80 ? `${text.slice(0, 80)}…` : text
}

function rowsByKey(content: ExchangeContent): Map<RecordKey, Row> {
  const out = new Map<RecordKey, Row>()
  for (const entity of EXCHANGE_ENTITIES) {
    for (const record of content[entity]) out.set(recordKey(entity, record.id), record as unknown as Row)
  }
  return out
}

const targetOf = (row: Row, link: Link): string | null => {
  const value = row[link.field]
  return typeof value === 'string' ? value : null
}

/**
 * The first link that a merge breaks. `outcomes` are the registers the merge may produce (one
 * once decided); a link already broken in `before` is not the merge's doing and is left alone.
 */
export function danglingReference(
  before: ExchangeContent,
  outcomes: readonly ExchangeContent[],
): DanglingReference | null {
  const previous = rowsByKey(before)
  const maps = outcomes.map(rowsByKey)
  const live = (key: RecordKey) => maps.some((m) => m.has(key))
  const first = maps[0]
  if (!first) return null
  for (const link of EXCHANGE_LINKS) {
    for (const [key, row] of first) {
      if (!key.startsWith(`${link.entity}:`)) continue
      // Live in every outcome; kept by some decision if any version's target may be live.
      const versions = maps.map((m) => m.get(key))
      if (versions.some((v) => v === undefined)) continue
      const targets = versions.map((v) => targetOf(v as Row, link))
      if (targets.some((t) => t === null || live(recordKey(link.target, t)))) continue
      const targetId = targets[0] as string
      const targetKey = recordKey(link.target, targetId)
      const old = previous.get(key)
      if (old && targetOf(old, link) === targetId && !previous.has(targetKey)) continue
      const id = key.slice(link.entity.length + 1)
      const target = previous.get(targetKey)
      return {
        entity: link.entity,
        id,
        label: labelOf(row, id),
        field: link.field,
        target: link.target,
        targetId,
        targetLabel: target ? labelOf(target, targetId) : null,
      }
    }
  }
  return null
}

/** Throws the Vietnamese refusal naming the record whose link the merge would break. */
export function assertReferencesKept(before: ExchangeContent, outcomes: readonly ExchangeContent[]): void {
  const dangling = danglingReference(before, outcomes)
  if (dangling) {
    throw new DomainError('exchange_dangling_reference', exchangeMessages.danglingReference(dangling), {
      ...dangling,
    })
  }
}

/**
 * The registers a preview's decisions could produce: every conflict kept on our side, or on theirs
 * (together they bound what any decisions can produce). Computed once per preview, for every check.
 */
export function previewOutcomes(content: ExchangeContent, plan: MergePlan): ExchangeContent[] {
  const conflicts = plan.items.filter((item) => item.status === 'conflict')
  const keepAll = (side: 'local' | 'incoming'): Resolutions =>
    Object.fromEntries(conflicts.map((item) => [item.key, { keep: side }]))
  const sides = conflicts.length > 0 ? (['local', 'incoming'] as const) : (['local'] as const)
  return sides.map((side) => applyMerge(content, plan, keepAll(side)).content)
}

/**
 * The preview's check: refuses a plan when no decision on its conflicts could keep every link.
 * @param outcomes previewOutcomes(content, plan), when the caller has them already.
 */
export function assertPlanKeepsReferences(
  content: ExchangeContent,
  plan: MergePlan,
  outcomes: readonly ExchangeContent[] = previewOutcomes(content, plan),
): void {
  assertReferencesKept(content, outcomes)
}

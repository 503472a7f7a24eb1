/**
 * The counters of DOMAIN.md §4, per level, per unit, per block and in total. One pass over the
 * evaluated systems; the dashboard, the reports and the CLI all read the same numbers.
 */
import type { Evaluation } from './evaluate'
import type { Level } from './types'

export interface Counters {
  systems: number
  approved: number
  approvalOverdue: number
  deployed: number
  deploymentOverdue: number
  assessmentOverdue: number
  assessmentDueSoon: number
  missingLevel: number
}

export type LevelKey = '1' | '2' | '3' | '4' | '5' | 'unknown'
export const LEVEL_KEYS: readonly LevelKey[] = ['1', '2', '3', '4', '5', 'unknown']

export interface AggregateInput {
  level: Level | null
  unit: string
  block: string
  evaluation: Pick<Evaluation, 'approval' | 'deployment' | 'assessment'>
}

export interface Aggregates {
  totals: Counters
  byLevel: Record<LevelKey, Counters>
  /** Keyed by the unit key the caller gives (a name or an id), in first-seen order. */
  byUnit: Map<string, Counters>
  byBlock: Map<string, Counters>
}

export function emptyCounters(): Counters {
  return {
    systems: 0,
    approved: 0,
    approvalOverdue: 0,
    deployed: 0,
    deploymentOverdue: 0,
    assessmentOverdue: 0,
    assessmentDueSoon: 0,
    missingLevel: 0,
  }
}

export function levelKey(level: Level | null): LevelKey {
  return level === null ? 'unknown' : (String(level) as LevelKey)
}

function count(c: Counters, item: AggregateInput): void {
  const e = item.evaluation
  c.systems++
  if (e.approval === 'approved') c.approved++
  else if (e.approval === 'overdue') c.approvalOverdue++
  if (e.deployment === 'deployed') c.deployed++
  else if (e.deployment === 'overdue') c.deploymentOverdue++
  if (e.assessment === 'overdue') c.assessmentOverdue++
  else if (e.assessment === 'due_soon') c.assessmentDueSoon++
  if (item.level === null) c.missingLevel++
}

function bucket(map: Map<string, Counters>, key: string): Counters {
  let c = map.get(key)
  if (!c) {
    c = emptyCounters()
    map.set(key, c)
  }
  return c
}

export function aggregate(items: Iterable<AggregateInput>): Aggregates {
  const totals = emptyCounters()
  const byLevel = Object.fromEntries(LEVEL_KEYS.map((k) => [k, emptyCounters()])) as Record<
    LevelKey,
    Counters
  >
  const byUnit = new Map<string, Counters>()
  const byBlock = new Map<string, Counters>()
  for (const item of items) {
    count(totals, item)
    count(byLevel[levelKey(item.level)], item)
    count(bucket(byUnit, item.unit), item)
    count(bucket(byBlock, item.block), item)
  }
  return { totals, byLevel, byUnit, byBlock }
}

/** A share in [0, 1]; 0 when there is nothing to count (never NaN in a report). */
export function rate(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole
}

export function approvalRate(c: Counters): number {
  return rate(c.approved, c.systems)
}

export function deploymentRate(c: Counters): number {
  return rate(c.deployed, c.systems)
}

export function addCounters(a: Counters, b: Counters): Counters {
  const out = emptyCounters()
  for (const k of Object.keys(out) as (keyof Counters)[]) out[k] = a[k] + b[k]
  return out
}

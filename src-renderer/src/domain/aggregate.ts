/**
 * The counters of docs/domain.md §4, per level, per unit, per block and in total. One pass over the
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

function count(c: Counters, level: Level | null, e: AggregateInput['evaluation']): void {
  c.systems++
  if (e.approval === 'approved') c.approved++
  else if (e.approval === 'overdue') c.approvalOverdue++
  if (e.deployment === 'deployed') c.deployed++
  else if (e.deployment === 'overdue') c.deploymentOverdue++
  if (e.assessment === 'overdue') c.assessmentOverdue++
  else if (e.assessment === 'due_soon') c.assessmentDueSoon++
  if (level === null) c.missingLevel++
}

function bucket(map: Map<string, Counters>, key: string): Counters {
  let c = map.get(key)
  if (!c) {
    c = emptyCounters()
    map.set(key, c)
  }
  return c
}

/**
 * Aggregates counted one item at a time, for a caller that already walks the register (the
 * evaluation): no array of inputs is built. `result()` returns the counters as they stand.
 */
export interface Aggregator {
  add(level: Level | null, unit: string, block: string, evaluation: AggregateInput['evaluation']): void
  result(): Aggregates
}

export function aggregator(): Aggregator {
  const totals = emptyCounters()
  const byLevel = Object.fromEntries(LEVEL_KEYS.map((k) => [k, emptyCounters()])) as Record<
    LevelKey,
    Counters
  >
  const byUnit = new Map<string, Counters>()
  const byBlock = new Map<string, Counters>()
  // Consecutive systems mostly share a unit (and so a block): skip the map lookups then.
  let lastUnit: string | undefined
  let unitCounters = emptyCounters()
  let lastBlock: string | undefined
  let blockCounters = emptyCounters()
  return {
    add(level, unit, block, evaluation) {
      count(totals, level, evaluation)
      count(byLevel[levelKey(level)], level, evaluation)
      if (unit !== lastUnit) {
        unitCounters = bucket(byUnit, unit)
        lastUnit = unit
      }
      count(unitCounters, level, evaluation)
      if (block !== lastBlock) {
        blockCounters = bucket(byBlock, block)
        lastBlock = block
      }
      count(blockCounters, level, evaluation)
    },
    result: () => ({ totals, byLevel, byUnit, byBlock }),
  }
}

export function aggregate(items: Iterable<AggregateInput>): Aggregates {
  const counting = aggregator()
  for (const item of items) counting.add(item.level, item.unit, item.block, item.evaluation)
  return counting.result()
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

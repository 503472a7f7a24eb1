import { describe, expect, it } from 'vitest'
import {
  addCounters,
  aggregate,
  aggregator,
  approvalRate,
  deploymentRate,
  emptyCounters,
  LEVEL_KEYS,
  levelKey,
  rate,
  type AggregateInput,
  type Counters,
} from './aggregate'
import type { ApprovalStatus, AssessmentStatus, DeploymentStatus } from './evaluate'
import type { Level } from './types'

function item(
  unit: string,
  block: string,
  level: Level | null,
  approval: ApprovalStatus,
  deployment: DeploymentStatus,
  assessment: AssessmentStatus,
): AggregateInput {
  return { unit, block, level, evaluation: { approval, deployment, assessment } }
}

const K1 = 'Khối các sở, ban, ngành'
const K2 = 'Khối UBND xã, phường'

// Eight systems with hand-counted numbers (see each expectation below).
const ITEMS: AggregateInput[] = [
  item('Sở Y tế', K1, 1, 'approved', 'deployed', 'ok'),
  item('Sở Y tế', K1, 1, 'overdue', 'overdue', 'overdue'),
  item('Sở Y tế', K1, 3, 'approved', 'pending', 'due_soon'),
  item('Sở Tư pháp', K1, 3, 'pending', 'deployed', 'not_applicable'),
  item('Sở Tư pháp', K1, null, 'overdue', 'overdue', 'not_applicable'),
  item('UBND phường Hồng Bàng', K2, 5, 'approved', 'deployed', 'overdue'),
  item('UBND phường Hồng Bàng', K2, null, 'pending', 'pending', 'not_applicable'),
  item('UBND phường Hồng Bàng', K2, 5, 'approved', 'overdue', 'due_soon'),
]

function counters(
  systems: number,
  approved: number,
  approvalOverdue: number,
  deployed: number,
  deploymentOverdue: number,
  assessmentOverdue: number,
  assessmentDueSoon: number,
  missingLevel: number,
): Counters {
  return {
    systems,
    approved,
    approvalOverdue,
    deployed,
    deploymentOverdue,
    assessmentOverdue,
    assessmentDueSoon,
    missingLevel,
  }
}

describe('the counters of docs/domain.md §4 on a hand-counted register', () => {
  const result = aggregate(ITEMS)

  it('counts every counter in total', () => {
    expect(result.totals).toEqual(counters(8, 4, 2, 3, 3, 2, 2, 2))
  })

  it('counts every counter per level, systems without a level in the unknown column', () => {
    expect(result.byLevel['1']).toEqual(counters(2, 1, 1, 1, 1, 1, 0, 0))
    expect(result.byLevel['2']).toEqual(emptyCounters())
    expect(result.byLevel['3']).toEqual(counters(2, 1, 0, 1, 0, 0, 1, 0))
    expect(result.byLevel['4']).toEqual(emptyCounters())
    expect(result.byLevel['5']).toEqual(counters(2, 2, 0, 1, 1, 1, 1, 0))
    expect(result.byLevel.unknown).toEqual(counters(2, 0, 1, 0, 1, 0, 0, 2))
  })

  it('counts missing levels only in the unknown column and in the unit, block and total', () => {
    for (const key of ['1', '2', '3', '4', '5'] as const) expect(result.byLevel[key].missingLevel).toBe(0)
    expect(result.byLevel.unknown.missingLevel).toBe(result.totals.missingLevel)
  })

  it('counts every counter per unit, units in first-seen order', () => {
    expect([...result.byUnit.keys()]).toEqual(['Sở Y tế', 'Sở Tư pháp', 'UBND phường Hồng Bàng'])
    expect(result.byUnit.get('Sở Y tế')).toEqual(counters(3, 2, 1, 1, 1, 1, 1, 0))
    expect(result.byUnit.get('Sở Tư pháp')).toEqual(counters(2, 0, 1, 1, 1, 0, 0, 1))
    expect(result.byUnit.get('UBND phường Hồng Bàng')).toEqual(counters(3, 2, 0, 1, 1, 1, 1, 1))
  })

  it('counts every counter per block', () => {
    expect([...result.byBlock.keys()]).toEqual([K1, K2])
    expect(result.byBlock.get(K1)).toEqual(counters(5, 2, 2, 2, 2, 1, 1, 1))
    expect(result.byBlock.get(K2)).toEqual(counters(3, 2, 0, 1, 1, 1, 1, 1))
  })

  it('the levels, the units and the blocks each add up to the total', () => {
    const sum = (cs: Iterable<Counters>): Counters => [...cs].reduce(addCounters, emptyCounters())
    expect(sum(LEVEL_KEYS.map((k) => result.byLevel[k]))).toEqual(result.totals)
    expect(sum(result.byUnit.values())).toEqual(result.totals)
    expect(sum(result.byBlock.values())).toEqual(result.totals)
  })

  it('gives the approval and deployment rates as shares of the systems', () => {
    expect(approvalRate(result.totals)).toBe(0.5)
    expect(deploymentRate(result.totals)).toBe(0.375)
    expect(approvalRate(result.byLevel['5'])).toBe(1)
    expect(deploymentRate(result.byLevel['5'])).toBe(0.5)
    expect(approvalRate(result.byUnit.get('Sở Tư pháp') ?? emptyCounters())).toBe(0)
  })

  it('a level with no systems has rates of 0, never NaN', () => {
    expect(approvalRate(result.byLevel['2'])).toBe(0)
    expect(deploymentRate(result.byLevel['4'])).toBe(0)
  })
})

describe('edge cases', () => {
  it('an empty register has every counter at 0 and every level column present', () => {
    const result = aggregate([])
    expect(result.totals).toEqual(emptyCounters())
    expect(Object.keys(result.byLevel)).toEqual(['1', '2', '3', '4', '5', 'unknown'])
    expect(result.byUnit.size).toBe(0)
    expect(result.byBlock.size).toBe(0)
    expect(approvalRate(result.totals)).toBe(0)
    expect(deploymentRate(result.totals)).toBe(0)
  })

  it('rate is 0 for zero systems and the plain share otherwise', () => {
    expect(rate(0, 0)).toBe(0)
    expect(rate(3, 0)).toBe(0)
    expect(rate(1, 4)).toBe(0.25)
  })

  it('levelKey puts a missing level under unknown', () => {
    expect(levelKey(null)).toBe('unknown')
    expect(levelKey(4)).toBe('4')
  })

  it('addCounters adds field by field without changing its arguments', () => {
    const a = counters(1, 2, 3, 4, 5, 6, 7, 8)
    const b = counters(10, 20, 30, 40, 50, 60, 70, 80)
    expect(addCounters(a, b)).toEqual(counters(11, 22, 33, 44, 55, 66, 77, 88))
    expect(a).toEqual(counters(1, 2, 3, 4, 5, 6, 7, 8))
  })

  it('counts one item at a time the same as from a list, units coming back after others included', () => {
    // Sở Y tế comes back after Sở Tư pháp and the other block: remembering the last unit must
    // not count it twice or under the wrong name.
    const order = [0, 3, 5, 1, 4, 6, 2, 7].map((i) => ITEMS[i])
    const counting = aggregator()
    for (const i of order) counting.add(i.level, i.unit, i.block, i.evaluation)
    const oneByOne = counting.result()
    expect(oneByOne).toEqual(aggregate(ITEMS))
    expect([...oneByOne.byUnit.keys()]).toEqual(['Sở Y tế', 'Sở Tư pháp', 'UBND phường Hồng Bàng'])
    expect(oneByOne.byUnit.get('Sở Y tế')?.systems).toBe(3)
  })

  it('aggregates from any iterable, e.g. a generator', () => {
    function* rows(): Generator<AggregateInput> {
      yield ITEMS[0]
      yield ITEMS[1]
    }
    expect(aggregate(rows()).totals.systems).toBe(2)
  })
})

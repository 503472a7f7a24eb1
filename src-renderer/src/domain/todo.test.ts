import { describe, expect, it } from 'vitest'
import { evaluateRegister } from './register'
import { ND85_CT09_2024 } from './rule-set'
import { assessmentsDueByMonth, todoItems, todoKey } from './todo'
import { SYSTEM_DEFAULTS, type SystemRecord, type Unit } from './types'

const stamp = { createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' }
const unit: Unit = { id: 'u1', name: 'Sở Y tế', block: 'Khối sở', parentId: null, ...stamp }

function system(id: string, patch: Partial<SystemRecord>): SystemRecord {
  return {
    ...SYSTEM_DEFAULTS,
    id,
    unitId: 'u1',
    name: `HT ${id}`,
    level: 3,
    dossierState: 'approved',
    decisionNo: '1/QĐ',
    deploymentState: 'full',
    revision: 1,
    ...stamp,
    ...patch,
  }
}

const asOf = '2026-11-23'
const systems = [
  // Not approved, past the 30/9/2024 deadline; plan not deployed past 31/12/2024.
  system('late', { dossierState: 'drafting', deploymentState: 'none' }),
  // Level 3 approved 10/12/2025: assessment due 10/12/2026, 17 days away: due soon.
  system('soon', { approvedOn: '2025-12-10' }),
  // Level 5 approved 01/3/2026: due 01/9/2026: overdue.
  system('overdue', { level: 5, approvedOn: '2026-03-01' }),
  // Level 1 approved 15/6/2026: due 15/6/2028: fine, and outside the 12-month chart.
  system('fine', { level: 1, approvedOn: '2026-06-15' }),
  // Level 3 approved 20/3/2026: due 20/3/2027.
  system('march', { approvedOn: '2026-03-20' }),
]
const { rows } = evaluateRegister({ units: [unit], systems, assessments: [] }, ND85_CT09_2024, asOf)

describe('things to do', () => {
  it('lists every overdue or soon-due obligation, oldest deadline first', () => {
    expect(todoItems(rows).map((t) => [t.systemId, t.kind, t.urgency, t.dueOn])).toEqual([
      ['late', 'approval', 'overdue', '2024-09-30'],
      ['late', 'deployment', 'overdue', '2024-12-31'],
      ['overdue', 'assessment', 'overdue', '2026-09-01'],
      ['soon', 'assessment', 'due_soon', '2026-12-10'],
    ])
  })

  it('names each item by system and unit, with a stable key', () => {
    const [first] = todoItems(rows)
    expect(first.systemName).toBe('HT late')
    expect(first.unitName).toBe('Sở Y tế')
    expect(todoKey(first)).toBe('late:approval:overdue:2024-09-30')
  })
})

describe('assessments due per month', () => {
  it('counts the next 12 calendar months from the month of the day', () => {
    const buckets = assessmentsDueByMonth(rows, asOf)
    expect(buckets).toHaveLength(12)
    expect(buckets[0]).toEqual({ month: '2026-11-01', monthEnd: '2026-11-30', count: 0 })
    expect(buckets[1]).toEqual({ month: '2026-12-01', monthEnd: '2026-12-31', count: 1 })
    expect(buckets[3]).toEqual({ month: '2027-02-01', monthEnd: '2027-02-28', count: 0 })
    expect(buckets[4].count).toBe(1)
    expect(buckets[11].month).toBe('2027-10-01')
    // The overdue one (September) and the 2028 one fall outside the window.
    expect(buckets.reduce((n, b) => n + b.count, 0)).toBe(2)
  })
})

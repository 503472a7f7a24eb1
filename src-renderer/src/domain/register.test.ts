import { describe, expect, it } from 'vitest'
import { evaluateRegister, lastAssessmentDates, UNKNOWN_BLOCK, UNKNOWN_UNIT, type RowCache } from './register'
import { ND85_CT09_2024 } from './rule-set'
import { constructionSummary } from './law/transition'
import { EMPTY_FILTER, filterFromSearchParams, filterRegister } from './register-filter'
import { todoItems } from './todo'
import type { Assessment, SystemRecord, Unit } from './types'

const STAMP = { createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z' }

function unit(id: string, name: string, block: string): Unit {
  return { id, name, block, parentId: null, ...STAMP }
}

function system(id: string, overrides: Partial<SystemRecord>): SystemRecord {
  return {
    id,
    ...STAMP,
    name: `Hệ thống ${id}`,
    unitId: 'u-yte',
    owner: 'UBND thành phố Hải Phòng',
    systemType: null,
    informationTypes: [],
    description: '',
    notes: '',
    level: 3,
    dossierState: 'drafting',
    approvedOn: null,
    deploymentState: 'none',
    deployedOn: null,
    commissionedOn: null,
    submittedOn: null,
    appraisedOn: null,
    decisionNo: '',
    approvalIssuer: '',
    approvalRuleSetId: null,
    securityRulesNo: '',
    securityRulesOn: null,
    securityRulesIssuer: '',
    expectedApprovalOn: null,
    expectedDeploymentOn: null,
    levelJustification: null,
    dossierChecklist: [],
    revision: 1,
    ...overrides,
  }
}

function assessment(systemId: string, date: string, kind: Assessment['kind']): Assessment {
  return { id: `${systemId}-${date}`, systemId, date, kind, assessor: '', result: '', findings: '', ...STAMP }
}

const UNITS = [unit('u-yte', 'Sở Y tế', 'Khối các sở, ban, ngành'), unit('u-xa', 'UBND xã An Lão', '')]

const SYSTEMS = [
  // Approved 10/1/2024, level 3; assessed periodically 1/2/2024 and ad hoc 20/6/2024 → due 20/6/2025.
  system('a', { level: 3, dossierState: 'approved', approvedOn: '2024-01-10', deploymentState: 'full' }),
  // Level 5, approved 31/8/2024, never assessed → due 28/2/2025 (overdue on 1/3/2025).
  system('b', { level: 5, dossierState: 'approved', approvedOn: '2024-08-31' }),
  // Its unit was deleted: reported under the unknown unit and block.
  system('c', { unitId: 'u-deleted', level: null, dossierState: 'submitted' }),
  // A unit with no block: reported under the unknown block, its own name kept.
  system('d', { unitId: 'u-xa', level: 1, deploymentState: 'partial' }),
]

const ASSESSMENTS = [
  assessment('a', '2024-06-20', 'ad_hoc'),
  assessment('a', '2024-02-01', 'periodic'),
  assessment('a', '2023-12-01', 'pre_operation'),
  assessment('z', '2025-01-01', 'periodic'),
]

describe('lastAssessmentDates', () => {
  it('keeps the latest assessment of each system, whatever its kind and order', () => {
    const latest = lastAssessmentDates(ASSESSMENTS)
    expect(latest.get('a')).toBe('2024-06-20')
    expect(latest.get('z')).toBe('2025-01-01')
    expect(latest.has('b')).toBe(false)
  })
})

describe('evaluateRegister on 1/3/2025', () => {
  const result = evaluateRegister(
    { units: UNITS, systems: SYSTEMS, assessments: ASSESSMENTS },
    ND85_CT09_2024,
    '2025-03-01',
  )
  const row = (id: string) => result.rows.find((r) => r.system.id === id)

  it('evaluates every system, in the given order, as of the given day', () => {
    expect(result.asOf).toBe('2025-03-01')
    expect(result.rows.map((r) => r.system.id)).toEqual(['a', 'b', 'c', 'd'])
  })

  it('an ad hoc assessment is the latest of any kind and resets the cadence clock', () => {
    expect(row('a')?.lastAssessedOn).toBe('2024-06-20')
    expect(row('a')?.evaluation.nextAssessmentDue).toBe('2025-06-20')
    expect(row('a')?.evaluation.assessment).toBe('ok')
  })

  it('a never-assessed level-5 system approved on 31/8/2024 is overdue on 1/3/2025', () => {
    expect(row('b')?.lastAssessedOn).toBeNull()
    expect(row('b')?.evaluation.nextAssessmentDue).toBe('2025-02-28')
    expect(row('b')?.evaluation.assessment).toBe('overdue')
  })

  it('a system whose unit is missing has no unit and is counted under the unknown unit and block', () => {
    expect(row('c')?.unit).toBeUndefined()
    expect(result.aggregates.byUnit.get(UNKNOWN_UNIT)?.systems).toBe(1)
    expect(result.aggregates.byUnit.get(UNKNOWN_UNIT)?.missingLevel).toBe(1)
    expect(result.aggregates.byBlock.get(UNKNOWN_BLOCK)?.systems).toBe(2)
  })

  it('a unit with no block is counted under its own name and the unknown block', () => {
    expect(row('d')?.unit?.name).toBe('UBND xã An Lão')
    expect(result.aggregates.byUnit.get('UBND xã An Lão')?.systems).toBe(1)
  })

  it('a unit with a blank name is counted under the unknown unit label, not a blank row', () => {
    const blank = evaluateRegister(
      {
        units: [unit('u-blank', '', 'Khối Đảng')],
        systems: [system('e', { unitId: 'u-blank' })],
        assessments: [],
      },
      ND85_CT09_2024,
      '2025-03-01',
    )
    expect([...blank.aggregates.byUnit.keys()]).toEqual([UNKNOWN_UNIT])
    expect([...blank.aggregates.byBlock.keys()]).toEqual(['Khối Đảng'])
  })

  it('the totals match the rows', () => {
    const t = result.aggregates.totals
    expect(t.systems).toBe(4)
    expect(t.approved).toBe(2)
    expect(t.approvalOverdue).toBe(2)
    expect(t.deployed).toBe(1)
    expect(t.deploymentOverdue).toBe(3)
    expect(t.assessmentOverdue).toBe(1)
    expect(t.assessmentDueSoon).toBe(0)
    expect(t.missingLevel).toBe(1)
  })

  it('the units, the blocks and the levels add up to the totals', () => {
    const systemsIn = (m: Iterable<{ systems: number }>): number => [...m].reduce((n, c) => n + c.systems, 0)
    expect(systemsIn(result.aggregates.byUnit.values())).toBe(4)
    expect(systemsIn(result.aggregates.byBlock.values())).toBe(4)
    expect(systemsIn(Object.values(result.aggregates.byLevel))).toBe(4)
    expect(result.aggregates.byBlock.get('Khối các sở, ban, ngành')?.systems).toBe(2)
    expect(result.aggregates.byLevel.unknown.systems).toBe(1)
  })
})

describe('evaluateRegister with a row cache', () => {
  const input = { units: UNITS, systems: SYSTEMS, assessments: ASSESSMENTS }
  const evaluate = (i: typeof input, cache: RowCache) =>
    evaluateRegister(i, ND85_CT09_2024, '2025-03-01', cache)

  it('reuses the rows of unchanged systems and evaluates a changed one again, with the same result', () => {
    const cache: RowCache = new WeakMap()
    const first = evaluate(input, cache)
    const edited = system('b', { level: 5, dossierState: 'approved', approvedOn: '2025-02-01' })
    const systems = [SYSTEMS[0], edited, SYSTEMS[2], SYSTEMS[3]]
    const second = evaluate({ ...input, systems }, cache)
    expect(second.rows[0]).toBe(first.rows[0])
    expect(second.rows[1]).not.toBe(first.rows[1])
    expect(second.rows[1].evaluation.nextAssessmentDue).toBe('2025-08-01')
    expect(second).toEqual(evaluateRegister({ ...input, systems }, ND85_CT09_2024, '2025-03-01'))
  })

  it('a new assessment or a renamed unit makes the row be evaluated again', () => {
    const cache: RowCache = new WeakMap()
    const first = evaluate(input, cache)
    const assessments = [...ASSESSMENTS, assessment('a', '2025-02-15', 'periodic')]
    const units = [unit('u-yte', 'Sở Y tế (mới)', 'Khối các sở, ban, ngành'), UNITS[1]]
    const second = evaluate({ ...input, assessments, units }, cache)
    expect(second.rows[0]).not.toBe(first.rows[0])
    expect(second.rows[0].lastAssessedOn).toBe('2025-02-15')
    expect(second.rows[3]).toBe(first.rows[3])
    expect(second.aggregates).toEqual(
      evaluateRegister({ ...input, assessments, units }, ND85_CT09_2024, '2025-03-01').aggregates,
    )
  })
})

describe('a system being re-determined keeps its approval (docs/domain.md §3)', () => {
  // Approved 20/8/2024 at level 3, then a re-determination started (revising) and one submitted.
  const kept = { level: 3 as const, approvedOn: '2024-08-20', decisionNo: '1234/QĐ-UBND' }
  const systems = [
    system('r1', { ...kept, dossierState: 'revising' }),
    system('r2', { ...kept, unitId: 'u-xa', dossierState: 'submitted', submittedOn: '2026-11-02' }),
    system('n', { level: 3, dossierState: 'drafting' }),
  ]
  const result = evaluateRegister({ units: UNITS, systems, assessments: [] }, ND85_CT09_2024, '2026-12-07')

  it('is approved, not "Quá hạn phê duyệt", in the totals and per level, unit and block', () => {
    const { totals, byLevel, byUnit, byBlock } = result.aggregates
    expect(result.rows.map((r) => r.evaluation.approval)).toEqual(['approved', 'approved', 'overdue'])
    expect([totals.approved, totals.approvalOverdue]).toEqual([2, 1])
    expect([byLevel['3'].approved, byLevel['3'].approvalOverdue]).toEqual([2, 1])
    expect(byUnit.get('Sở Y tế')?.approved).toBe(1)
    expect(byUnit.get('UBND xã An Lão')?.approved).toBe(1)
    expect(byBlock.get('Khối các sở, ban, ngành')?.approved).toBe(1)
    expect(byBlock.get(UNKNOWN_BLOCK)?.approved).toBe(1)
  })

  it('lists no overdue approval among the things to do', () => {
    const approvals = todoItems(result.rows).filter((i) => i.kind === 'approval')
    expect(approvals.map((i) => i.systemId)).toEqual(['n'])
  })

  it('is found by the register filter "Đã phê duyệt" that the dashboard tile opens', () => {
    const approved = filterRegister(result.rows, { ...EMPTY_FILTER, approval: ['approved'] })
    expect(approved.map((r) => r.system.id)).toEqual(['r1', 'r2'])
  })
})

describe('systems still being built on 01/7/2026 (Decree 331 Điều 39 khoản 1) in the register', () => {
  const systems = [
    system('b1', { level: 3, dossierState: 'drafting', investmentStartedOn: '2025-10-01' }),
    system('b2', {
      level: 2,
      dossierState: 'approved',
      approvedOn: '2026-11-20',
      investmentStartedOn: '2026-03-01',
    }),
    // Live before 01/7/2026: not "being built".
    system('b3', { investmentStartedOn: '2025-01-01', commissionedOn: '2026-05-01' }),
    system('n', { level: 3 }),
  ]
  const on = (asOf: string) =>
    evaluateRegister({ units: UNITS, systems, assessments: [] }, ND85_CT09_2024, asOf)

  it('counts the systems at risk for the dashboard', () => {
    expect(constructionSummary(on('2026-12-07').rows.map((r) => r.evaluation))).toEqual({
      covered: 2,
      approvalAtRisk: 1,
      approvalOverdue: 0,
      measuresAtRisk: 2,
      measuresOverdue: 0,
    })
    expect(constructionSummary(on('2027-01-02').rows.map((r) => r.evaluation)).approvalOverdue).toBe(1)
  })

  it('lists them as things to do: due soon until 01/01/2027, overdue from 02/01/2027', () => {
    const kinds = (asOf: string) =>
      todoItems(on(asOf).rows)
        .filter((i) => i.kind.startsWith('build_'))
        .map((i) => `${i.systemId}:${i.kind}:${i.urgency}:${i.dueOn}`)
    expect(kinds('2027-01-01')).toEqual(['b1:build_approval:due_soon:2027-01-01'])
    expect(kinds('2027-01-02')).toEqual(['b1:build_approval:overdue:2027-01-01'])
    // The measures' deadline enters the due-soon window 30 days ahead of 01/7/2027.
    expect(kinds('2027-06-01')).toContain('b2:build_measures:due_soon:2027-07-01')
    expect(kinds('2027-07-02')).toContain('b2:build_measures:overdue:2027-07-01')
  })

  it('is what the dashboard link filters the register to', () => {
    const rows = on('2026-12-07').rows
    const ids = (construction: ('approval' | 'measures')[]) =>
      filterRegister(rows, { ...EMPTY_FILTER, construction }).map((r) => r.system.id)
    expect(ids(['approval'])).toEqual(['b1'])
    expect(ids(['measures'])).toEqual(['b1', 'b2'])
    expect(filterFromSearchParams(new URLSearchParams('construction=approval')).construction).toEqual([
      'approval',
    ])
  })
})

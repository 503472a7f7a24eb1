import { describe, expect, it } from 'vitest'
import { evaluateSystem } from './evaluate'
import { openObligations } from './open-obligations'
import { ND85_CT09_2024 } from './rule-set'
import type { SystemFacts } from './types'

const facts = (overrides: Partial<SystemFacts> = {}): SystemFacts => ({
  level: 2,
  dossierState: 'drafting',
  approvedOn: null,
  deploymentState: 'none',
  deployedOn: null,
  commissionedOn: null,
  ...overrides,
})

describe('what a system still owes, for its page’s summary', () => {
  it('the overdue first, oldest deadline first: approval (30/09/2024) before deployment (31/12/2024)', () => {
    const e = evaluateSystem(facts(), null, ND85_CT09_2024, '2026-12-08')
    expect(openObligations(e).map((o) => [o.kind, o.dueOn, o.overdue])).toEqual([
      ['approval', '2024-09-30', true],
      ['deployment', '2024-12-31', true],
    ])
  })

  it('an approved system with its plan deployed owes only its next assessment, not overdue', () => {
    const system = facts({ dossierState: 'approved', approvedOn: '2024-06-01', deploymentState: 'full' })
    const e = evaluateSystem(system, '2025-03-05', ND85_CT09_2024, '2026-12-08')
    expect(openObligations(e)).toEqual([{ kind: 'assessment', dueOn: '2027-03-05', overdue: false, dueSoon: false }])
  })

  it('an overdue deployment comes before an assessment due later, and one due within the window is marked', () => {
    const system = facts({ dossierState: 'approved', approvedOn: '2024-06-01' })
    const e = evaluateSystem(system, '2024-12-20', ND85_CT09_2024, '2026-12-08')
    expect(openObligations(e)).toEqual([
      { kind: 'deployment', dueOn: '2024-12-31', overdue: true, dueSoon: false },
      { kind: 'assessment', dueOn: '2026-12-20', overdue: false, dueSoon: true },
    ])
  })
})

import { describe, expect, it } from 'vitest'
import { ND331_2026 } from '../rule-set'
import { transitionStatus } from './transition'

describe('the transition to Decree 331 (Điều 39)', () => {
  it('shows 01/7/2027 for a system approved under ND85-CT09-2024 and not re-assessed', () => {
    const system = { approvedOn: '2024-08-20', approvalRuleSetId: 'ND85-CT09-2024' }
    expect(transitionStatus(system, '2025-08-01', '2026-11-20')).toEqual({
      state: 'pending',
      deadline: '2027-07-01',
    })
    expect(transitionStatus(system, null, '2027-07-02')).toEqual({ state: 'overdue', deadline: '2027-07-01' })
  })

  it('treats a copy of the ND85 set like the set itself', () => {
    const system = { approvedOn: '2025-03-01', approvalRuleSetId: 'ND85-CT09-2024-copy-2' }
    expect(transitionStatus(system, null, '2026-11-20').state).toBe('pending')
  })

  it('applies to an approval with no recorded regime only when dated before 01/7/2026', () => {
    expect(
      transitionStatus({ approvedOn: '2026-06-30', approvalRuleSetId: null }, null, '2026-11-20').state,
    ).toBe('pending')
    expect(
      transitionStatus({ approvedOn: '2026-07-01', approvalRuleSetId: null }, null, '2026-11-20').state,
    ).toBe('not_applicable')
  })

  it('ends once the system is re-assessed on or after 01/7/2026', () => {
    const system = { approvedOn: '2024-08-20', approvalRuleSetId: 'ND85-CT09-2024' }
    expect(transitionStatus(system, '2026-07-01', '2027-09-01')).toEqual({ state: 'done', deadline: null })
  })

  it('does not apply to approvals under Decree 331, unapproved systems, or a set without a transition', () => {
    expect(
      transitionStatus({ approvedOn: '2026-09-01', approvalRuleSetId: 'ND331-2026' }, null, '2026-11-20')
        .state,
    ).toBe('not_applicable')
    expect(transitionStatus({ approvedOn: null, approvalRuleSetId: null }, null, '2026-11-20').state).toBe(
      'not_applicable',
    )
    const old = { approvedOn: '2024-08-20', approvalRuleSetId: 'ND85-CT09-2024' }
    expect(transitionStatus(old, null, '2026-11-20', { ...ND331_2026, transition: undefined }).state).toBe(
      'not_applicable',
    )
  })
})

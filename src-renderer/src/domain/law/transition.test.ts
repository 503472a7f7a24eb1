import { describe, expect, it } from 'vitest'
import { evaluateSystem } from '../evaluate'
import { ND331_2026, ND85_CT09_2024 } from '../rule-set'
import {
  CONSTRUCTION_TRANSITION_QUOTE,
  constructionCovered,
  constructionStatus,
  transitionRulesOf,
  transitionStatus,
} from './transition'

describe('the transition to Decree 331 (Điều 39)', () => {
  it('shows 01/7/2027 for a system approved under ND85-CT09-2024 and not re-assessed', () => {
    const system = { approvedOn: '2024-08-20', approvalRuleSetId: 'ND85-CT09-2024' }
    expect(transitionStatus(system, '2025-08-01', '2026-11-20')).toEqual({
      state: 'pending',
      deadline: '2027-07-01',
    })
    expect(transitionStatus(system, null, '2027-07-02')).toEqual({ state: 'overdue', deadline: '2027-07-01' })
  })

  it('is judged by Decree 331’s rules while the province still uses a Decree 85 set', () => {
    const system = { approvedOn: '2024-08-20', approvalRuleSetId: 'ND85-CT09-2024' }
    expect(transitionRulesOf(ND85_CT09_2024)).toBe(ND331_2026)
    expect(transitionStatus(system, null, '2026-11-20', transitionRulesOf(ND85_CT09_2024))).toEqual({
      state: 'pending',
      deadline: '2027-07-01',
    })
    const own = { ...ND331_2026, transitionDeadline: '2027-12-31' }
    expect(transitionStatus(system, null, '2027-07-02', transitionRulesOf(own))).toEqual({
      state: 'pending',
      deadline: '2027-12-31',
    })
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

describe('systems still being built on 01/7/2026 (Decree 331 Điều 39 khoản 1)', () => {
  const rule = ND331_2026.constructionTransition ?? null
  const building = {
    investmentStartedOn: '2025-10-01',
    commissionedOn: null,
    dossierState: 'drafting' as const,
    approvedOn: null,
    deploymentState: 'none' as const,
  }
  const status = (system: Partial<typeof building> | object, asOf: string, last: string | null = null) =>
    constructionStatus({ ...building, ...system } as typeof building, last, asOf, rule, 30)

  it('ships the dates of Điều 39 khoản 1 in both rule sets', () => {
    for (const set of [ND331_2026, ND85_CT09_2024])
      expect(set.constructionTransition).toEqual({
        startedBefore: '2026-07-01',
        approveBy: '2027-01-01',
        meetBy: '2027-07-01',
      })
  })

  it('covers a system begun before 01/7/2026 and not live by then; not one begun on 01/7/2026', () => {
    expect(constructionCovered(building, { startedBefore: '2026-07-01' })).toBe(true)
    expect(constructionCovered({ ...building, investmentStartedOn: '2026-06-30' }, rule!)).toBe(true)
    expect(constructionCovered({ ...building, investmentStartedOn: '2026-07-01' }, rule!)).toBe(false)
    // Live before 01/7/2026: it was operating, not being built.
    expect(constructionCovered({ ...building, commissionedOn: '2026-06-30' }, rule!)).toBe(false)
    expect(constructionCovered({ ...building, commissionedOn: '2026-07-01' }, rule!)).toBe(true)
    expect(constructionCovered({ ...building, investmentStartedOn: null }, rule!)).toBe(false)
    expect(constructionCovered({ commissionedOn: null }, rule!)).toBe(false)
  })

  it('must be approved by 01/01/2027: pending on the day itself, overdue the day after', () => {
    expect(status({}, '2026-12-07')?.approval).toEqual({ deadline: '2027-01-01', state: 'pending', urgent: true })
    expect(status({}, '2027-01-01')?.approval.state).toBe('pending')
    expect(status({}, '2027-01-02')?.approval.state).toBe('overdue')
    // More than 30 days ahead: not yet worth a reminder.
    expect(status({}, '2026-12-01')?.approval.urgent).toBe(false)
    expect(status({}, '2026-12-02')?.approval.urgent).toBe(true)
  })

  it('an approval dated 01/01/2027 is in time; one dated 02/01/2027 is late', () => {
    const approved = (approvedOn: string) =>
      status({ dossierState: 'approved', approvedOn }, '2027-02-01')?.approval.state
    expect(approved('2027-01-01')).toBe('done')
    expect(approved('2027-01-02')).toBe('late')
  })

  it('must meet Decree 331’s measures by 01/7/2027: deployed and assessed on or after 01/7/2026', () => {
    const deployed = { deploymentState: 'full' as const }
    expect(status(deployed, '2027-07-01', '2026-06-30')?.measures.state).toBe('pending')
    expect(status(deployed, '2027-07-02', '2026-06-30')?.measures.state).toBe('overdue')
    expect(status(deployed, '2027-07-02', '2026-07-01')?.measures.state).toBe('done')
    expect(status({}, '2027-07-01', '2027-01-10')?.measures.state).toBe('pending')
  })

  it('is evaluated with the register, under either rule set, a stored copy without the dates included', () => {
    const system = { ...building, level: 3 as const, deployedOn: null }
    expect(evaluateSystem(system, null, ND85_CT09_2024, '2026-12-07').construction?.approval.state).toBe(
      'pending',
    )
    const { constructionTransition: _gone, ...oldCopy } = ND331_2026
    const copy = { ...oldCopy, id: 'ND331-2026-copy-1', basedOn: 'ND331-2026' }
    expect(evaluateSystem(system, null, copy, '2027-01-02').construction?.approval.state).toBe('overdue')
    expect(evaluateSystem({ ...system, investmentStartedOn: null }, null, copy, '2027-01-02').construction).toBeNull()
  })

  it('quotes Điều 39 khoản 1 with both periods', () => {
    expect(CONSTRUCTION_TRANSITION_QUOTE.text).toContain('trong thời hạn 06 tháng kể từ ngày')
    expect(CONSTRUCTION_TRANSITION_QUOTE.text).toContain('Trong thời hạn 12 tháng kể từ ngày')
  })
})

import { describe, expect, it } from 'vitest'
import { dayNumber } from './calendar-date'
import { DomainError } from './errors'
import { assessmentStatus, computeNextAssessmentDue, dueSoonLastDay, evaluateSystem } from './evaluate'
import { ND331_2026, ND85_CT09_2024, type RuleSet } from './rule-set'
import type { Level, SystemFacts } from './types'

const RULES = ND85_CT09_2024

function facts(overrides: Partial<SystemFacts> = {}): SystemFacts {
  return {
    level: 3,
    dossierState: 'drafting',
    approvedOn: null,
    deploymentState: 'none',
    deployedOn: null,
    commissionedOn: null,
    ...overrides,
  }
}

describe('next assessment under ND85-CT09-2024: the cadence of each level', () => {
  it.each<[Level, string]>([
    [1, '2026-03-15'],
    [2, '2026-03-15'],
    [3, '2025-03-15'],
    [4, '2025-03-15'],
    [5, '2024-09-15'],
  ])('a level-%i system assessed on 15/3/2024 is next due on %s', (level, expected) => {
    const e = evaluateSystem(facts({ level }), '2024-03-15', RULES, '2024-03-16')
    expect(e.nextAssessmentDue).toBe(expected)
  })

  it.each<[Level, string]>([
    [1, '2026-08-31'],
    [2, '2026-08-31'],
    [3, '2025-08-31'],
    [4, '2025-08-31'],
    [5, '2025-02-28'],
  ])('a level-%i system approved on 31/8/2024 and never assessed is next due on %s', (level, expected) => {
    const system = facts({ level, dossierState: 'approved', approvedOn: '2024-08-31' })
    expect(evaluateSystem(system, null, RULES, '2024-09-01').nextAssessmentDue).toBe(expected)
  })

  it('an approval on 31/8/2024 puts the next level-5 assessment on 28/2/2025', () => {
    const system = facts({ level: 5, dossierState: 'approved', approvedOn: '2024-08-31' })
    expect(computeNextAssessmentDue(system, null, RULES)).toBe('2025-02-28')
  })

  it('an approval on 31/8/2023 puts the next level-5 assessment on 29/2/2024', () => {
    const system = facts({ level: 5, dossierState: 'approved', approvedOn: '2023-08-31' })
    expect(computeNextAssessmentDue(system, null, RULES)).toBe('2024-02-29')
  })

  it('the last assessment, not the approval, starts the clock once there is one', () => {
    const system = facts({ level: 3, dossierState: 'approved', approvedOn: '2023-01-10' })
    expect(computeNextAssessmentDue(system, '2024-06-20', RULES)).toBe('2025-06-20')
  })

  it('a system with neither an assessment nor an approval date has no next assessment', () => {
    const e = evaluateSystem(facts({ level: 5 }), null, RULES, '2025-01-01')
    expect(e.nextAssessmentDue).toBeNull()
    expect(e.assessment).toBe('not_applicable')
  })

  it('a system with no level has no next assessment, even when approved and assessed', () => {
    const system = facts({ level: null, dossierState: 'approved', approvedOn: '2020-01-01' })
    const e = evaluateSystem(system, '2020-06-01', RULES, '2025-01-01')
    expect(e.nextAssessmentDue).toBeNull()
    expect(e.assessment).toBe('not_applicable')
  })
})

describe('assessment status', () => {
  // A level-3 system assessed on 15/3/2024 is next due on 15/3/2025.
  const system = facts({ level: 3 })
  const status = (asOf: string): string => evaluateSystem(system, '2024-03-15', RULES, asOf).assessment

  it('the due date itself is not overdue', () => {
    expect(status('2025-03-15')).toBe('due_soon')
  })

  it('the day after the due date is overdue', () => {
    expect(status('2025-03-16')).toBe('overdue')
  })

  it('exactly 30 days before the due date is due soon', () => {
    expect(status('2025-02-13')).toBe('due_soon')
  })

  it('31 days before the due date is ok', () => {
    expect(status('2025-02-12')).toBe('ok')
  })

  it('long before the due date is ok', () => {
    expect(status('2024-03-16')).toBe('ok')
  })

  it('assessmentStatus is not applicable without a due date', () => {
    expect(assessmentStatus(null, '2025-01-01', 30)).toBe('not_applicable')
  })

  it('judges each day and each window on its own when they alternate (the window is remembered)', () => {
    // Due 15/3/2025; the remembered last due-soon day must follow asOf and the window size.
    expect(assessmentStatus('2025-03-15', '2025-02-12', 30)).toBe('ok')
    expect(assessmentStatus('2025-03-15', '2025-02-13', 30)).toBe('due_soon')
    expect(assessmentStatus('2025-03-15', '2025-02-12', 30)).toBe('ok')
    expect(assessmentStatus('2025-03-15', '2025-02-12', 31)).toBe('due_soon')
    expect(assessmentStatus('2025-03-15', '2025-02-12', 30)).toBe('ok')
    expect(dueSoonLastDay('2025-02-13', 30)).toBe(dayNumber('2025-03-15'))
  })

  it('refuses an impossible day, and does not remember it', () => {
    expect(() => assessmentStatus('2025-03-15', '2025-02-30', 30)).toThrow(DomainError)
    expect(assessmentStatus('2025-03-15', '2025-02-13', 30)).toBe('due_soon')
  })
})

describe('approval deadline (ND85-CT09-2024: 30/9/2024)', () => {
  it('the deadline day itself is still pending', () => {
    const e = evaluateSystem(facts(), null, RULES, '2024-09-30')
    expect(e.approvalDue).toBe('2024-09-30')
    expect(e.approval).toBe('pending')
  })

  it('the day after the deadline an unapproved system is overdue', () => {
    expect(evaluateSystem(facts(), null, RULES, '2024-10-01').approval).toBe('overdue')
  })

  it.each(['not_started', 'drafting', 'submitted', 'appraised'] as const)(
    'a dossier that is %s is not approved',
    (dossierState) => {
      expect(evaluateSystem(facts({ dossierState }), null, RULES, '2024-10-01').approval).toBe('overdue')
      expect(evaluateSystem(facts({ dossierState }), null, RULES, '2024-09-01').approval).toBe('pending')
    },
  )

  it.each(['revising', 'drafting', 'submitted', 'appraised'] as const)(
    'a re-determination (%s) over an earlier approval keeps the system approved (docs/domain.md §3)',
    (dossierState) => {
      const system = facts({ dossierState, approvedOn: '2024-05-01' })
      expect(evaluateSystem(system, null, RULES, '2025-01-01').approval).toBe('approved')
      expect(evaluateSystem(system, null, RULES, '2024-06-01').approval).toBe('approved')
    },
  )

  it('a first dossier with no approval on record is not approved, whatever its state', () => {
    expect(evaluateSystem(facts({ dossierState: 'revising' }), null, RULES, '2025-01-01').approval).toBe(
      'overdue',
    )
    const notStarted = facts({ dossierState: 'not_started', approvedOn: '2024-05-01' })
    expect(evaluateSystem(notStarted, null, RULES, '2025-01-01').approval).toBe('overdue')
  })

  it('an approved system is approved regardless of dates, even approved after the deadline', () => {
    expect(evaluateSystem(facts({ dossierState: 'approved' }), null, RULES, '2030-01-01').approval).toBe(
      'approved',
    )
    const late = facts({ dossierState: 'approved', approvedOn: '2025-06-01' })
    expect(evaluateSystem(late, null, RULES, '2025-06-02').approval).toBe('approved')
  })
})

describe('protection-plan deployment deadline (ND85-CT09-2024: 31/12/2024)', () => {
  it('the deadline day itself is still pending', () => {
    const e = evaluateSystem(facts(), null, RULES, '2024-12-31')
    expect(e.deploymentDue).toBe('2024-12-31')
    expect(e.deployment).toBe('pending')
  })

  it('the day after the deadline a plan not deployed is overdue', () => {
    expect(evaluateSystem(facts(), null, RULES, '2025-01-01').deployment).toBe('overdue')
  })

  it('a partially deployed plan is not deployed', () => {
    const system = facts({ deploymentState: 'partial' })
    expect(evaluateSystem(system, null, RULES, '2025-01-01').deployment).toBe('overdue')
    expect(evaluateSystem(system, null, RULES, '2024-06-01').deployment).toBe('pending')
  })

  it('a fully deployed plan is deployed, with or without a known date', () => {
    expect(evaluateSystem(facts({ deploymentState: 'full' }), null, RULES, '2030-01-01').deployment).toBe(
      'deployed',
    )
    const dated = facts({ deploymentState: 'full', deployedOn: '2025-03-01' })
    expect(evaluateSystem(dated, null, RULES, '2025-03-02').deployment).toBe('deployed')
  })
})

describe('a system commissioned after the deadlines', () => {
  const system = facts({ commissionedOn: '2025-06-15' })

  it('moves the approval and deployment due dates to the commissioning date', () => {
    const e = evaluateSystem(system, null, RULES, '2025-01-01')
    expect(e.approvalDue).toBe('2025-06-15')
    expect(e.deploymentDue).toBe('2025-06-15')
    expect(e.approval).toBe('pending')
    expect(e.deployment).toBe('pending')
  })

  it('is pending on the commissioning day and overdue the day after', () => {
    expect(evaluateSystem(system, null, RULES, '2025-06-15').approval).toBe('pending')
    expect(evaluateSystem(system, null, RULES, '2025-06-15').deployment).toBe('pending')
    expect(evaluateSystem(system, null, RULES, '2025-06-16').approval).toBe('overdue')
    expect(evaluateSystem(system, null, RULES, '2025-06-16').deployment).toBe('overdue')
  })

  it('between the two deadlines moves only the approval due date', () => {
    const e = evaluateSystem(facts({ commissionedOn: '2024-11-01' }), null, RULES, '2024-10-15')
    expect(e.approvalDue).toBe('2024-11-01')
    expect(e.deploymentDue).toBe('2024-12-31')
    expect(e.approval).toBe('pending')
  })

  it('commissioned before the deadlines keeps the deadlines', () => {
    const e = evaluateSystem(facts({ commissionedOn: '2020-01-01' }), null, RULES, '2024-10-01')
    expect(e.approvalDue).toBe('2024-09-30')
    expect(e.deploymentDue).toBe('2024-12-31')
    expect(e.approval).toBe('overdue')
  })
})

describe('rule sets are data: a copied and edited rule set changes the result', () => {
  const edited: RuleSet = {
    ...ND331_2026,
    id: 'ND331-2026-hai-phong',
    basedOn: ND331_2026.id,
    version: 2,
    cadenceMonths: { ...ND331_2026.cadenceMonths, 3: 6 },
    dueSoonDays: 60,
  }
  const system = facts({ level: 3, dossierState: 'approved', approvedOn: '2024-01-10' })

  it('a province that assesses level 3 every 6 months gets an earlier due date', () => {
    expect(evaluateSystem(system, '2025-01-10', ND331_2026, '2025-02-01').nextAssessmentDue).toBe(
      '2026-01-10',
    )
    expect(evaluateSystem(system, '2025-01-10', edited, '2025-02-01').nextAssessmentDue).toBe('2025-07-10')
  })

  it('a wider due-soon window flags an assessment earlier', () => {
    // Due 10/7/2025; 45 days before is outside 30 but inside 60.
    expect(
      evaluateSystem(
        system,
        '2025-01-10',
        { ...ND331_2026, cadenceMonths: edited.cadenceMonths },
        '2025-05-26',
      ).assessment,
    ).toBe('ok')
    expect(evaluateSystem(system, '2025-01-10', edited, '2025-05-26').assessment).toBe('due_soon')
  })

  it('edited deadlines move approval and deployment due dates', () => {
    const later = { ...ND85_CT09_2024, approvalDeadline: '2025-06-30', deploymentDeadline: '2025-12-31' }
    const e = evaluateSystem(facts(), null, later, '2025-01-01')
    expect(e.approvalDue).toBe('2025-06-30')
    expect(e.deploymentDue).toBe('2025-12-31')
    expect(e.approval).toBe('pending')
    expect(e.deployment).toBe('pending')
  })
})

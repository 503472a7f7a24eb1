/**
 * Per-system evaluation for a given day (docs/domain.md §4). `asOf` is always an argument: the same
 * register can be judged as of a report date, and tests pin any day.
 */
import { addMonths, dayNumber, maxDate, type IsoDate } from './calendar-date'
import { constructionTransitionOf } from './law/regime'
import { constructionStatus, type ConstructionStatus } from './law/transition'
import type { ConstructionTransition, RuleSet } from './rule-set'
import { holdsApproval } from './approval-in-force'
import type { SystemFacts } from './types'

export type ApprovalStatus = 'approved' | 'pending' | 'overdue'
export type DeploymentStatus = 'deployed' | 'pending' | 'overdue'
export type AssessmentStatus = 'ok' | 'due_soon' | 'overdue' | 'not_applicable'

export interface Evaluation {
  approvalDue: IsoDate
  deploymentDue: IsoDate
  approval: ApprovalStatus
  deployment: DeploymentStatus
  assessment: AssessmentStatus
  nextAssessmentDue: IsoDate | null
  /** Decree 331 Điều 39 khoản 1's two deadlines, for a system still being built on 01/7/2026. */
  construction: ConstructionStatus | null
}

export { holdsApproval }

export type EvaluationRules = Pick<
  RuleSet,
  'approvalDeadline' | 'deploymentDeadline' | 'cadenceMonths' | 'dueSoonDays'
> &
  Partial<Pick<RuleSet, 'id' | 'basedOn' | 'constructionTransition'>>

/** The set's Điều 39 khoản 1 dates, read from its shipped base when a stored copy predates them. */
function constructionRule(rules: EvaluationRules): ConstructionTransition | null {
  if (rules.constructionTransition) return rules.constructionTransition
  return rules.id ? constructionTransitionOf({ id: rules.id, basedOn: rules.basedOn ?? null }) : null
}

/**
 * @param lastAssessedOn the latest assessment of any kind (every kind resets the clock), or null.
 */
export function evaluateSystem(
  system: SystemFacts,
  lastAssessedOn: IsoDate | null,
  rules: EvaluationRules,
  asOf: IsoDate,
): Evaluation {
  // A system that goes live after the deadline must be approved (and protected) before it does.
  const approvalDue = maxDate(rules.approvalDeadline, system.commissionedOn)
  const deploymentDue = maxDate(rules.deploymentDeadline, system.commissionedOn)

  const approval: ApprovalStatus = holdsApproval(system)
    ? 'approved'
    : asOf > approvalDue
      ? 'overdue'
      : 'pending'
  const deployment: DeploymentStatus =
    system.deploymentState === 'full' ? 'deployed' : asOf > deploymentDue ? 'overdue' : 'pending'

  const nextAssessmentDue = computeNextAssessmentDue(system, lastAssessedOn, rules)
  return {
    approvalDue,
    deploymentDue,
    approval,
    deployment,
    assessment: assessmentStatus(nextAssessmentDue, asOf, rules.dueSoonDays),
    nextAssessmentDue,
    construction: constructionStatus(
      system,
      lastAssessedOn,
      asOf,
      constructionRule(rules),
      rules.dueSoonDays,
    ),
  }
}

export function computeNextAssessmentDue(
  system: Pick<SystemFacts, 'level' | 'approvedOn'>,
  lastAssessedOn: IsoDate | null,
  rules: Pick<RuleSet, 'cadenceMonths'>,
): IsoDate | null {
  if (system.level === null) return null
  const from = lastAssessedOn ?? system.approvedOn
  if (!from) return null
  return addMonths(from, rules.cadenceMonths[system.level])
}

export function assessmentStatus(
  nextAssessmentDue: IsoDate | null,
  asOf: IsoDate,
  dueSoonDays: number,
): AssessmentStatus {
  if (nextAssessmentDue === null) return 'not_applicable'
  // The due date itself is not overdue.
  if (asOf > nextAssessmentDue) return 'overdue'
  return dayNumber(nextAssessmentDue) <= dueSoonLastDay(asOf, dueSoonDays) ? 'due_soon' : 'ok'
}

/*
 * The day number of the last "due soon" day, remembered for the last asOf and window: a register
 * is evaluated for one day, so this parses asOf once instead of once per system.
 */
let soonFor: { asOf: IsoDate; days: number; lastDay: number } | undefined

export function dueSoonLastDay(asOf: IsoDate, dueSoonDays: number): number {
  if (soonFor?.asOf !== asOf || soonFor.days !== dueSoonDays) {
    soonFor = { asOf, days: dueSoonDays, lastDay: dayNumber(asOf) + dueSoonDays }
  }
  return soonFor.lastDay
}

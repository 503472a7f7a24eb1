/**
 * The two transitions to the new law.
 *
 * 1. Systems already classified (the Law on Cyber Security 116/2025/QH15's own transition clause,
 *    cited as the Law — not Decree 331 Điều 39): a system approved under Decree 85 — its approval
 *    recorded under the ND85 set (or a copy of it), or under no set and dated before the Law took
 *    effect (01/7/2026) — must meet the new requirements within 12 months (01/7/2027). It shows
 *    that deadline until it is re-assessed on or after 01/7/2026. (transitionStatus)
 * 2. Systems still being invested in or built before 01/7/2026 (Decree 331 Điều 39 khoản 1, quoted
 *    below): appraised and approved under Decree 85 by 01/01/2027, Decree 331's measures met by
 *    01/7/2027. (constructionStatus)
 */
import { dayNumber, type IsoDate } from '../calendar-date'
import { ND331_2026, type ConstructionTransition, type RuleSet } from '../rule-set'
import { holdsApproval } from '../approval-in-force'
import type { SystemRecord } from '../types'

export type TransitionState = 'not_applicable' | 'pending' | 'overdue' | 'done'

export interface TransitionStatus {
  state: TransitionState
  /** The deadline to show, while the transition is pending or overdue. */
  deadline: IsoDate | null
}

export const TRANSITION_STATE_LABEL: Record<TransitionState, string> = {
  not_applicable: 'Không thuộc diện chuyển tiếp',
  pending: 'Chưa đáp ứng quy định mới (trong hạn chuyển tiếp)',
  overdue: 'Quá hạn chuyển tiếp',
  done: 'Đã đánh giá lại theo quy định mới',
}

function fromEarlierSet(ruleSetId: string, fromIds: readonly string[]): boolean {
  return fromIds.some((id) => ruleSetId === id || ruleSetId.startsWith(`${id}-copy-`))
}

/**
 * The rules the transition is judged by: the active set's when it carries them, else Decree 331's
 * own, since Điều 39 binds every system approved under Decree 85 whichever set the province uses.
 */
export function transitionRulesOf(
  ruleSet: Pick<RuleSet, 'transition' | 'transitionDeadline'>,
): Pick<RuleSet, 'transition' | 'transitionDeadline'> {
  return ruleSet.transition ? ruleSet : ND331_2026
}

export function transitionStatus(
  system: Pick<SystemRecord, 'approvedOn' | 'approvalRuleSetId'>,
  lastAssessedOn: IsoDate | null,
  asOf: IsoDate,
  rules: Pick<RuleSet, 'transition' | 'transitionDeadline'> = ND331_2026,
): TransitionStatus {
  const { transition, transitionDeadline } = rules
  const none: TransitionStatus = { state: 'not_applicable', deadline: null }
  if (!transition || !transitionDeadline || !system.approvedOn) return none
  const applies =
    system.approvalRuleSetId === null
      ? system.approvedOn < transition.approvedBefore
      : fromEarlierSet(system.approvalRuleSetId, transition.fromRuleSetIds)
  if (!applies) return none
  if (lastAssessedOn !== null && lastAssessedOn >= transition.approvedBefore)
    return { state: 'done', deadline: null }
  return { state: asOf > transitionDeadline ? 'overdue' : 'pending', deadline: transitionDeadline }
}

/** Decree 331 Điều 39 khoản 1, word for word (law/nd-331-2026-trich.md; checked by law-quotes.test.ts). */
export const CONSTRUCTION_TRANSITION_QUOTE = {
  citation: 'Nghị định 331/2026/NĐ-CP, Điều 39 khoản 1',
  text: 'Đối với hệ thống thông tin đang trong quá trình đầu tư, xây dựng trước ngày 01 tháng 7 năm 2026, trong thời hạn 06 tháng kể từ ngày Luật An ninh mạng số 116/2025/QH15 có hiệu lực thi hành, các cơ quan, tổ chức có liên quan hoàn thành việc thẩm định, phê duyệt cấp độ theo quy định tại Nghị định số 85/2016/NĐ-CP. Trong thời hạn 12 tháng kể từ ngày Luật An ninh mạng số 116/2025/QH15 có hiệu lực thi hành, phải bảo đảm điều kiện, tiêu chuẩn, biện pháp bảo vệ an ninh mạng tương ứng với cấp độ theo quy định của Nghị định này.',
} as const

/**
 * One of the two deadlines of Điều 39 khoản 1. `late`: done, but after the deadline (an approval
 * dated after 01/01/2027) — a fact to show, not an overdue task.
 */
export type ConstructionStepState = 'done' | 'late' | 'pending' | 'overdue'

export interface ConstructionStep {
  deadline: IsoDate
  state: ConstructionStepState
  /** Pending and within the due-soon window (or overdue): worth a reminder. */
  urgent: boolean
}

export interface ConstructionStatus {
  /** Appraised and approved under Decree 85 by 01/01/2027. */
  approval: ConstructionStep
  /** Decree 331's conditions, standards and measures met by 01/7/2027. */
  measures: ConstructionStep
}

export type ConstructionFacts = Pick<
  SystemRecord,
  'investmentStartedOn' | 'commissionedOn' | 'dossierState' | 'approvedOn' | 'deploymentState'
>

/**
 * Whether Điều 39 khoản 1 covers the system: its investment or construction began before 01/7/2026
 * and it had not gone live before that day (a system already operating is not "being built").
 */
export function constructionCovered(
  system: Pick<SystemRecord, 'investmentStartedOn' | 'commissionedOn'>,
  rule: Pick<ConstructionTransition, 'startedBefore'>,
): boolean {
  const started = system.investmentStartedOn
  if (!started || started >= rule.startedBefore) return false
  return !system.commissionedOn || system.commissionedOn >= rule.startedBefore
}

/**
 * How near a deadline is on `asOf`: passed, within the rule set's due-soon window (its last day
 * included), or later. The deadline day itself is still in time ("trong thời hạn … kể từ").
 */
export function deadlineNearness(deadline: IsoDate, asOf: IsoDate, dueSoonDays: number): 'overdue' | 'soon' | 'later' {
  if (asOf > deadline) return 'overdue'
  return dayNumber(deadline) - dayNumber(asOf) <= dueSoonDays ? 'soon' : 'later'
}

function step(
  deadline: IsoDate,
  done: boolean,
  doneOn: IsoDate | null,
  asOf: IsoDate,
  dueSoonDays: number,
): ConstructionStep {
  if (done) return { deadline, state: doneOn !== null && doneOn > deadline ? 'late' : 'done', urgent: false }
  const nearness = deadlineNearness(deadline, asOf, dueSoonDays)
  if (nearness === 'overdue') return { deadline, state: 'overdue', urgent: true }
  return { deadline, state: 'pending', urgent: nearness === 'soon' }
}

/**
 * The system's two Điều 39 khoản 1 deadlines, or null when the article does not cover it.
 * Approval: an approval in force (its date no later than 01/01/2027, else `late`). Measures: CapDo
 * records them as met when the protection plan is fully deployed and an assessment is recorded on
 * or after 01/7/2026 — the evidence the register holds, not words of the decree.
 */
export function constructionStatus(
  system: ConstructionFacts,
  lastAssessedOn: IsoDate | null,
  asOf: IsoDate,
  rule: ConstructionTransition | null,
  dueSoonDays: number,
): ConstructionStatus | null {
  if (!rule || !constructionCovered(system, rule)) return null
  const approved = holdsApproval(system)
  const measuresMet =
    system.deploymentState === 'full' && lastAssessedOn !== null && lastAssessedOn >= rule.startedBefore
  return {
    approval: step(rule.approveBy, approved, system.approvedOn, asOf, dueSoonDays),
    measures: step(rule.meetBy, measuresMet, null, asOf, dueSoonDays),
  }
}

/** At risk: not done yet, whether still in time or already overdue. */
export const atRisk = (s: ConstructionStep | undefined): boolean =>
  s !== undefined && (s.state === 'pending' || s.state === 'overdue')

export interface ConstructionSummary {
  /** Systems Điều 39 khoản 1 covers. */
  covered: number
  /** Not yet approved (in time or overdue) / of them overdue. */
  approvalAtRisk: number
  approvalOverdue: number
  /** Not yet meeting Decree 331's measures / of them overdue. */
  measuresAtRisk: number
  measuresOverdue: number
}

/** The dashboard's transition card: one pass over the evaluated rows. */
export function constructionSummary(
  evaluations: Iterable<{ construction: ConstructionStatus | null }>,
): ConstructionSummary {
  const sum: ConstructionSummary = {
    covered: 0,
    approvalAtRisk: 0,
    approvalOverdue: 0,
    measuresAtRisk: 0,
    measuresOverdue: 0,
  }
  for (const { construction: c } of evaluations) {
    if (!c) continue
    sum.covered++
    if (atRisk(c.approval)) sum.approvalAtRisk++
    if (c.approval.state === 'overdue') sum.approvalOverdue++
    if (atRisk(c.measures)) sum.measuresAtRisk++
    if (c.measures.state === 'overdue') sum.measuresOverdue++
  }
  return sum
}

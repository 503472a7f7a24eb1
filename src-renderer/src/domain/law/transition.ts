/**
 * The transition to Decree 331 (Điều 39 khoản 1): a system approved under Decree 85 — its approval
 * recorded under the ND85 set (or a copy of it), or recorded under no set and dated before the Law
 * on Cyber Security took effect (01/7/2026) — must meet the new requirements by the transition
 * deadline (01/7/2027). It shows that deadline until it is re-assessed on or after 01/7/2026.
 */
import type { IsoDate } from '../calendar-date'
import { ND331_2026, type RuleSet } from '../rule-set'
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

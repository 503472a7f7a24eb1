/**
 * Who appraises and approves a system's dossier and by when (DOMAIN.md §3; Decree 331 Điều 18,
 * 23 khoản 3, 24 khoản 2). The limits are the rule set's: calendar days under Decree 85, working
 * days under Decree 331. The appraisal runs from the submission; the approval from the day the
 * approval file is complete — the appraisal opinion for the levels an appraisal limit applies to
 * (projected from the appraisal due date while the opinion is awaited), else the submission.
 */
import { addDays, type IsoDate } from '../calendar-date'
import type { RuleSet, TimeLimit } from '../rule-set'
import type { Level, SystemRecord } from '../types'
import { addWorkingDays, calendarCovers, type HolidayCalendar } from './working-days'

export interface DossierDeadlines {
  level: Level
  appraiser: string
  approver: string
  appraisalLimit: TimeLimit | null
  /** Null before submission or when the level has no appraisal limit. */
  appraisalDue: IsoDate | null
  approvalLimit: TimeLimit | null
  approvalDue: IsoDate | null
  /** The approval due date counts from the appraisal due date, the opinion not being recorded yet. */
  approvalProjected: boolean
  /** False when a due date falls in a year the holiday calendar does not list. */
  calendarCovered: boolean
}

export function dueAfter(from: IsoDate, limit: TimeLimit, calendar: HolidayCalendar): IsoDate {
  return limit.workingDays ? addWorkingDays(from, limit.days, calendar) : addDays(from, limit.days)
}

/** "15 ngày làm việc" / "30 ngày". */
export function timeLimitLabel(limit: TimeLimit): string {
  return `${limit.days} ${limit.workingDays ? 'ngày làm việc' : 'ngày'}`
}

/** Null for a system with no proposed level: nobody can be named yet. */
export function dossierDeadlines(
  system: Pick<SystemRecord, 'level' | 'submittedOn' | 'appraisedOn'>,
  ruleSet: Pick<RuleSet, 'authorities'>,
  calendar: HolidayCalendar,
): DossierDeadlines | null {
  if (system.level === null) return null
  const authority = ruleSet.authorities[system.level]
  const { appraisalLimit, approvalLimit } = authority
  const submitted = system.submittedOn
  const appraisalDue = submitted && appraisalLimit ? dueAfter(submitted, appraisalLimit, calendar) : null
  let approvalFrom: IsoDate | null
  let approvalProjected = false
  if (appraisalLimit) {
    approvalFrom = system.appraisedOn ?? appraisalDue
    approvalProjected = system.appraisedOn === null && appraisalDue !== null
  } else {
    approvalFrom = system.appraisedOn ?? submitted
  }
  const approvalDue = approvalFrom && approvalLimit ? dueAfter(approvalFrom, approvalLimit, calendar) : null
  const dues = [appraisalDue, approvalDue].filter((d): d is IsoDate => d !== null)
  return {
    level: system.level,
    appraiser: authority.appraiser,
    approver: authority.approver,
    appraisalLimit,
    appraisalDue,
    approvalLimit,
    approvalDue,
    approvalProjected,
    calendarCovered: dues.every((d) => calendarCovers(d, calendar)),
  }
}

/**
 * Who appraises and approves a system's dossier and by when (docs/domain.md §3). Decree 85: Điều 12
 * (who), Điều 16 khoản 2 (appraisal, calendar days), Điều 17 khoản 2 (approval, 7 working days, every
 * level); Decree 331: Điều 18 (who), Điều 23 khoản 3 (appraisal, working days), Điều 24 khoản 2
 * (approval, 7 working days, every level). An incomplete dossier is answered within 5 working days
 * of receipt (Decree 331 Điều 23 khoản 2; Thông tư 03/2017/TT-BTTTT Điều 14 khoản 3). A limit in
 * calendar days whose last day is a weekend or holiday ends on the next working day (Bộ luật Dân sự
 * 2015 Điều 148 khoản 5). The appraisal and the intake check run from the submission; the approval
 * from the day the approval file is complete — the appraisal opinion for the levels an appraisal
 * limit applies to (projected from the appraisal due date while the opinion is awaited), else the
 * submission.
 */
import { addDays, type IsoDate } from '../calendar-date'
import type { RuleSet, TimeLimit } from '../rule-set'
import type { Level, SystemRecord } from '../types'
import { intakeReplyLimitOf } from './regime'
import { addWorkingDays, calendarCovers, isWorkingDay, type HolidayCalendar } from './working-days'

export interface DossierDeadlines {
  level: Level
  appraiser: string
  /** Who appraises instead for some systems (Bộ Quốc phòng, Ban Cơ yếu Chính phủ …). */
  appraiserExceptions: string[]
  approver: string
  /** Answering an incomplete dossier, counted from the submission (null before it). */
  intakeLimit: TimeLimit | null
  intakeDue: IsoDate | null
  appraisalLimit: TimeLimit | null
  /** Null before submission or when the level has no appraisal limit. */
  appraisalDue: IsoDate | null
  /** The calendar-day appraisal limit ended on a day off and was carried to the next working day. */
  appraisalCarried: boolean
  approvalLimit: TimeLimit | null
  approvalDue: IsoDate | null
  /** The approval due date counts from the appraisal due date, the opinion not being recorded yet. */
  approvalProjected: boolean
  /** False when a due date falls in a year the holiday calendar does not list. */
  calendarCovered: boolean
}

/**
 * The day a limit ends. Working days skip weekends and holidays; calendar days are counted as they
 * come (the day of receipt not counted), and when the last one is a weekend day or a holiday the
 * limit ends on the next working day (Bộ luật Dân sự 2015 Điều 148 khoản 5).
 */
export function dueAfter(from: IsoDate, limit: TimeLimit, calendar: HolidayCalendar): IsoDate {
  if (limit.workingDays) return addWorkingDays(from, limit.days, calendar)
  let due = addDays(from, limit.days)
  while (!isWorkingDay(due, calendar)) due = addDays(due, 1)
  return due
}

/** "15 ngày làm việc" / "30 ngày". */
export function timeLimitLabel(limit: TimeLimit): string {
  return `${limit.days} ${limit.workingDays ? 'ngày làm việc' : 'ngày'}`
}

/** Null for a system with no proposed level: nobody can be named yet. */
export function dossierDeadlines(
  system: Pick<SystemRecord, 'level' | 'submittedOn' | 'appraisedOn'>,
  ruleSet: Pick<RuleSet, 'authorities' | 'id' | 'basedOn' | 'intakeReplyLimit'>,
  calendar: HolidayCalendar,
): DossierDeadlines | null {
  if (system.level === null) return null
  const authority = ruleSet.authorities[system.level]
  const { appraisalLimit, approvalLimit } = authority
  const submitted = system.submittedOn
  const appraisalDue = submitted && appraisalLimit ? dueAfter(submitted, appraisalLimit, calendar) : null
  const appraisalCarried =
    appraisalDue !== null &&
    appraisalLimit !== null &&
    !appraisalLimit.workingDays &&
    appraisalDue !== addDays(submitted ?? appraisalDue, appraisalLimit.days)
  const intakeLimit = intakeReplyLimitOf(ruleSet)
  const intakeDue = submitted && intakeLimit ? dueAfter(submitted, intakeLimit, calendar) : null
  let approvalFrom: IsoDate | null
  let approvalProjected = false
  if (appraisalLimit) {
    approvalFrom = system.appraisedOn ?? appraisalDue
    approvalProjected = system.appraisedOn === null && appraisalDue !== null
  } else {
    approvalFrom = system.appraisedOn ?? submitted
  }
  const approvalDue = approvalFrom && approvalLimit ? dueAfter(approvalFrom, approvalLimit, calendar) : null
  const dues = [intakeDue, appraisalDue, approvalDue].filter((d): d is IsoDate => d !== null)
  return {
    level: system.level,
    appraiser: authority.appraiser,
    appraiserExceptions: authority.appraiserExceptions ?? [],
    approver: authority.approver,
    intakeLimit,
    intakeDue,
    appraisalLimit,
    appraisalDue,
    appraisalCarried,
    approvalLimit,
    approvalDue,
    approvalProjected,
    calendarCovered: dues.every((d) => calendarCovers(d, calendar)),
  }
}

/**
 * The report deadlines of the active rule set, with their countdown, for the dashboard and the
 * reminders. Pure date logic: `today` is an input.
 *
 * - Decree 331 (annual): "Đơn vị chuyên trách về an ninh mạng, đơn vị vận hành hệ thống thông tin
 *   gửi báo cáo tới chủ quản hệ thống thông tin trước ngày 20 tháng 12 hằng năm" (Điều 35 khoản 4
 *   điểm a); "Chủ quản hệ thống thông tin gửi báo cáo Bộ Công an trước ngày 25 tháng 12 hằng năm"
 *   (điểm b). "Trước ngày 20" is strict: the last day in time is 19/12.
 * - The 2024 directive (quarterly): day 20 of each quarter's last month (Công điện 33/CĐ-TTg,
 *   DOMAIN.md §4), the day itself in time — as the export screen's "Hạn gửi" says.
 */
import { addDays, daysBetween, parts, toIsoDate, type IsoDate } from './calendar-date'
import { quarterDueDate } from './report/quarter'
import type { ReportSchedule, RuleSet } from './rule-set'

export type ReportDeadlineKind = 'to_owner' | 'upward' | 'quarterly'

export interface ReportDeadline {
  kind: ReportDeadlineKind
  /** The day the rule names ("trước ngày 20 tháng 12": 20/12; the quarterly one: day 20). */
  named: IsoDate
  /** The last day a report is in time: the day before a "trước ngày …", else the named day. */
  lastDay: IsoDate
  /** Days from today to the last day: 0 on the last day itself. */
  daysLeft: number
  /** The report it is for: the year (annual), or the year and quarter. */
  year: number
  quarter?: 1 | 2 | 3 | 4
}

/** Decree 331 Điều 35 khoản 4, as the reminders cite it (checked by test/unit/law-claims.ts). */
export const REPORT_DEADLINE_LAW = {
  to_owner: {
    citation: 'Nghị định 331/2026/NĐ-CP, Điều 35 khoản 4 điểm a',
    quote: 'gửi báo cáo tới chủ quản hệ thống thông tin trước ngày 20 tháng 12 hằng năm',
  },
  upward: {
    citation: 'Nghị định 331/2026/NĐ-CP, Điều 35 khoản 4 điểm b',
    quote: 'Chủ quản hệ thống thông tin gửi báo cáo Bộ Công an trước ngày 25 tháng 12 hằng năm',
  },
} as const

function mmdd(year: number, value: string): IsoDate {
  const [m, d] = value.split('-').map(Number)
  return toIsoDate(year, m ?? 12, d ?? 20)
}

function deadline(
  kind: ReportDeadlineKind,
  named: IsoDate,
  strict: boolean,
  today: IsoDate,
  report: Pick<ReportDeadline, 'year' | 'quarter'>,
): ReportDeadline {
  const lastDay = strict ? addDays(named, -1) : named
  return { kind, named, lastDay, daysLeft: daysBetween(today, lastDay), ...report }
}

/**
 * The next deadlines still ahead (the last day today or later): under an annual schedule both of
 * this year's if the first is still ahead, else the upward one, else next year's two; under a
 * quarterly one the next quarter's.
 */
export function nextReportDeadlines(
  rules: Pick<RuleSet, 'report' | 'name'>,
  today: IsoDate,
): ReportDeadline[] {
  const schedule: ReportSchedule = rules.report
  const { year } = parts(today)
  if (schedule.kind === 'annual') {
    const forYear = (y: number) => [
      deadline('to_owner', mmdd(y, schedule.unitDue), true, today, { year: y }),
      deadline('upward', mmdd(y, schedule.ownerDue), true, today, { year: y }),
    ]
    const ahead = forYear(year).filter((d) => d.daysLeft >= 0)
    return ahead.length > 0 ? ahead : forYear(year + 1)
  }
  for (let i = 0; i < 5; i++) {
    const q0 = Math.floor((parts(today).month - 1) / 3) + i
    const y = year + Math.floor(q0 / 4)
    const quarter = ((q0 % 4) + 1) as 1 | 2 | 3 | 4
    const d = deadline('quarterly', quarterDueDate(y, quarter, rules), false, today, { year: y, quarter })
    if (d.daysLeft >= 0) return [d]
  }
  return []
}

/** The deadlines a reminder names: within the rule set's "due soon" window. */
export function dueSoonReportDeadlines(
  rules: Pick<RuleSet, 'report' | 'name' | 'dueSoonDays'>,
  today: IsoDate,
): ReportDeadline[] {
  return nextReportDeadlines(rules, today).filter((d) => d.daysLeft <= rules.dueSoonDays)
}

/**
 * A rule set's values in Vietnamese, the way Settings shows them and the comparison of two sets
 * prints them. Pure, so the comparison (rule-set-diff.ts) is tested on the very words a user reads.
 */
import { formatViDate, type IsoDate } from './calendar-date'
import { timeLimitLabel } from './law/dossier-deadlines'
import type { ReportSchedule, TimeLimit } from './rule-set'

/** `MM-DD` as `dd/mm`. */
export function dayMonth(mmdd: string): string {
  const [mm, dd] = mmdd.split('-')
  return `${dd}/${mm}`
}

export const monthsText = (months: number): string => `${months} tháng`

export const dueSoonText = (days: number): string => `Trước ${days} ngày`

export const budgetShareText = (share: number): string =>
  `${Math.round(share * 100).toLocaleString('vi-VN')} % kinh phí kế hoạch CNTT`

export const dateOrNone = (date: IsoDate | null): string => (date ? formatViDate(date) : 'Không áp dụng')

/** "15 ngày làm việc", or what the law says when it sets no limit. */
export const limitText = (limit: TimeLimit | null): string =>
  limit ? timeLimitLabel(limit) : 'Không quy định'

export function reportKindText(report: ReportSchedule): string {
  return report.kind === 'quarterly' ? 'Hằng quý' : 'Hằng năm'
}

export function reportPeriodText(report: ReportSchedule): string {
  if (report.kind === 'quarterly') return 'Theo quý dương lịch'
  return `Từ ${dayMonth(report.periodStart)} năm trước đến ${dayMonth(report.periodEnd)} năm báo cáo`
}

export function reportDueText(report: ReportSchedule): string {
  if (report.kind === 'quarterly') return `Trước ngày ${report.dueDayOfLastMonth} của tháng cuối quý`
  return `Đơn vị báo cáo chủ quản trước ${dayMonth(report.unitDue)}; chủ quản báo cáo cấp trên trước ${dayMonth(report.ownerDue)}`
}

/** The whole schedule on one line, for the rule set's description. */
export function reportScheduleText(report: ReportSchedule): string {
  if (report.kind === 'quarterly')
    return `Hằng quý, trước ngày ${report.dueDayOfLastMonth} của tháng cuối quý`
  return `Hằng năm: số liệu từ ${dayMonth(report.periodStart)} đến ${dayMonth(report.periodEnd)}; đơn vị báo cáo chủ quản trước ${dayMonth(report.unitDue)}, chủ quản báo cáo cấp trên trước ${dayMonth(report.ownerDue)}`
}

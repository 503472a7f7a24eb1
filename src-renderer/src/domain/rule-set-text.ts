/**
 * A rule set's values in Vietnamese, the way Settings shows them and the comparison of two sets
 * prints them. Pure, so the comparison (rule-set-diff.ts) is tested on the very words a user reads.
 */
import { formatViDate, type IsoDate } from './calendar-date'
import { timeLimitLabel } from './law/dossier-deadlines'
import type { ConstructionTransition, LegalRegime, ReportSchedule, TimeLimit } from './rule-set'
import { formatCount } from './number-format'

/** `MM-DD` as `dd/mm`. */
export function dayMonth(mmdd: string): string {
  const [mm, dd] = mmdd.split('-')
  return `${dd}/${mm}`
}

export const monthsText = (months: number): string => `${months} tháng`

/**
 * Decree 331 sets no assessment interval (Điều 28 khoản 5 điểm a: "định kỳ theo cấp độ hệ thống
 * thông tin và mức độ rủi ro an ninh mạng"; the details are Bộ Công an's to issue, Điều 34 khoản 1
 * điểm đ, not yet issued): under it the months are the province's own setting, never the decree's.
 */
export const cadenceIsProvincial = (regime: LegalRegime): boolean => regime === 'ND331'

export const PROVINCIAL_CADENCE_NOTE =
  'chu kỳ do tỉnh tự đặt: Nghị định 331/2026/NĐ-CP không quy định chu kỳ kiểm tra, đánh giá (Điều 28 khoản 5 điểm a), Bộ Công an chưa ban hành quy định chi tiết (Điều 34 khoản 1 điểm đ); giá trị mặc định lấy theo Nghị định 85/2016/NĐ-CP Điều 20 khoản 2 điểm c'

/** "12 tháng", and under Decree 331 "12 tháng (do tỉnh tự đặt)". */
export function cadenceText(months: number, regime: LegalRegime): string {
  return cadenceIsProvincial(regime) ? `${months} tháng (do tỉnh tự đặt)` : monthsText(months)
}

/** Decree 331 Điều 39 khoản 1, in one line. */
export function constructionTransitionText(t: ConstructionTransition | null): string {
  if (!t) return 'Không áp dụng'
  return `Hệ thống đang đầu tư, xây dựng trước ${formatViDate(t.startedBefore)}: thẩm định, phê duyệt cấp độ theo Nghị định 85/2016/NĐ-CP chậm nhất ${formatViDate(t.approveBy)}; đáp ứng biện pháp bảo vệ theo Nghị định 331/2026/NĐ-CP chậm nhất ${formatViDate(t.meetBy)}`
}

export const dueSoonText = (days: number): string => `Trước ${days} ngày`

export const budgetShareText = (share: number): string =>
  `${formatCount(Math.round(share * 100))} % kinh phí kế hoạch CNTT`

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

/** The report deadlines' countdown on the dashboard and in the reminder bell. */
import type { ReportDeadline, ReportDeadlineKind } from '../domain/report-deadlines'
import { formatCount } from '../domain/number-format'

const n = (v: number) => formatCount(v)

/** Where each deadline comes from (the citations are checked against law/ by law-quotes.test.ts). */
const CITATION: Readonly<Record<ReportDeadlineKind, string>> = {
  to_owner: 'Nghị định 331/2026/NĐ-CP, Điều 35 khoản 4 điểm a',
  upward: 'Nghị định 331/2026/NĐ-CP, Điều 35 khoản 4 điểm b',
  quarterly: 'Công điện 33/CĐ-TTg ngày 07/4/2024',
}

const WHAT: Readonly<Record<ReportDeadlineKind, string>> = {
  to_owner: 'gửi báo cáo cho chủ quản hệ thống thông tin',
  upward: 'chủ quản gửi báo cáo Bộ Công an',
  quarterly: 'gửi báo cáo quý',
}

export const reportDeadlineText = {
  title: 'Hạn gửi báo cáo',
  citation: CITATION,
  what: (d: ReportDeadline) =>
    d.kind === 'quarterly'
      ? `${WHAT.quarterly} ${d.quarter ?? ''}/${d.year}`
      : `${WHAT[d.kind]} năm ${d.year}`,
  /** "Còn 5 ngày đến hạn gửi báo cáo cho chủ quản hệ thống thông tin năm 2026". */
  countdown: (d: ReportDeadline, what: string) =>
    d.daysLeft === 0 ? `Hôm nay là ngày cuối để ${what}` : `Còn ${n(d.daysLeft)} ngày đến hạn ${what}`,
  /** "trước ngày 20/12/2026 (chậm nhất 19/12/2026)" or "hạn 20/12/2026". */
  due: (strict: boolean, named: string, lastDay: string) =>
    strict ? `trước ngày ${named} (chậm nhất ${lastDay})` : `hạn ${named}`,
  daysTag: (days: number) => (days === 0 ? 'Hôm nay' : `Còn ${n(days)} ngày`),
  note: 'Ứng dụng không ghi nhận việc đã gửi báo cáo: hạn vẫn hiện cho đến khi qua ngày cuối.',
  export: 'Xuất báo cáo',
} as const

/** The open rounds on the dashboard and in the reminder bell (issue #17). */
import { formatCount } from '../domain/number-format'

const n = (v: number) => formatCount(v)

export const roundProgressText = {
  title: 'Đợt thu thập đang mở',
  letter: (no: string) => `Công văn số ${no}`,
  /** "hạn 15/12/2026 (còn 3 ngày)", "hạn 15/12/2026 (hôm nay)", "hạn 15/12/2026 (đã qua 2 ngày)". */
  due: (date: string, daysLeft: number) =>
    `hạn ${date} (${daysLeft > 0 ? `còn ${n(daysLeft)} ngày` : daysLeft === 0 ? 'hôm nay' : `đã qua ${n(-daysLeft)} ngày`})`,
  received: (received: number, total: number) => `Đã nhận ${n(received)}/${n(total)}`,
  notReplied: (v: number) => `Chưa báo cáo ${n(v)}`,
  late: (v: number) => `Quá hạn ${n(v)}`,
  notSent: (v: number) => `Chưa gửi phiếu ${n(v)}`,
  open: 'Xem đợt',
  /** The bell's line: "Đợt theo công văn số 125/…: còn 3 ngày đến hạn, 40 đơn vị chưa báo cáo." */
  reminder: (no: string, daysLeft: number, notReplied: number) =>
    `Đợt theo công văn số ${no}: ${
      daysLeft > 0
        ? `còn ${n(daysLeft)} ngày đến hạn`
        : daysLeft === 0
          ? 'hôm nay là hạn gửi'
          : `quá hạn ${n(-daysLeft)} ngày`
    }, ${n(notReplied)} đơn vị chưa báo cáo.`,
  reminderTag: { due_soon: 'Sắp đến hạn', overdue: 'Quá hạn' },
} as const

import type { ReminderDigest } from '../domain/reminders'
import { formatCount } from '../domain/number-format'

const n = (v: number) => formatCount(v)

export const remindersVi = {
  bell: 'Nhắc việc',
  title: 'CapDo — nhắc việc',
  /** The digest's counts, then each dated line (a report deadline, a round), one per line. */
  body: (d: ReminderDigest, dated: readonly string[] = []) => {
    const news = [
      d.newOverdue > 0 ? `${n(d.newOverdue)} việc mới quá hạn` : '',
      d.newDueSoon > 0 ? `${n(d.newDueSoon)} việc mới sắp đến hạn` : '',
    ].filter(Boolean)
    const totals = `Tổng cộng: ${n(d.overdue)} việc quá hạn, ${n(d.dueSoon)} việc sắp đến hạn.`
    return [news.length > 0 ? `${news.join(', ')}. ${totals}` : totals, ...dated].join('\n')
  },
  popoverTitle: (overdue: number, dueSoon: number) =>
    `${n(overdue)} quá hạn · ${n(dueSoon)} sắp đến hạn (hôm nay)`,
  empty: 'Không có việc nào quá hạn hoặc sắp đến hạn.',
  seeAll: 'Xem tất cả trên trang Tổng quan',
  isNew: 'mới',
  pending: 'Đang tổng hợp việc quá hạn và sắp đến hạn…',
}

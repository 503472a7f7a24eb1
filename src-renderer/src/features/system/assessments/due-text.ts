/** How the next assessment's due date reads on a system's page, counted from "today" (asOf). */
import { daysBetween, formatViDate, type IsoDate } from '../../../domain/calendar-date'
import type { Level } from '../../../domain/types'
import { systemText } from '../../../i18n/system'

const t = systemText.assessments

/** "Hạn kiểm tra, đánh giá tiếp theo: 15/03/2027 (còn 112 ngày)", or why there is no due date. */
export function nextDueText(nextDue: IsoDate | null, level: Level | null, asOf: IsoDate): string {
  if (nextDue === null) return level === null ? t.noLevel : t.noStart
  const days = daysBetween(asOf, nextDue)
  const relative = days > 0 ? t.daysLeft(days) : days === 0 ? t.dueToday : t.daysOverdue(-days)
  return `${t.nextDue(formatViDate(nextDue))} (${relative})`
}

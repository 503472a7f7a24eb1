import { formatViDate, vietnamDate } from '../../domain/calendar-date'

/** The instant in Vietnam time, dd/mm/yyyy HH:mm, whatever the computer's time zone. */
export function viDateTime(iso: string): string {
  const instant = new Date(iso)
  const time = new Intl.DateTimeFormat('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(instant)
  return `${formatViDate(vietnamDate(instant))} ${time}`
}

/**
 * Working days (ngày làm việc) for the legal time limits of Decree 331 (Điều 23, 24): Monday to
 * Friday, less the public holidays and days in lieu of a holiday calendar, plus any weekend day
 * the calendar makes a working day (a Saturday swapped for a weekday). The calendar is data
 * (law/vn-holidays.ts ships Việt Nam's; law/holiday-calendar.ts lays the officer's changes over
 * it), so Settings can correct or extend it.
 */
import { addDays, dayNumber, parts, type IsoDate } from '../calendar-date'
import { DomainError } from '../errors'

export interface NamedDay {
  date: IsoDate
  name: string
  /** The law or notice that makes the day off (or worked); the officer's own days have none. */
  basis?: string
}

export interface HolidayCalendar {
  id: string
  name: string
  /** Weekdays that are not working days: holidays, days in lieu, the weekday of a swap. */
  daysOff: NamedDay[]
  /** Saturdays or Sundays that are working days (the Saturday of a swap). */
  workdays: NamedDay[]
  /** The years the lists cover; outside them only weekends are known. */
  years: { from: number; to: number }
  source: string
}

interface CalendarIndex {
  off: ReadonlySet<IsoDate>
  work: ReadonlySet<IsoDate>
}

const indexes = new WeakMap<HolidayCalendar, CalendarIndex>()

function indexOf(calendar: HolidayCalendar): CalendarIndex {
  let index = indexes.get(calendar)
  if (!index) {
    index = {
      off: new Set(calendar.daysOff.map((d) => d.date)),
      work: new Set(calendar.workdays.map((d) => d.date)),
    }
    indexes.set(calendar, index)
  }
  return index
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekday(date: IsoDate): number {
  return (((dayNumber(date) + 4) % 7) + 7) % 7
}

export function isWeekend(date: IsoDate): boolean {
  const d = weekday(date)
  return d === 0 || d === 6
}

export function isWorkingDay(date: IsoDate, calendar: HolidayCalendar): boolean {
  const { off, work } = indexOf(calendar)
  if (work.has(date)) return true
  return !isWeekend(date) && !off.has(date)
}

/** Whether the calendar lists the holidays of the date's year (else only weekends are skipped). */
export function calendarCovers(date: IsoDate, calendar: HolidayCalendar): boolean {
  const { year } = parts(date)
  return year >= calendar.years.from && year <= calendar.years.to
}

/**
 * The `n`-th working day after `date` ("within n working days from the day the dossier is
 * received"): the day itself is not counted; `n = 0` is the day itself.
 */
export function addWorkingDays(date: IsoDate, n: number, calendar: HolidayCalendar): IsoDate {
  if (!Number.isInteger(n) || n < 0) {
    throw new DomainError('invalid_working_days', `Số ngày làm việc không hợp lệ: ${n}.`, { n })
  }
  let day = date
  let left = n
  while (left > 0) {
    day = addDays(day, 1)
    if (isWorkingDay(day, calendar)) left -= 1
  }
  return day
}

/** The holiday or swap that makes a day off (or worked), for showing why a due date moved. */
export function dayNote(date: IsoDate, calendar: HolidayCalendar): string | null {
  return (
    calendar.daysOff.find((d) => d.date === date)?.name ??
    calendar.workdays.find((d) => d.date === date)?.name ??
    null
  )
}

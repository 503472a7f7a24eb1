/**
 * Calendar dates as `YYYY-MM-DD` strings: what the law counts in (days, calendar months), with no
 * time of day and no time zone to drift. ISO strings also sort and compare correctly as text,
 * which keeps evaluation of a whole province's register cheap. The arithmetic is on a day number
 * (days since 1970-01-01, proleptic Gregorian), so it never touches the machine's time zone.
 */
import { DomainError } from './errors'

/** A calendar date written `YYYY-MM-DD`. */
export type IsoDate = string

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

export function daysInMonth(year: number, month: number): number {
  // Arithmetic, not a Date: evaluating a province's register calls this tens of thousands of times.
  if (Number.isInteger(year) && Number.isInteger(month) && month >= 1 && month <= 12) {
    return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1]
  }
  // Anything else keeps Date's reading (month 13 is January of the next year; day 0 of the next
  // month is the last day of this one).
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

export function isValidYmd(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1900 &&
    year <= 2200 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  )
}

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false
  const m = ISO_DATE.exec(value)
  return m !== null && isValidYmd(Number(m[1]), Number(m[2]), Number(m[3]))
}

export function toIsoDate(year: number, month: number, day: number): IsoDate {
  if (!isValidYmd(year, month, day)) {
    throw new DomainError('invalid_date', `Ngày không hợp lệ: ${day}/${month}/${year}.`)
  }
  // A valid year has four digits (1900–2200); only month and day need their leading zero.
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`
}

const ZERO = 48

/** The value of the two or four ASCII digits of `s` from `from` to `to`, or -1 if one is not a digit. */
function digitsAt(s: string, from: number, to: number): number {
  let n = 0
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - ZERO
    if (d < 0 || d > 9) return -1
    n = n * 10 + d
  }
  return n
}

export function parts(date: IsoDate): { year: number; month: number; day: number } {
  // The common case read by character codes, as ISO_DATE would: the register parses every date
  // of every system for each report, and a regular expression per date showed in profiles.
  if (
    typeof date === 'string' &&
    date.length === 10 &&
    date.charCodeAt(4) === 45 &&
    date.charCodeAt(7) === 45
  ) {
    const year = digitsAt(date, 0, 4)
    const month = digitsAt(date, 5, 7)
    const day = digitsAt(date, 8, 10)
    if (year >= 0 && month >= 0 && day >= 0 && isValidYmd(year, month, day)) return { year, month, day }
  }
  const m = ISO_DATE.exec(date)
  const year = Number(m?.[1])
  const month = Number(m?.[2])
  const day = Number(m?.[3])
  // An impossible date (2024-02-30) would otherwise roll silently into the next month.
  if (!m || !isValidYmd(year, month, day)) {
    throw new DomainError('invalid_date', `Ngày không hợp lệ: ${date}.`)
  }
  return { year, month, day }
}

/** Days since 1970-01-01. */
export function dayNumber(date: IsoDate): number {
  const { year, month, day } = parts(date)
  return daysFromCivil(year, month, day)
}

/*
 * Day numbers from and to year/month/day in the proleptic Gregorian calendar (H. Hinnant's
 * algorithms), the same numbers as Date.UTC gives, without building a Date per call.
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146_097 + doe - 719_468
}

export function fromDayNumber(n: number): IsoDate {
  // Date's own range is ±100,000,000 days; past it (and for fractions) keep Date's reading.
  if (!Number.isInteger(n) || Math.abs(n) > 100_000_000) {
    const d = new Date(n * 86_400_000)
    return toIsoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())
  }
  const z = n + 719_468
  const era = Math.floor(z / 146_097)
  const doe = z - era * 146_097
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  )
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0)
  return toIsoDate(year, month, day)
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days)
}

/** `b − a` in days. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return dayNumber(b) - dayNumber(a)
}

/**
 * Calendar months, clamped to the end of the target month: 31/8 + 6 months is 28/2 (or 29/2 in a
 * leap year), never 3/3. This is how a "6-month" legal period is read.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = parts(date)
  const index = year * 12 + (month - 1) + months
  const y = Math.floor(index / 12)
  const m = (index % 12) + 1
  return toIsoDate(y, m, Math.min(day, daysInMonth(y, m)))
}

export function maxDate(a: IsoDate, b: IsoDate | null | undefined): IsoDate {
  return b && b > a ? b : a
}

/** dd/mm/yyyy, the Vietnamese way of writing a date. */
export function formatViDate(date: IsoDate | null | undefined): string {
  if (!date) return ''
  const { year, month, day } = parts(date)
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`
}

/** The calendar date in Vietnam (UTC+7, no daylight saving) at a given instant. */
export function vietnamDate(instant: Date): IsoDate {
  const shifted = new Date(instant.getTime() + 7 * 3_600_000)
  return toIsoDate(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate())
}

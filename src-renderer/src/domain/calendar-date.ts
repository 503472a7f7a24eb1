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

export function daysInMonth(year: number, month: number): number {
  // month is 1-12; day 0 of the next month is the last day of this one.
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
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

export function parts(date: IsoDate): { year: number; month: number; day: number } {
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
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000)
}

export function fromDayNumber(n: number): IsoDate {
  const d = new Date(n * 86_400_000)
  return toIsoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())
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

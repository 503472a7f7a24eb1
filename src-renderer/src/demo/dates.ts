/**
 * The domain's calendar arithmetic, memoised for the demo generator: a benchmark register makes
 * hundreds of thousands of date steps over a few thousand distinct days, and each domain call
 * parses and validates its string. Same results, computed once per distinct input.
 */
import { addMonths, dayNumber, fromDayNumber, type IsoDate } from '../domain/calendar-date'

const dayNumbers = new Map<IsoDate, number>()
const dates = new Map<number, IsoDate>()
const monthSteps = new Map<string, IsoDate>()

export function dayOf(date: IsoDate): number {
  let n = dayNumbers.get(date)
  if (n === undefined) {
    n = dayNumber(date)
    dayNumbers.set(date, n)
  }
  return n
}

export function dateOf(day: number): IsoDate {
  let d = dates.get(day)
  if (d === undefined) {
    d = fromDayNumber(day)
    dates.set(day, d)
  }
  return d
}

export function plusDays(date: IsoDate, days: number): IsoDate {
  return dateOf(dayOf(date) + days)
}

export function plusMonths(date: IsoDate, months: number): IsoDate {
  const key = `${date}|${months}`
  let d = monthSteps.get(key)
  if (d === undefined) {
    d = addMonths(date, months)
    monthSteps.set(key, d)
  }
  return d
}

export function earlier(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b
}

export function later(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b
}

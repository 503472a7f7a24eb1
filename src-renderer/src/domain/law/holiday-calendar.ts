/**
 * The holiday calendar an officer can correct: the built-in rules (law/vn-holidays.ts) with the
 * officer's changes laid over them — extra days off (a Tết bridge day the Prime Minister
 * announces), built-in days that do not apply this year, and weekend days worked in lieu (ngày
 * làm bù). Only the changes are stored, so a later release that fixes the built-in rules still
 * reaches every database; the working-day counting takes the resulting HolidayCalendar.
 */
import { formatViDate, isIsoDate, isValidYmd, parts, toIsoDate, type IsoDate } from '../calendar-date'
import { DomainError } from '../errors'
import { isWeekend, weekday, type HolidayCalendar, type NamedDay } from './working-days'

export interface HolidayOverrides {
  /** Weekdays the officer adds as days off, each with its name. */
  daysOff: NamedDay[]
  /** Built-in days (off or worked) that do not apply. */
  removed: IsoDate[]
  /** Weekend days worked in lieu of a day off (ngày làm bù), each with its name. */
  workdays: NamedDay[]
}

export const NO_OVERRIDES: HolidayOverrides = { daysOff: [], removed: [], workdays: [] }

export const HOLIDAY_NAME_MAX = 200

export type HolidayChange =
  | { kind: 'add_day_off'; date: string; name: string }
  | { kind: 'add_workday'; date: string; name: string }
  /** A built-in day off or worked day that does not apply. */
  | { kind: 'remove_built_in'; date: IsoDate }
  /** Takes back a removal: the built-in day applies again. */
  | { kind: 'restore_built_in'; date: IsoDate }
  /** Takes back one of the officer's own days off or worked days. */
  | { kind: 'delete_added'; date: IsoDate }

const WEEKDAY_NAME = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy']

const VI_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/

function invalid(code: string, message: string, details?: Record<string, unknown>): DomainError {
  return new DomainError(code, message, details)
}

/** A date as the officer typed it (dd/mm/yyyy) or as a date picker gives it (yyyy-mm-dd). */
export function readHolidayDate(text: string): IsoDate {
  const value = text.trim()
  if (value === '') throw invalid('holiday_date_missing', 'Cần chọn ngày (dd/mm/yyyy).')
  if (isIsoDate(value)) return value
  const m = VI_DATE.exec(value)
  if (m && isValidYmd(Number(m[3]), Number(m[2]), Number(m[1]))) {
    return toIsoDate(Number(m[3]), Number(m[2]), Number(m[1]))
  }
  throw invalid(
    'holiday_date_invalid',
    `"${value}" không phải một ngày có thật; hãy nhập theo dạng dd/mm/yyyy, ví dụ 12/02/2027.`,
    { value },
  )
}

function readName(name: string): string {
  const clean = name.normalize('NFC').replace(/\s+/g, ' ').trim()
  if (clean === '')
    throw invalid(
      'holiday_name_missing',
      'Cần nhập tên ngày, ví dụ "Nghỉ bù Tết theo thông báo của Chính phủ".',
    )
  if (clean.length > HOLIDAY_NAME_MAX) {
    throw invalid('holiday_name_too_long', `Tên ngày dài quá ${HOLIDAY_NAME_MAX} ký tự.`)
  }
  return clean
}

function checkYear(date: IsoDate, base: HolidayCalendar): void {
  const { year } = parts(date)
  if (year < base.years.from || year > base.years.to) {
    throw invalid(
      'holiday_year_not_covered',
      `Lịch ngày nghỉ chỉ áp dụng cho các năm ${base.years.from}–${base.years.to}; ngày ${formatViDate(date)} nằm ngoài.`,
      { date },
    )
  }
}

function byDate(a: NamedDay, b: NamedDay): number {
  return a.date.localeCompare(b.date)
}

/** The built-in calendar with the officer's changes; the built-in one itself when there are none. */
export function applyHolidayOverrides(base: HolidayCalendar, overrides: HolidayOverrides): HolidayCalendar {
  const { daysOff, removed, workdays } = overrides
  if (daysOff.length === 0 && removed.length === 0 && workdays.length === 0) return base
  const gone = new Set(removed)
  const merge = (builtIn: NamedDay[], added: NamedDay[]) => {
    const days = new Map(builtIn.filter((d) => !gone.has(d.date)).map((d) => [d.date, d]))
    for (const d of added) days.set(d.date, d)
    return [...days.values()].sort(byDate)
  }
  return {
    ...base,
    id: `${base.id}+local`,
    daysOff: merge(base.daysOff, daysOff),
    workdays: merge(base.workdays, workdays),
    source: `${base.source} Có điều chỉnh của địa phương trong Cài đặt.`,
  }
}

function builtInDay(base: HolidayCalendar, date: IsoDate): NamedDay | undefined {
  return base.daysOff.find((d) => d.date === date) ?? base.workdays.find((d) => d.date === date)
}

/**
 * One change applied to the stored overrides, refused with a Vietnamese message when it is not a
 * real date, falls outside the calendar's years, names nothing, or repeats what already holds.
 */
export function changeHolidays(
  overrides: HolidayOverrides,
  change: HolidayChange,
  base: HolidayCalendar,
): HolidayOverrides {
  const effective = applyHolidayOverrides(base, overrides)
  switch (change.kind) {
    case 'add_day_off':
    case 'add_workday': {
      const date = readHolidayDate(change.date)
      checkYear(date, base)
      const name = readName(change.name)
      const off = effective.daysOff.find((d) => d.date === date)
      const worked = effective.workdays.find((d) => d.date === date)
      const shown = formatViDate(date)
      if (change.kind === 'add_day_off') {
        if (off) throw invalid('holiday_duplicate', `Ngày ${shown} đã là ngày nghỉ (${off.name}).`, { date })
        if (worked) {
          throw invalid(
            'holiday_conflict',
            `Ngày ${shown} đang là ngày làm bù (${worked.name}); hãy bỏ ngày làm bù trước.`,
            { date },
          )
        }
        if (isWeekend(date)) {
          throw invalid(
            'holiday_weekend',
            `Ngày ${shown} là ${WEEKDAY_NAME[weekday(date)]}, vốn không phải ngày làm việc.`,
            { date },
          )
        }
        return { ...overrides, daysOff: [...overrides.daysOff, { date, name }].sort(byDate) }
      }
      if (worked)
        throw invalid('holiday_duplicate', `Ngày ${shown} đã là ngày làm bù (${worked.name}).`, { date })
      if (!isWeekend(date)) {
        throw invalid(
          'workday_not_weekend',
          `Ngày làm bù phải là thứ Bảy hoặc Chủ nhật; ngày ${shown} là ${WEEKDAY_NAME[weekday(date)]}.`,
          { date },
        )
      }
      return { ...overrides, workdays: [...overrides.workdays, { date, name }].sort(byDate) }
    }
    case 'remove_built_in': {
      const day = builtInDay(base, change.date)
      const shown = formatViDate(change.date)
      if (!day)
        throw invalid('holiday_not_built_in', `Ngày ${shown} không phải ngày có sẵn trong lịch.`, {
          date: change.date,
        })
      if (overrides.removed.includes(change.date)) {
        throw invalid('holiday_duplicate', `Ngày ${shown} (${day.name}) đã được bỏ.`, { date: change.date })
      }
      return { ...overrides, removed: [...overrides.removed, change.date].sort() }
    }
    case 'restore_built_in': {
      if (!overrides.removed.includes(change.date)) {
        throw invalid('holiday_not_removed', `Ngày ${formatViDate(change.date)} chưa bị bỏ.`, {
          date: change.date,
        })
      }
      return { ...overrides, removed: overrides.removed.filter((d) => d !== change.date) }
    }
    case 'delete_added': {
      const keep = (list: NamedDay[]) => list.filter((d) => d.date !== change.date)
      const next = { ...overrides, daysOff: keep(overrides.daysOff), workdays: keep(overrides.workdays) }
      if (
        next.daysOff.length === overrides.daysOff.length &&
        next.workdays.length === overrides.workdays.length
      ) {
        throw invalid('holiday_not_added', `Ngày ${formatViDate(change.date)} không phải ngày tự thêm.`, {
          date: change.date,
        })
      }
      return next
    }
  }
}

export interface HolidayListing {
  date: IsoDate
  name: string
  /** A day off, or a weekend day worked. */
  kind: 'off' | 'workday'
  origin: 'built_in' | 'added'
  /** A built-in day the officer said does not apply. */
  removed: boolean
  basis: string
}

/** Every day off and worked weekend day of a year, built-in ones (removed included) and added ones. */
export function holidaysOfYear(
  base: HolidayCalendar,
  overrides: HolidayOverrides,
  year: number,
): HolidayListing[] {
  const inYear = (d: NamedDay) => parts(d.date).year === year
  const gone = new Set(overrides.removed)
  const builtIn =
    (kind: HolidayListing['kind']) =>
    (d: NamedDay): HolidayListing => ({
      date: d.date,
      name: d.name,
      kind,
      origin: 'built_in',
      removed: gone.has(d.date),
      basis: d.basis ?? '',
    })
  const added =
    (kind: HolidayListing['kind']) =>
    (d: NamedDay): HolidayListing => ({
      date: d.date,
      name: d.name,
      kind,
      origin: 'added',
      removed: false,
      basis: '',
    })
  return [
    ...base.daysOff.filter(inYear).map(builtIn('off')),
    ...base.workdays.filter(inYear).map(builtIn('workday')),
    ...overrides.daysOff.filter(inYear).map(added('off')),
    ...overrides.workdays.filter(inYear).map(added('workday')),
  ].sort((a, b) => a.date.localeCompare(b.date) || (a.origin === 'added' ? 1 : -1))
}

/** How a change reads in the history ("Thêm ngày nghỉ 12/02/2027: Nghỉ bù Tết"). */
export function describeHolidayChange(change: HolidayChange, base: HolidayCalendar): string {
  switch (change.kind) {
    case 'add_day_off':
      return `Thêm ngày nghỉ ${formatViDate(readHolidayDate(change.date))}: ${readName(change.name)}`
    case 'add_workday':
      return `Thêm ngày làm bù ${formatViDate(readHolidayDate(change.date))}: ${readName(change.name)}`
    case 'remove_built_in':
      return `Bỏ ngày có sẵn ${formatViDate(change.date)}: ${builtInDay(base, change.date)?.name ?? ''}`
    case 'restore_built_in':
      return `Khôi phục ngày có sẵn ${formatViDate(change.date)}: ${builtInDay(base, change.date)?.name ?? ''}`
    case 'delete_added':
      return `Xóa ngày tự thêm ${formatViDate(change.date)}`
  }
}

/**
 * Reading a date as people keep it in a spreadsheet (docs/domain.md §5): a real date cell, an Excel
 * serial number, or text dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy, yyyy-mm-dd. Day first,
 * always (Vietnamese convention). An impossible date (31/02/2024) is an error, never rolled over.
 */
import { addDays, isValidYmd, toIsoDate, type IsoDate } from '../calendar-date'
import { normalizeText } from '../text'
import { dateCellToIso, isBlank, type InventoryCellValue } from './cell'
import type { DateOrder } from './date-order'
import type { ParseOutcome } from './types'

export const DATE_EXPECTED = 'Ngày phải là ô ngày của Excel hoặc có dạng dd/mm/yyyy (ví dụ 15/03/2024)'

// An optional time of day after the date is tolerated (files converted from CSV often carry "00:00").
const DAY_FIRST = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?: \d{1,2}:\d{2}(?::\d{2})?)?$/
// 02/05/25: DOMAIN.md §5 and issue 15 list only four-digit years, so the century is not guessed;
// the cell is refused with a message that shows it written in full.
const TWO_DIGIT_YEAR = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{2})(?: \d{1,2}:\d{2}(?::\d{2})?)?$/
const YEAR_FIRST = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/

export interface DateOptions {
  /** The workbook counts serial numbers from 1904 (old Mac Excel) instead of 1900. */
  date1904?: boolean
  /**
   * How text "a/b/yyyy" is read: day first (the rule, the default) or month first, for a column
   * whose officer chose it (domain/inventory/date-order.ts). Real date cells and serial numbers
   * are dates whatever this says.
   */
  order?: DateOrder
}

/**
 * An Excel serial number as a calendar date. The 1900 system counts 29/02/1900, a day that never
 * was (Lotus 1-2-3's bug, kept by Excel): serial 60 is that day, 59 is 28/02/1900, 61 is 01/03/1900.
 * A fraction is a time of day and is dropped.
 */
export function excelSerialToIso(serial: number, options: DateOptions = {}): ParseOutcome<IsoDate> {
  if (!Number.isFinite(serial) || serial < (options.date1904 ? 0 : 1))
    return { ok: false, message: DATE_EXPECTED }
  const days = Math.floor(serial)
  if (options.date1904) return checked(() => addDays('1904-01-01', days))
  if (days === 60) return { ok: false, message: 'Ngày 29/02/1900 không tồn tại. ' + DATE_EXPECTED }
  // Serial 1 is 01/01/1900; past the phantom 29/02 every serial is one day ahead.
  return checked(() => addDays('1900-01-01', days < 60 ? days - 1 : days - 2))
}

function checked(make: () => IsoDate): ParseOutcome<IsoDate> {
  try {
    return { ok: true, value: make() }
  } catch {
    return { ok: false, message: DATE_EXPECTED }
  }
}

function fromParts(year: number, month: number, day: number, written: string): ParseOutcome<IsoDate> {
  if (!isValidYmd(year, month, day)) {
    return { ok: false, message: `Ngày ${written} không tồn tại. ${DATE_EXPECTED}` }
  }
  return { ok: true, value: toIsoDate(year, month, day) }
}

/** The order's name in a message: "ngày/tháng/năm". */
export const ORDER_WORDS: Record<DateOrder, string> = {
  day_first: 'ngày/tháng/năm',
  month_first: 'tháng/ngày/năm',
}

/**
 * Text "a/b/yyyy" read in the given order. A value that order makes impossible but the other
 * order would read is an error that says so: a date is never swapped on its own.
 */
function fromSlashParts(
  first: number,
  second: number,
  year: number,
  written: string,
  order: DateOrder,
): ParseOutcome<IsoDate> {
  const [day, month] = order === 'day_first' ? [first, second] : [second, first]
  if (!isValidYmd(year, month, day) && isValidYmd(year, day, month)) {
    return {
      ok: false,
      message:
        `Ngày ${written} không tồn tại khi đọc theo thứ tự ${ORDER_WORDS[order]} ` +
        '(chỉ đọc ngược lại mới thành ngày); CapDo không tự đảo ngày và tháng của một ô: ' +
        'hãy sửa ô này trong tệp, hoặc chọn thứ tự khác cho cả cột nếu cả cột ghi như vậy',
    }
  }
  return fromParts(year, month, day, written)
}

/** "02/05/25" → how to write it: the cell's own day and month with a four-digit year as the example. */
function twoDigitYearMessage([written, first, sep, second, year]: RegExpExecArray): string {
  const full = `${first}${sep}${second}${sep}20${year}`
  return (
    `Ngày ${written.split(' ')[0]} ghi năm bằng 2 chữ số nên CapDo không biết là năm nào. ` +
    `Năm phải có 4 chữ số, ví dụ ${full} nếu là năm 20${year}`
  )
}

export function parseDateText(text: string, order: DateOrder = 'day_first'): ParseOutcome<IsoDate> {
  const t = normalizeText(text)
  const dayFirst = DAY_FIRST.exec(t)
  if (dayFirst)
    return fromSlashParts(
      Number(dayFirst[1]),
      Number(dayFirst[3]),
      Number(dayFirst[4]),
      t.split(' ')[0],
      order,
    )
  const shortYear = TWO_DIGIT_YEAR.exec(t)
  if (shortYear) return { ok: false, message: twoDigitYearMessage(shortYear) }
  const yearFirst = YEAR_FIRST.exec(t)
  if (yearFirst) {
    return fromParts(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]), t.split(/[ T]/)[0])
  }
  return { ok: false, message: DATE_EXPECTED }
}

/** A date cell; empty is null. */
export function parseDate(
  value: InventoryCellValue,
  options: DateOptions = {},
): ParseOutcome<IsoDate | null> {
  if (isBlank(value)) return { ok: true, value: null }
  if (value instanceof Date) {
    const iso = dateCellToIso(value)
    return iso ? { ok: true, value: iso } : { ok: false, message: DATE_EXPECTED }
  }
  if (typeof value === 'number') return excelSerialToIso(value, options)
  if (typeof value === 'string') return parseDateText(value, options.order)
  return { ok: false, message: DATE_EXPECTED }
}

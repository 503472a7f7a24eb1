/**
 * The workbook spec: what one sheet of an exported report says, independent of any spreadsheet
 * library. The report builders (pure, tested here) fill it from the evaluated register; the Excel
 * writer (src-renderer/src/excel/export) lays it out as a Decree 30/2020 document. A new report
 * form (Mẫu 08 of Decree 331) is one more builder returning this shape, plus its own preamble.
 */
import type { IsoDate } from '../calendar-date'

export type ReportSheetId = 'summary' | 'register' | 'overdue' | 'upcoming' | 'quarterly' | 'mau08'

export const REPORT_SHEET_IDS: readonly ReportSheetId[] = [
  'summary',
  'register',
  'overdue',
  'upcoming',
  'quarterly',
  'mau08',
]

/** A calendar date, written as a real spreadsheet date shown dd/mm/yyyy. */
export interface DateCell {
  date: IsoDate
}

/** A share in [0, 1], written as a number shown as a percentage. */
export interface RateCell {
  rate: number
}

/** Strings are always written as text, whatever they start with (never as a formula). */
export type ReportCell = string | number | null | DateCell | RateCell

export interface ReportColumn {
  header: string
  /** A group header merged over consecutive columns that share it (e.g. "Phê duyệt hồ sơ"). */
  group?: string
  /** Width in spreadsheet character units. */
  width: number
  align: 'left' | 'center' | 'right'
}

/**
 * `section`: a heading row inside the table (A. Theo cấp độ); `group`: a subtotal row (a block
 * above its units); `total`: the totals row; `numbering`: the row under the column titles that
 * numbers them (1), (2)… as official forms do, printed with the header on every page.
 */
export type ReportRowStyle = 'section' | 'group' | 'total' | 'numbering'

export interface ReportRow {
  cells: ReportCell[]
  style?: ReportRowStyle
}

/**
 * The lines of an official letter (công văn, Decree 30/2020 ô 3, 5b, 9a): the number under the
 * issuing body, the "V/v …" subject under it, and "Kính gửi: …" above the text.
 */
export interface LetterHeading {
  /** "Số: ......" */
  number: string
  /** "V/v kết quả công tác bảo đảm an ninh mạng hệ thống thông tin" */
  subject: string
  /**
   * The addressees after "Kính gửi:" (addresseeLines): one printed on the "Kính gửi:" line,
   * several each on a line of their own.
   */
  addressees: string[]
}

/** Sheets made outside the report export: a round's list of units without a reply (issue #17). */
export type OtherSheetId = 'round_not_replied'

export interface ReportSheet {
  id: ReportSheetId | OtherSheetId
  /** The worksheet tab (≤ 31 characters, none of : \ / ? * [ ]). */
  name: string
  /** Tên loại và trích yếu: printed bold, centred, in capitals. */
  title: string
  /** Lines under the title ("Tính đến ngày 23/11/2026"). */
  subtitles: string[]
  /** Paragraphs between the title and the table (reporting period, due date). */
  preamble: string[]
  /** Set when the sheet is a letter (Mẫu 08 is a công văn). */
  letter?: LetterHeading
  /** A report's "Số: ....../BC-…" under the issuing body (a letter's is letter.number). */
  numberLine?: string
  orientation: 'portrait' | 'landscape'
  columns: ReportColumn[]
  rows: ReportRow[]
  /** A data sheet meant to be filtered and imported back: frozen header and auto-filter. */
  dataSheet: boolean
  /**
   * How many of the first columns print (default: all). The others stay in the workbook, to be
   * filtered on screen and imported back, outside the print area; their text does not wrap, so
   * only what prints sets a row's height.
   */
  printColumns?: number
  /** Shown in the table when there are no rows. */
  emptyText: string
}

export function isDateCell(cell: ReportCell): cell is DateCell {
  return typeof cell === 'object' && cell !== null && 'date' in cell
}

export function isRateCell(cell: ReportCell): cell is RateCell {
  return typeof cell === 'object' && cell !== null && 'rate' in cell
}

/** A date cell, or an empty cell when there is no date. */
export function dateCell(date: IsoDate | null | undefined): DateCell | null {
  return date ? { date } : null
}

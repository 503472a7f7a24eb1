/**
 * The bordered report table: header rows with merged group headers, then one spreadsheet row per
 * report row. Dates become real dates (UTC midnight, so no time zone shifts them a day) shown
 * dd/mm/yyyy, rates numbers shown as percentages, and every string stays a string: a value that
 * starts with = + - @ is text, never a formula.
 */
import type { CellValue, Style, Worksheet } from 'exceljs'
import { dayNumber } from '../../domain/calendar-date'
import { isDateCell, isRateCell, type ReportCell, type ReportSheet } from '../../domain/report/sheet'
import { putMerged, type Frame } from './document-frame'
import { ALL_BORDERS, align, font, SIZE, tableCellStyles, type CellKind } from './styles'
import { heightFor, lineCount, lineCounter } from './text-fit'

export interface TableRows {
  headerFrom: number
  headerTo: number
  bodyFrom: number
  /** The last row of the table (the header's last row when there are no rows). */
  bodyTo: number
}

const headerStyle: Partial<Style> = {
  font: font(SIZE.body, { bold: true }),
  border: ALL_BORDERS,
  alignment: align('center'),
}

const numberingStyle: Partial<Style> = {
  font: font(SIZE.body, { italic: true }),
  border: ALL_BORDERS,
  alignment: align('center'),
}

interface HeaderSpan {
  from: number
  to: number
  group: string | undefined
}

function headerSpans(sheet: ReportSheet): HeaderSpan[] {
  const spans: HeaderSpan[] = []
  sheet.columns.forEach((column, i) => {
    const last = spans[spans.length - 1]
    if (column.group && last && last.group === column.group && last.to === i) last.to = i + 1
    else spans.push({ from: i + 1, to: i + 1, group: column.group })
  })
  return spans
}

function spanWidth(frame: Frame, from: number, to: number): number {
  return frame.widths.slice(from - 1, to).reduce((a, b) => a + b, 0)
}

function writeHeader(ws: Worksheet, sheet: ReportSheet, frame: Frame, row: number): number {
  const spans = headerSpans(sheet)
  const grouped = spans.some((s) => s.group)
  const lines = (text: string, from: number, to: number): number =>
    lineCount(text, spanWidth(frame, from, to), SIZE.body, true)
  if (!grouped) {
    let most = 1
    sheet.columns.forEach((column, i) => {
      putMerged(ws, row, i + 1, i + 1, column.header, headerStyle)
      most = Math.max(most, lines(column.header, i + 1, i + 1))
    })
    ws.getRow(row).height = heightFor(most, SIZE.body)
    return row
  }
  let top = 1
  let bottom = 1
  let tall = 1
  for (const span of spans) {
    if (span.group) {
      putMerged(ws, row, span.from, span.to, span.group, headerStyle)
      top = Math.max(top, lines(span.group, span.from, span.to))
      for (let c = span.from; c <= span.to; c++) {
        const header = sheet.columns[c - 1].header
        putMerged(ws, row + 1, c, c, header, headerStyle)
        bottom = Math.max(bottom, lines(header, c, c))
      }
    } else {
      const header = sheet.columns[span.from - 1].header
      const cell = ws.getCell(row, span.from)
      cell.value = header
      cell.style = headerStyle
      ws.mergeCells(row, span.from, row + 1, span.from)
      tall = Math.max(tall, lines(header, span.from, span.from))
    }
  }
  // A header merged over both rows must fit in their sum.
  bottom = Math.max(bottom, tall - top)
  ws.getRow(row).height = heightFor(top, SIZE.body)
  ws.getRow(row + 1).height = heightFor(bottom, SIZE.body)
  return row + 1
}

function kindOf(cell: ReportCell): CellKind {
  if (typeof cell === 'number') return 'number'
  if (cell === null || typeof cell === 'string') return 'text'
  return isDateCell(cell) ? 'date' : 'rate'
}

/**
 * A date cell's value: one Date per distinct day, shared by every cell of the table showing it
 * (exceljs only reads it), instead of one per cell — a 20,000-row register holds ~200,000 dates.
 */
function dateValues(): (date: string) => Date {
  const known = new Map<string, Date>()
  return (date) => {
    let value = known.get(date)
    if (value === undefined) {
      value = new Date(dayNumber(date) * 86_400_000)
      known.set(date, value)
    }
    return value
  }
}

function valueOf(cell: ReportCell, dateOf: (date: string) => Date): CellValue {
  if (cell === null || typeof cell === 'string' || typeof cell === 'number') return cell
  if (isDateCell(cell)) return dateOf(cell.date)
  if (isRateCell(cell)) return cell.rate
  return null
}

const PROGRESS_EVERY = 500

/**
 * Writes the table from `row`. `onRows(n)` is told every few hundred rows how many are written.
 */
export function writeTable(
  ws: Worksheet,
  sheet: ReportSheet,
  frame: Frame,
  row: number,
  onRows?: (written: number) => void,
): TableRows {
  let headerTo = writeHeader(ws, sheet, frame, row)
  // The numbering row belongs to the header: printed under the titles on every page.
  const numbering = sheet.rows[0]?.style === 'numbering' ? sheet.rows[0] : undefined
  if (numbering) {
    headerTo++
    sheet.columns.forEach((_, c) =>
      putMerged(ws, headerTo, c + 1, c + 1, String(numbering.cells[c] ?? ''), numberingStyle),
    )
  }
  const rows = numbering ? sheet.rows.slice(1) : sheet.rows
  const done = sheet.rows.length - rows.length
  const bodyFrom = headerTo + 1
  if (rows.length === 0) {
    putMerged(ws, bodyFrom, 1, sheet.columns.length, sheet.emptyText, {
      font: font(SIZE.body, { italic: true }),
      border: ALL_BORDERS,
      alignment: align('center'),
    })
    return { headerFrom: row, headerTo, bodyFrom, bodyTo: bodyFrom }
  }
  const printed = sheet.printColumns ?? sheet.columns.length
  const styles = sheet.columns.map((c, i) => tableCellStyles(c.align, i < printed))
  const fits = frame.widths.map((w) => ({
    plain: lineCounter(w, SIZE.body),
    bold: lineCounter(w, SIZE.body, true),
  }))
  const dateOf = dateValues()
  rows.forEach((reportRow, i) => {
    const xlsxRow = ws.getRow(bodyFrom + i)
    const emphasis = reportRow.style ? 'bold' : 'plain'
    let lines = 1
    for (let c = 0; c < sheet.columns.length; c++) {
      const value = reportRow.cells[c] ?? null
      const cell = xlsxRow.getCell(c + 1)
      cell.value = valueOf(value, dateOf)
      cell.style = styles[c][emphasis][kindOf(value)]
      if (typeof value === 'string' && c < printed) lines = Math.max(lines, fits[c][emphasis](value))
    }
    // LibreOffice does not fit row heights when it opens a file: wrapped rows get their height here.
    // A report's rows all do, so that the page breaks laid out for it (page-setup.ts) fall true.
    if (lines > 1 || !sheet.dataSheet) xlsxRow.height = heightFor(lines, SIZE.body)
    if (onRows && (i + 1) % PROGRESS_EVERY === 0) onRows(done + i + 1)
  })
  onRows?.(sheet.rows.length)
  return { headerFrom: row, headerTo, bodyFrom, bodyTo: bodyFrom + rows.length - 1 }
}

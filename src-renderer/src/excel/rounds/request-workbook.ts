/**
 * A request workbook (phiếu) for one unit of a collection round, written with exceljs in Node (CLI)
 * and the browser alike: an instructions sheet, the data sheet (the import format's columns, the
 * unit's systems prefilled, empty rows to add systems, dropdowns, real dd/mm/yyyy dates, the title
 * and header rows protected, everything under them editable, rows insertable and deletable), and
 * the hidden marker (domain/rounds/marker.ts) on a very hidden sheet. Text is always written as
 * text, so a name starting with "=" never becomes a formula.
 */
import ExcelJS from 'exceljs'
import { dayNumber, formatViDate } from '../../domain/calendar-date'
import { MARKER_SHEET, markerRows, type ReplyMarker } from '../../domain/rounds/marker'
import {
  DROPDOWNS,
  EMPTY_ROWS,
  instructionLines,
  REQUEST_COLUMNS,
  type RequestCell,
  type RequestColumn,
  type RequestLetter,
} from '../../domain/rounds/request-sheet'
import { ALL_BORDERS, align, font, PAPER_A4 } from '../export/styles'
import { heightFor, lineCount } from '../export/text-fit'

export const DATA_SHEET = 'Danh mục HTTT'
export const GUIDE_SHEET = 'Hướng dẫn'
/** The header row of the data sheet (rows above: title, unit and dates, a blank line). */
export const HEADER_ROW = 4

const DATE_FORMAT = 'dd/mm/yyyy'

export interface RequestWorkbookInput {
  letter: RequestLetter
  marker: ReplyMarker
  /** The unit's systems, as rows of REQUEST_COLUMNS (domain/rounds/request-sheet.ts requestRow). */
  rows: readonly RequestCell[][]
}

const bodyStyle = (column: RequestColumn): Partial<ExcelJS.Style> => ({
  font: font(12),
  border: ALL_BORDERS,
  alignment: align(column.input === 'text' ? 'left' : 'center'),
  protection: { locked: false },
  ...(column.input === 'date' ? { numFmt: DATE_FORMAT } : {}),
})

const listFormula = (items: readonly string[]): string => `"${items.join(',')}"`

function validationOf(column: RequestColumn): ExcelJS.DataValidation | null {
  const prompt = column.prompt ? { showInputMessage: true, prompt: column.prompt } : {}
  switch (column.input) {
    case 'level':
    case 'status':
    case 'assessmentKind':
      return {
        type: 'list',
        allowBlank: true,
        formulae: [listFormula(DROPDOWNS[column.input])],
        showErrorMessage: true,
        errorStyle: 'stop',
        errorTitle: 'Giá trị không có trong danh sách',
        error: 'Hãy chọn một giá trị trong danh sách của ô.',
        ...prompt,
      }
    case 'deployment':
      // A date is also accepted (fully deployed on that day): the list only offers, it does not refuse.
      return {
        type: 'list',
        allowBlank: true,
        formulae: [listFormula(DROPDOWNS.deployment)],
        showErrorMessage: false,
        ...prompt,
      }
    case 'date':
      return {
        type: 'date',
        operator: 'greaterThan',
        allowBlank: true,
        formulae: [new Date(Date.UTC(1990, 0, 1))],
        showErrorMessage: true,
        errorStyle: 'warning',
        errorTitle: 'Ngày không hợp lệ',
        error: 'Hãy ghi ngày dạng dd/mm/yyyy, ví dụ 15/03/2026.',
        ...prompt,
      }
    case 'text':
      // Free text: a prompt only (a text-length rule any text meets).
      return column.prompt
        ? { type: 'textLength', operator: 'lessThanOrEqual', allowBlank: true, formulae: [32767], ...prompt }
        : null
    case 'serial':
      return null
  }
}

function cellValue(cell: RequestCell): ExcelJS.CellValue {
  if (cell === null || typeof cell === 'string' || typeof cell === 'number') return cell === '' ? null : cell
  const day = dayNumber(cell.date)
  return new Date(day * 86_400_000)
}

function writeGuide(workbook: ExcelJS.Workbook, input: RequestWorkbookInput): void {
  const ws = workbook.addWorksheet(GUIDE_SHEET, { views: [{ showGridLines: false }] })
  ws.getColumn(1).width = 120
  instructionLines(input.letter, input.marker.unitName, DATA_SHEET).forEach((line, i) => {
    const cell = ws.getCell(i + 1, 1)
    const size = i === 0 ? 14 : 12
    cell.value = line === '' ? null : line
    cell.font = font(size, i === 0 ? { bold: true } : {})
    cell.alignment = { wrapText: true, vertical: 'top' }
    // Spreadsheet programs do not grow a row for wrapped text written by a library: measured here.
    ws.getRow(i + 1).height = heightFor(lineCount(line, 120, size, i === 0), size)
  })
  ws.pageSetup = {
    paperSize: PAPER_A4,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
  }
}

function writeData(workbook: ExcelJS.Workbook, input: RequestWorkbookInput): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(DATA_SHEET)
  const columns = REQUEST_COLUMNS
  columns.forEach((column, i) => {
    const col = ws.getColumn(i + 1)
    col.width = column.width
    // Column styles reach the cells a unit adds below or inserts: editable, dates as dates.
    col.style = { protection: { locked: false }, ...(column.input === 'date' ? { numFmt: DATE_FORMAT } : {}) }
  })
  const { letter, marker } = input
  const locked = { locked: true }
  const title = ws.getCell(1, 1)
  title.value = 'PHIẾU CẬP NHẬT DANH MỤC HỆ THỐNG THÔNG TIN VÀ CẤP ĐỘ AN TOÀN HỆ THỐNG THÔNG TIN'
  title.font = font(14, { bold: true })
  title.protection = locked
  const line = ws.getCell(2, 1)
  line.value =
    `Đơn vị: ${marker.unitName} — Số liệu tính đến ngày ${formatViDate(letter.asOf)} — ` +
    `Hạn gửi lại: ${formatViDate(letter.dueOn)} (Công văn số ${letter.letterNo} ngày ${formatViDate(letter.letterDate)})`
  line.font = font(12, { italic: true })
  line.protection = locked
  ws.getCell(3, 1).protection = locked

  const header = ws.getRow(HEADER_ROW)
  columns.forEach((column, i) => {
    const cell = header.getCell(i + 1)
    cell.value = column.header
    cell.font = font(12, { bold: true })
    cell.border = ALL_BORDERS
    cell.alignment = align('center')
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } }
    cell.protection = locked
  })
  header.height = 48

  const styles = columns.map(bodyStyle)
  const validations = columns.map(validationOf)
  const total = input.rows.length + EMPTY_ROWS
  for (let r = 0; r < total; r++) {
    const row = ws.getRow(HEADER_ROW + 1 + r)
    const values = input.rows[r]
    if (values) {
      const lines = columns.map((column, c) => {
        const value = values[c]
        return typeof value === 'string' && column.input === 'text' ? lineCount(value, column.width, 12) : 1
      })
      row.height = heightFor(Math.max(...lines), 12)
    }
    columns.forEach((_, c) => {
      const cell = row.getCell(c + 1)
      if (values) cell.value = cellValue(values[c] ?? null)
      cell.style = styles[c]
      const validation = validations[c]
      if (validation) cell.dataValidation = validation
    })
  }
  ws.views = [{ state: 'frozen', xSplit: 3, ySplit: HEADER_ROW }]
  ws.pageSetup = {
    paperSize: PAPER_A4,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
  }
  return ws
}

function writeMarker(workbook: ExcelJS.Workbook, marker: ReplyMarker): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(MARKER_SHEET, { state: 'veryHidden' })
  markerRows(marker).forEach((cells, r) => {
    cells.forEach((text, c) => {
      const cell = ws.getCell(r + 1, c + 1)
      cell.numFmt = '@'
      cell.value = text
    })
  })
  return ws
}

export async function buildRequestWorkbook(input: RequestWorkbookInput): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'CapDo'
  workbook.title = `Phiếu cập nhật danh mục HTTT — ${input.marker.unitName}`
  workbook.created = new Date(dayNumber(input.letter.letterDate) * 86_400_000)
  workbook.modified = workbook.created
  writeGuide(workbook, input)
  const data = writeData(workbook, input)
  const marker = writeMarker(workbook, input.marker)
  // The headers and the marker are guarded against slips, not secrets: no password.
  await data.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatCells: true,
    formatColumns: true,
    formatRows: true,
    insertRows: true,
    deleteRows: true,
    sort: true,
    autoFilter: true,
  })
  await marker.protect('', { selectLockedCells: true })
  workbook.views = [
    { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 1, visibility: 'visible' },
  ]
  const written: ArrayBuffer | Uint8Array = await workbook.xlsx.writeBuffer()
  return ArrayBuffer.isView(written)
    ? new Uint8Array(written.buffer, written.byteOffset, written.byteLength)
    : new Uint8Array(written)
}

/**
 * Reading an inventory file in Node (the CLI) and the browser (the import screen) alike: find
 * what the file is by its bytes (file-kind.ts), open it with its reader (.xlsx: exceljs; .xls and
 * .ods: SheetJS, loaded on demand; .csv/.txt: the text reader), find the first sheet with a
 * recognisable header row (a guide sheet may come first) and hand its grid to the pure parser of
 * domain/inventory — the same parser for every format. Every failure is a DomainError with a
 * Vietnamese message.
 */
import { DomainError } from '../../domain/errors'
import type { InventoryField } from '../../domain/inventory/columns'
import type { DateOrderChoices } from '../../domain/inventory/date-order'
import { detectHeaderRow, expectedHeadersMessage, HEADER_SCAN_ROWS } from '../../domain/inventory/header'
import { parseInventoryGrid } from '../../domain/inventory/parse-inventory'
import type { InventoryParseResult } from '../../domain/inventory/types'
import { textFormatLine } from '../../i18n/file-format'
import { sniffFileKind } from './file-kind'
import { readSheetJsBook } from './read-sheetjs'
import { readTextBook } from './read-text'
import { readXlsxBook } from './read-xlsx'
import type { FileFormat, SourceBook, SourceSheet, TextReadOptions } from './source-book'

export interface ReadInventoryOptions extends TextReadOptions {
  /** User overrides: field → 0-based column index (negative un-maps the field). */
  mapping?: Partial<Record<InventoryField, number>>
  /** Read this worksheet instead of the first one with a header row. */
  sheetName?: string
  /** The header row's Excel row number, when the user names it. */
  headerRow?: number
  /** Today's real date: dates of things done after it are errors (see parse-inventory.ts). */
  today?: string
  /** The order the officer chose for the text dates of some columns (domain/inventory/date-order.ts). */
  dateOrders?: DateOrderChoices
  onProgress?: (fraction: number) => void
}

/** The reading, and what the file turned out to be (a text file: its encoding and separator). */
export type InventoryFileResult = InventoryParseResult & { format: FileFormat }

function toBytes(data: Uint8Array | ArrayBuffer): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data)
}

/** Opens any supported file as named sheets of plain grids. */
export async function openSourceBook(
  data: Uint8Array | ArrayBuffer,
  options: TextReadOptions = {},
): Promise<SourceBook> {
  const bytes = toBytes(data)
  const kind = sniffFileKind(bytes)
  switch (kind) {
    case 'xlsx':
      return readXlsxBook(bytes)
    case 'xls':
    case 'ods':
      return readSheetJsBook(bytes, kind)
    case 'text':
      return readTextBook(bytes, options)
  }
}

/** Visible sheets first, in workbook order; hidden ones only after them. */
export function sheetsInReadingOrder(book: SourceBook): SourceSheet[] {
  return [...book.sheets.filter((s) => !s.hidden), ...book.sheets.filter((s) => s.hidden)]
}

export function findSheet(book: SourceBook, name: string): SourceSheet {
  const sheet = book.sheets.find((s) => s.name === name)
  if (!sheet) {
    throw new DomainError('no_sheet', `Không có trang tính "${name}" trong tệp.`, { sheetName: name })
  }
  return sheet
}

function pickSheet(book: SourceBook, options: ReadInventoryOptions): SourceSheet {
  // A text file has one sheet, whatever name a previous reading gave it.
  if (book.format.kind === 'text') {
    const [sheet] = book.sheets
    if (options.headerRow === undefined && detectHeaderRow(sheet.grid(HEADER_SCAN_ROWS)) === null) {
      throw noHeader(book, book.sheets)
    }
    return sheet
  }
  if (options.sheetName !== undefined) return findSheet(book, options.sheetName)
  const sheets = sheetsInReadingOrder(book)
  if (options.headerRow !== undefined) return sheets[0]
  const found = sheets.find((s) => detectHeaderRow(s.grid(HEADER_SCAN_ROWS)) !== null)
  if (!found) throw noHeader(book, sheets)
  return found
}

function noHeader(book: SourceBook, sheets: readonly SourceSheet[]): DomainError {
  const { format } = book
  const where =
    format.kind === 'text'
      ? `đã đọc tệp văn bản với ${textFormatLine(format.encoding, format.separator, format.bom)}; ` +
        'nếu chữ bị lỗi phông hoặc các cột bị dồn vào một ô, hãy chọn bảng mã hoặc dấu phân cách khác'
      : `đã xem các trang tính: ${sheets.map((s) => `"${s.name}"`).join(', ')}`
  return new DomainError(
    'no_header',
    `Không tìm thấy dòng tiêu đề của danh mục hệ thống trong tệp (${where}). ` + expectedHeadersMessage(),
  )
}

export async function readInventoryWorkbook(
  data: Uint8Array | ArrayBuffer,
  options: ReadInventoryOptions = {},
): Promise<InventoryFileResult> {
  const progress = options.onProgress ?? (() => undefined)
  progress(0)
  const book = await openSourceBook(data, options)
  progress(0.6)
  const sheet = pickSheet(book, options)
  const grid = sheet.grid()
  progress(0.8)
  const result = parseInventoryGrid(grid, {
    sheetName: sheet.name,
    mapping: options.mapping,
    headerRow: options.headerRow,
    today: options.today,
    dateOrders: options.dateOrders,
    date1904: book.date1904,
  })
  progress(1)
  return { ...result, format: book.format }
}

/**
 * Reading an inventory workbook (.xlsx) with exceljs, in Node (the CLI) and the browser (the
 * import screen) alike: load, find the first worksheet with a recognisable header row (a guide
 * sheet may come first), flatten it to a plain grid and hand it to the pure parser of
 * domain/inventory. Every failure is a DomainError with a Vietnamese message.
 */
import ExcelJS from 'exceljs'
import { DomainError } from '../../domain/errors'
import type { InventoryField } from '../../domain/inventory/columns'
import { detectHeaderRow, expectedHeadersMessage, HEADER_SCAN_ROWS } from '../../domain/inventory/header'
import { parseInventoryGrid } from '../../domain/inventory/parse-inventory'
import type { InventoryParseResult } from '../../domain/inventory/types'
import { worksheetToGrid } from './sheet-grid'
import { assertWorkbookWithinLimits } from './zip-limits'

export interface ReadInventoryOptions {
  /** User overrides: field → 0-based column index (negative un-maps the field). */
  mapping?: Partial<Record<InventoryField, number>>
  /** Read this worksheet instead of the first one with a header row. */
  sheetName?: string
  /** The header row's Excel row number, when the user names it. */
  headerRow?: number
  onProgress?: (fraction: number) => void
}

const UNREADABLE =
  'Không đọc được tệp: tệp không phải là bảng tính Excel (.xlsx) hoặc đã bị hỏng. ' +
  'Hãy mở tệp bằng Excel và lưu lại dưới dạng "Excel Workbook (*.xlsx)".'
const LEGACY_XLS =
  'Tệp Excel 97–2003 (.xls) chưa được hỗ trợ. Hãy mở tệp bằng Excel và lưu lại dưới dạng "Excel Workbook (*.xlsx)".'

// The signature of an OLE2 compound file: an old .xls workbook.
const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0]

function toBytes(data: Uint8Array | ArrayBuffer): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data)
}

async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  if (OLE2_MAGIC.every((b, i) => bytes[i] === b)) throw new DomainError('unreadable_file', LEGACY_XLS)
  // Zip bombs and oversized sheets are refused before exceljs inflates anything.
  assertWorkbookWithinLimits(bytes)
  const workbook = new ExcelJS.Workbook()
  try {
    // exceljs types its input as Node's Buffer; JSZip underneath takes any Uint8Array.
    await workbook.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx['load']>[0])
  } catch (error) {
    throw new DomainError('unreadable_file', UNREADABLE, { cause: String(error) })
  }
  if (workbook.worksheets.length === 0) throw new DomainError('unreadable_file', UNREADABLE)
  return workbook
}

/** Visible sheets first, in workbook order; hidden ones only after them. */
function sheetsInReadingOrder(workbook: ExcelJS.Workbook): ExcelJS.Worksheet[] {
  const visible = workbook.worksheets.filter((w) => w.state === 'visible' || w.state === undefined)
  return [...visible, ...workbook.worksheets.filter((w) => !visible.includes(w))]
}

function pickWorksheet(workbook: ExcelJS.Workbook, options: ReadInventoryOptions): ExcelJS.Worksheet {
  if (options.sheetName !== undefined) {
    const sheet = workbook.getWorksheet(options.sheetName)
    if (!sheet) {
      throw new DomainError('no_sheet', `Không có trang tính "${options.sheetName}" trong tệp.`, {
        sheetName: options.sheetName,
      })
    }
    return sheet
  }
  const sheets = sheetsInReadingOrder(workbook)
  if (options.headerRow !== undefined) return sheets[0]
  const found = sheets.find((w) => detectHeaderRow(worksheetToGrid(w, HEADER_SCAN_ROWS)) !== null)
  if (!found) {
    const names = sheets.map((w) => `"${w.name}"`).join(', ')
    throw new DomainError(
      'no_header',
      `Không tìm thấy dòng tiêu đề của danh mục hệ thống trong tệp (đã xem các trang tính: ${names}). ` +
        expectedHeadersMessage(),
    )
  }
  return found
}

export async function readInventoryWorkbook(
  data: Uint8Array | ArrayBuffer,
  options: ReadInventoryOptions = {},
): Promise<InventoryParseResult> {
  const progress = options.onProgress ?? (() => undefined)
  progress(0)
  const workbook = await loadWorkbook(toBytes(data))
  progress(0.6)
  const worksheet = pickWorksheet(workbook, options)
  const grid = worksheetToGrid(worksheet)
  progress(0.8)
  const result = parseInventoryGrid(grid, {
    sheetName: worksheet.name,
    mapping: options.mapping,
    headerRow: options.headerRow,
    date1904: workbook.properties.date1904 === true,
  })
  progress(1)
  return result
}

/**
 * Limits for a hostile workbook, checked BEFORE exceljs loads it (exceljs inflates every part and
 * builds a Row object per <row>, so a zip bomb or a sheet of a million empty rows would exhaust
 * memory inside it). An .xlsx is a zip: its central directory lists every entry with its
 * compressed and uncompressed size, which fflate reads without inflating anything. Then each
 * worksheet alone is inflated (bounded by the limits just checked) to read its declared
 * <dimension> and count its rows, and dropped again. Every refusal is a DomainError in Vietnamese.
 */
import { unzipSync, type UnzipFileInfo } from 'fflate'
import { DomainError } from '../../domain/errors'
import { UNREADABLE_MESSAGES } from './file-kind'
import { formatCount } from '../../domain/number-format'

export const MAX_ZIP_ENTRIES = 2_000
export const MAX_UNCOMPRESSED_BYTES = 300 * 1024 * 1024
export const MAX_COMPRESSION_RATIO = 200
/** Small parts (styles, a tiny sheet of identical cells) may compress very well and are harmless. */
export const RATIO_CHECK_MIN_BYTES = 1024 * 1024
/** A <dimension> beyond Excel's own grid (1,048,576 rows × 16,384 columns) is not a real sheet. */
export const MAX_DECLARED_ROWS = 1_100_000
export const MAX_DECLARED_COLUMNS = 16_384
/**
 * Rows actually present in one sheet. A province's inventory has hundreds to a few thousand systems
 * (the benchmark uses 20,000); 100,000 leaves room and keeps exceljs well within memory.
 */
export const MAX_SHEET_ROWS = 100_000

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/i
// <dimension ref="A1:Z100"/> or ref="A1"; the element sits at the top of the sheet XML.
const DIMENSION = /<(?:\w+:)?dimension\b[^>]*\bref\s*=\s*["']([A-Za-z$0-9:]+)["']/
const DIMENSION_SCAN_BYTES = 64 * 1024

function vi(n: number): string {
  return formatCount(n)
}

function megabytes(bytes: number): string {
  return vi(Math.ceil(bytes / (1024 * 1024)))
}

function refuse(code: string, message: string, details: Record<string, unknown>): never {
  throw new DomainError(code, `${message} CapDo không mở tệp này để bảo vệ máy tính.`, details)
}

/** Reads the central directory only: fflate calls the filter per entry and inflates nothing. */
function listEntries(bytes: Uint8Array): UnzipFileInfo[] {
  const entries: UnzipFileInfo[] = []
  try {
    unzipSync(bytes, {
      filter: (entry) => {
        entries.push(entry)
        return false
      },
    })
  } catch (error) {
    throw new DomainError('unreadable_file', UNREADABLE_MESSAGES.brokenZip, { cause: String(error) })
  }
  return entries
}

function checkEntries(entries: UnzipFileInfo[]): void {
  if (entries.length > MAX_ZIP_ENTRIES) {
    refuse(
      'zip_too_many_entries',
      `Tệp gồm ${vi(entries.length)} thành phần nén, nhiều hơn giới hạn ${vi(MAX_ZIP_ENTRIES)} của một bảng tính; ` +
        'tệp có thể bị hỏng hoặc được tạo ra để làm treo máy.',
      { entries: entries.length },
    )
  }
  const total = entries.reduce((sum, entry) => sum + entry.originalSize, 0)
  if (total > MAX_UNCOMPRESSED_BYTES) {
    refuse(
      'zip_too_large',
      `Khi giải nén, tệp chiếm khoảng ${megabytes(total)} MB, vượt giới hạn ${megabytes(MAX_UNCOMPRESSED_BYTES)} MB. ` +
        'Hãy tách danh mục thành các tệp nhỏ hơn.',
      { uncompressedBytes: total },
    )
  }
  for (const entry of entries) {
    if (entry.originalSize < RATIO_CHECK_MIN_BYTES) continue
    const ratio = entry.originalSize / Math.max(entry.size, 1)
    if (ratio > MAX_COMPRESSION_RATIO) {
      refuse(
        'zip_bomb',
        `Thành phần “${entry.name}” của tệp được nén với tỉ lệ ${vi(Math.round(ratio))}:1, vượt giới hạn ` +
          `${MAX_COMPRESSION_RATIO}:1 — dấu hiệu của một “bom nén” (zip bomb).`,
        { entry: entry.name, ratio },
      )
    }
  }
}

/** Column letters to a 1-based number: A → 1, XFD → 16384. */
function columnNumber(letters: string): number {
  let n = 0
  for (const letter of letters.toUpperCase()) n = n * 26 + (letter.charCodeAt(0) - 64)
  return n
}

/** The last row and column a <dimension ref> declares, or null when the sheet has none. */
export function declaredExtent(sheetXmlStart: string): { rows: number; columns: number } | null {
  const ref = DIMENSION.exec(sheetXmlStart)?.[1]
  if (ref === undefined) return null
  const last = ref.split(':').at(-1)?.replace(/\$/g, '') ?? ''
  const cell = /^([A-Za-z]{1,})(\d+)$/.exec(last)
  if (cell === null) return null
  return { rows: Number(cell[2]), columns: columnNumber(cell[1]) }
}

const ROW_TAG = [0x3c, 0x72, 0x6f, 0x77] // "<row"

/** Counts <row> elements in sheet XML bytes, stopping once past `limit`. */
export function countRows(xml: Uint8Array, limit: number): number {
  let count = 0
  for (let i = xml.indexOf(ROW_TAG[0]); i !== -1 && i < xml.length - 4; i = xml.indexOf(ROW_TAG[0], i + 1)) {
    if (xml[i + 1] !== ROW_TAG[1] || xml[i + 2] !== ROW_TAG[2] || xml[i + 3] !== ROW_TAG[3]) continue
    const next = xml[i + 4]
    // "<row " / "<row>" / "<row/>", not "<rows" or another tag starting with "row".
    if (next === 0x20 || next === 0x3e || next === 0x2f || next === 0x09 || next === 0x0a || next === 0x0d) {
      count += 1
      if (count > limit) return count
    }
  }
  return count
}

function checkWorksheet(bytes: Uint8Array, name: string): void {
  const xml = unzipSync(bytes, { filter: (entry) => entry.name === name })[name]
  if (xml === undefined) return
  const start = new TextDecoder().decode(xml.subarray(0, DIMENSION_SCAN_BYTES))
  const extent = declaredExtent(start)
  if (extent !== null && extent.rows > MAX_DECLARED_ROWS) {
    refuse(
      'sheet_too_large',
      `Trang tính (${name}) khai báo ${vi(extent.rows)} dòng, vượt giới hạn ${vi(MAX_DECLARED_ROWS)} dòng ` +
        '(Excel chỉ có 1.048.576 dòng); tệp không hợp lệ.',
      { entry: name, rows: extent.rows },
    )
  }
  if (extent !== null && extent.columns > MAX_DECLARED_COLUMNS) {
    refuse(
      'sheet_too_large',
      `Trang tính (${name}) khai báo ${vi(extent.columns)} cột, vượt giới hạn ${vi(MAX_DECLARED_COLUMNS)} cột ` +
        'của Excel; tệp không hợp lệ.',
      { entry: name, columns: extent.columns },
    )
  }
  if (countRows(xml, MAX_SHEET_ROWS) > MAX_SHEET_ROWS) {
    refuse(
      'sheet_too_large',
      `Trang tính (${name}) có hơn ${vi(MAX_SHEET_ROWS)} dòng (kể cả các dòng trống đã được định dạng) — quá lớn ` +
        'cho một danh mục hệ thống. Hãy xoá các dòng thừa ở cuối trang tính rồi lưu lại.',
      { entry: name, limit: MAX_SHEET_ROWS },
    )
  }
}

/** The limits every zip-based workbook (.xlsx, .ods) must pass before any part is inflated. */
export function assertZipWithinLimits(bytes: Uint8Array): void {
  checkEntries(listEntries(bytes))
}

/**
 * Throws a DomainError when the .xlsx bytes exceed any limit; returns quietly otherwise. Inflates
 * nothing until the central directory passed, then one worksheet at a time.
 */
export function assertWorkbookWithinLimits(bytes: Uint8Array): void {
  const entries = listEntries(bytes)
  checkEntries(entries)
  for (const entry of entries) {
    if (WORKSHEET.test(entry.name)) checkWorksheet(bytes, entry.name)
  }
}

/**
 * The machine-readable sheet of an exchange workbook ("Gửi lên" / "Nhận dữ liệu"): the report
 * people read is the export's visible sheets; this one, very hidden and protected, carries what
 * the merge needs (domain/exchange): the sending office, export time, format version, the
 * sender's last-revision-seen map, and every record and tombstone with its (origin, revision).
 *
 * Layout, one item per row, its kind in column A (no headers to translate, no positions to guess):
 *   A1  CAPDO_TRAO_DOI · a note for anyone who unhides it
 *   format  · schema version
 *   office  · id · name
 *   exportedAt · ISO instant
 *   counts  · offices · records · tombstones
 *   seen    · office id · name · last revision seen (empty: named only)
 *   record  · entity · id · updatedAt · revision · origin · chunk count · JSON chunks…
 *   tombstone · entity · id · revision · deletedAt · office
 * A record's fields are JSON split in chunks below Excel's 32,767 characters per cell.
 *
 * Reading refuses, with a Vietnamese DomainError naming the row, anything it did not write:
 * formulas, dates, rich text, unknown rows, counts that do not match; then the package is
 * validated as a whole by domain/exchange/package-schema.
 */
import type ExcelJS from 'exceljs'
import { DomainError } from '../../domain/errors'
import {
  EXCHANGE_LIMITS,
  exchangeError,
  exchangeMessages,
  packageFieldLabel,
  isForbiddenKey,
  parseExchangePackage,
  type ExchangePackage,
  type ExchangeProblem,
} from '../../domain/exchange'
import { hasOwn } from '../../domain/exchange/values'
import { formatCount } from '../../domain/number-format'

export const EXCHANGE_SHEET_NAME = 'CapDo_TraoDoi'
export const EXCHANGE_MARKER = 'CAPDO_TRAO_DOI'
const NOTE = 'Dữ liệu trao đổi giữa các đơn vị do CapDo tạo. Không sửa trang này.'
/** Below Excel's 32,767 characters per cell, with room to spare. */
export const CHUNK_LENGTH = 30_000
/** Chunks of one record: enough for 200 fields of long text, not a way to smuggle megabytes. */
export const MAX_CHUNKS = 100

const FIRST_DATA_ROW = 6

/** Adds the machine sheet to a workbook the export is building (it must have a visible sheet). */
export async function addExchangeSheet(
  workbook: ExcelJS.Workbook,
  pkg: ExchangePackage,
): Promise<ExcelJS.Worksheet> {
  const sheet = workbook.addWorksheet(EXCHANGE_SHEET_NAME, { state: 'veryHidden' })
  const names = new Set([...Object.keys(pkg.seen), ...Object.keys(pkg.offices)])
  sheet.addRow([EXCHANGE_MARKER, NOTE])
  sheet.addRow(['format', pkg.schemaVersion])
  sheet.addRow(['office', pkg.office.id, pkg.office.name])
  sheet.addRow(['exportedAt', pkg.exportedAt])
  sheet.addRow(['counts', names.size, pkg.records.length, pkg.tombstones.length])
  for (const id of [...names].sort()) {
    sheet.addRow([
      'seen',
      id,
      hasOwn(pkg.offices, id) ? pkg.offices[id] : '',
      hasOwn(pkg.seen, id) ? pkg.seen[id] : null,
    ])
  }
  for (const r of pkg.records) {
    const json = JSON.stringify(r.data)
    const chunks: string[] = []
    for (let i = 0; i < json.length; i += CHUNK_LENGTH) chunks.push(json.slice(i, i + CHUNK_LENGTH))
    sheet.addRow(['record', r.entity, r.id, r.updatedAt, r.revision, r.origin, chunks.length, ...chunks])
  }
  for (const t of pkg.tombstones) {
    sheet.addRow(['tombstone', t.entity, t.id, t.revision, t.deletedAt, t.office])
  }
  // No password: protection keeps hands off, it is not a secret (the code is public anyway).
  await sheet.protect('', { selectLockedCells: false, selectUnlockedCells: false })
  return sheet
}

/** A cell's value as written by addExchangeSheet: text, a number, or nothing. */
type Plain = string | number | null

function rowError(row: number, problem: string, field?: string): DomainError {
  const where = `trang "${EXCHANGE_SHEET_NAME}", dòng ${row}${field !== undefined ? `, trường "${packageFieldLabel(field)}"` : ''}`
  return new DomainError(
    'exchange_invalid',
    `${exchangeMessages.invalidPackage}: ${where} ${problem}. ${exchangeMessages.askResend}`,
    { row, field },
  )
}

function plainCells(row: ExcelJS.Row, rowNumber: number): Plain[] {
  const out: Plain[] = []
  const count = row.cellCount
  if (count > 8 + MAX_CHUNKS) throw rowError(rowNumber, 'có quá nhiều ô')
  for (let c = 1; c <= count; c++) {
    const value: unknown = row.getCell(c).value
    if (value === null || value === undefined) out.push(null)
    else if (typeof value === 'string' || typeof value === 'number') out.push(value)
    else
      throw rowError(
        rowNumber,
        `có ô thứ ${c} không phải chữ hoặc số (công thức, ngày tháng hay định dạng lạ)`,
      )
  }
  return out
}

function text(cells: Plain[], index: number, rowNumber: number, what: string): string {
  const value = cells[index]
  if (typeof value !== 'string') throw rowError(rowNumber, `thiếu ${what}`)
  return value
}

function count(cells: Plain[], index: number, rowNumber: number, what: string, limit: number): number {
  const value = cells[index]
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw rowError(rowNumber, `có số ${what} không hợp lệ`)
  }
  if (value > limit) {
    throw new DomainError(
      'exchange_too_large',
      `Tệp trao đổi dữ liệu khai báo ${formatCount(value)} ${what}, vượt giới hạn ${formatCount(limit)} nên không được nhận. ${exchangeMessages.askResend}`,
      { row: rowNumber },
    )
  }
  return value
}

function json(chunks: Plain[], rowNumber: number): unknown {
  if (chunks.some((c) => typeof c !== 'string')) throw rowError(rowNumber, 'có phần dữ liệu bị thiếu')
  try {
    return JSON.parse(chunks.join(''))
  } catch {
    throw rowError(rowNumber, 'có phần dữ liệu bị hỏng (không đọc được)')
  }
}

interface Located {
  raw: Record<string, unknown>
  recordRows: number[]
  tombstoneRows: number[]
}

function readRows(sheet: ExcelJS.Worksheet): Located {
  const marker = sheet.getCell('A1').value
  if (marker !== EXCHANGE_MARKER) throw rowError(1, 'không có dấu hiệu dữ liệu trao đổi của CapDo')
  const header: Record<string, Plain[]> = {}
  const seen: Record<string, unknown> = {}
  const offices: Record<string, unknown> = {}
  const records: unknown[] = []
  const tombstones: unknown[] = []
  const recordRows: number[] = []
  const tombstoneRows: number[] = []
  let declared: { offices: number; records: number; tombstones: number } | null = null
  let officeCount = 0

  const last = sheet.actualRowCount === 0 ? 0 : (sheet.lastRow?.number ?? 0)
  for (let n = 2; n <= last; n++) {
    const row = sheet.getRow(n)
    if (!row.hasValues) continue
    const cells = plainCells(row, n)
    const kind = cells[0]
    if (n < FIRST_DATA_ROW) {
      const expected = ['format', 'office', 'exportedAt', 'counts'][n - 2]
      if (kind !== expected) throw rowError(n, `phải là dòng "${expected}"`)
      header[expected] = cells
      if (kind === 'counts') {
        declared = {
          offices: count(cells, 1, n, 'đơn vị', EXCHANGE_LIMITS.maxOffices),
          records: count(cells, 2, n, 'bản ghi', EXCHANGE_LIMITS.maxItems),
          tombstones: count(cells, 3, n, 'bản ghi đã xóa', EXCHANGE_LIMITS.maxItems),
        }
        count([declared.records + declared.tombstones], 0, n, 'bản ghi', EXCHANGE_LIMITS.maxItems)
      }
      continue
    }
    switch (kind) {
      case 'seen': {
        const id = text(cells, 1, n, 'mã đơn vị')
        if (isForbiddenKey(id)) throw rowError(n, `có mã đơn vị bị cấm "${id}"`)
        if (hasOwn(offices, id)) throw rowError(n, 'trùng mã đơn vị với một dòng trước')
        if (++officeCount > (declared?.offices ?? 0)) throw rowError(n, 'thừa so với số đơn vị đã khai báo')
        offices[id] = cells[2] ?? ''
        if (cells[3] !== null && cells[3] !== undefined) seen[id] = cells[3]
        break
      }
      case 'record': {
        if (records.length >= (declared?.records ?? 0))
          throw rowError(n, 'thừa so với số bản ghi đã khai báo')
        const chunkCount = cells[6]
        if (
          typeof chunkCount !== 'number' ||
          !Number.isInteger(chunkCount) ||
          chunkCount < 1 ||
          chunkCount > MAX_CHUNKS
        ) {
          throw rowError(n, 'có số phần dữ liệu không hợp lệ')
        }
        const chunks = cells.slice(7)
        if (chunks.length !== chunkCount) throw rowError(n, 'có số phần dữ liệu không khớp')
        records.push({
          entity: cells[1],
          id: cells[2],
          updatedAt: cells[3],
          revision: cells[4],
          origin: cells[5],
          data: json(chunks, n),
        })
        recordRows.push(n)
        break
      }
      case 'tombstone': {
        if (tombstones.length >= (declared?.tombstones ?? 0))
          throw rowError(n, 'thừa so với số bản ghi đã xóa đã khai báo')
        if (cells.length > 6) throw rowError(n, 'có ô thừa')
        tombstones.push({
          entity: cells[1],
          id: cells[2],
          revision: cells[3],
          deletedAt: cells[4],
          office: cells[5],
        })
        tombstoneRows.push(n)
        break
      }
      default:
        throw rowError(n, 'có loại dòng không xác định')
    }
  }

  if (!declared || !header.format || !header.office || !header.exportedAt) {
    throw rowError(Math.max(2, last), 'kết thúc trước khi đủ phần thông tin chung (tệp bị cắt cụt)')
  }
  if (
    officeCount !== declared.offices ||
    records.length !== declared.records ||
    tombstones.length !== declared.tombstones
  ) {
    throw rowError(
      last,
      'là dòng cuối nhưng số dòng không khớp với số đã khai báo (tệp bị cắt cụt hoặc bị sửa)',
    )
  }
  return {
    raw: {
      office: { id: header.office[1], name: header.office[2] },
      exportedAt: header.exportedAt[1],
      schemaVersion: header.format[1],
      seen,
      offices,
      records,
      tombstones,
    },
    recordRows,
    tombstoneRows,
  }
}

/** Reads and fully validates the machine sheet of a loaded workbook. */
export function readExchangeSheet(workbook: ExcelJS.Workbook): ExchangePackage {
  const sheet = workbook.getWorksheet(EXCHANGE_SHEET_NAME)
  if (!sheet) {
    throw new DomainError(
      'exchange_sheet_missing',
      'Tệp này không có dữ liệu trao đổi của CapDo (có thể là báo cáo đã được mở và lưu lại bằng chương trình khác, ' +
        'hoặc không phải tệp "Gửi lên" của CapDo). Hãy đề nghị đơn vị gửi xuất lại tệp bằng chức năng "Gửi lên".',
    )
  }
  const located = readRows(sheet)
  try {
    return parseExchangePackage(located.raw)
  } catch (error) {
    // Point at the row a person could look at, when the problem is in one item.
    if (error instanceof DomainError && error.code === 'exchange_invalid' && error.details) {
      const problem = error.details as unknown as ExchangeProblem
      const rows =
        problem.section === 'records'
          ? located.recordRows
          : problem.section === 'tombstones'
            ? located.tombstoneRows
            : null
      if (rows && problem.index !== undefined && rows[problem.index] !== undefined) {
        throw rowError(rows[problem.index], problem.problem, problem.field)
      }
      throw exchangeError(problem)
    }
    throw error
  }
}

/**
 * The seed list of units (resources/seed/don-vi-mau-hai-phong.csv: khoi, stt, ten_don_vi) read
 * from its text. Pure, so the renderer (through Vite's `?raw`), the benchmark and Node tests (through
 * fs) parse the same way. RFC 4180: quoted fields may hold commas, doubled quotes and line breaks.
 */
import { DomainError } from '../domain/errors'
import { normalizeText } from '../domain/text'

export interface SeedUnit {
  /** Khối. */
  block: string
  /** STT within the block. */
  order: number
  name: string
}

/** Rows of fields; a quoted field keeps commas, `""` is one quote, CRLF and LF both end a row. */
export function parseCsvRows(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0
  for (; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') {
        quoted = false
      } else {
        field += c
      }
    } else if (c === '"') {
      quoted = true
    } else if (c === ',') {
      row.push(field)
      field = ''
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else {
      field += c
    }
  }
  if (quoted) throw new DomainError('csv_unclosed_quote', 'Tệp CSV có một trường mở ngoặc kép mà không đóng.')
  if (field !== '' || row.length > 0) {
    row.push(field)
    rows.push(row)
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ''))
}

const COLUMNS = ['khoi', 'stt', 'ten_don_vi'] as const

export function parseUnitsCsv(text: string): SeedUnit[] {
  const [header, ...rows] = parseCsvRows(text)
  const names = (header ?? []).map((h) => h.trim().toLowerCase())
  const index = COLUMNS.map((c) => names.indexOf(c))
  if (index.some((i) => i < 0)) {
    throw new DomainError(
      'csv_missing_columns',
      'Tệp danh sách đơn vị cần có các cột khoi, stt, ten_don_vi.',
      {
        header,
      },
    )
  }
  const [blockAt, orderAt, nameAt] = index
  return rows.map((row, n) => {
    const name = normalizeText(row[nameAt] ?? '')
    const order = Number((row[orderAt] ?? '').trim())
    if (!name || !Number.isInteger(order)) {
      throw new DomainError(
        'csv_invalid_row',
        `Đơn vị thứ ${n + 1} trong danh sách thiếu tên hoặc số thứ tự.`,
        {
          row,
        },
      )
    }
    return { block: normalizeText(row[blockAt] ?? ''), order, name }
  })
}

/**
 * A text file (.csv, .txt) as a one-sheet SourceBook: decoded (encoding detected or chosen, NFC),
 * split into rows (separator detected or chosen, RFC 4180 quoting), every cell a string, so the
 * inventory parser reads "15/03/2024", "3" and "Đã phê duyệt" exactly as it reads the same text
 * in a workbook cell. Hostile files stop here with a Vietnamese message: binary data, a byte-order
 * mark and nothing else, more rows or columns than a sheet holds, a cell longer than Excel allows.
 */
import { DomainError } from '../../domain/errors'
import type { SheetGrid } from '../../domain/inventory/cell'
import type { SourceBook, TextReadOptions } from './source-book'
import { decodeText } from './text/encoding'
import { detectSeparator, parseDelimited, separatorLine, type DelimitedFailure } from './text/delimited'
import { MAX_DECLARED_COLUMNS, MAX_SHEET_ROWS } from './zip-limits'
import { formatCount } from '../../domain/number-format'

/** Excel's own limit on the characters of one cell. */
export const MAX_CELL_CHARACTERS = 32_767

/** The one sheet of a text file; the preview shows the encoding and separator instead. */
export const TEXT_SHEET_NAME = 'Tệp văn bản'

const vi = (n: number): string => formatCount(n)

// C0 control characters other than tab, line feed, form feed and carriage return: none in a real
// CSV. U+FFFD: bytes the chosen encoding could not decode.
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/gu // eslint-disable-line no-control-regex
const SAMPLE_CHARACTERS = 64 * 1024

/** Whether decoded text is really binary data: NUL bytes, or many control or undecodable characters. */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, SAMPLE_CHARACTERS)
  if (sample.includes('\u0000')) return true
  const controls = sample.match(CONTROL)?.length ?? 0
  const undecodable = sample.split('\ufffd').length - 1
  return controls + undecodable > Math.max(8, sample.length / 100)
}

const BINARY =
  'Tệp này không phải bảng tính và cũng không phải tệp văn bản (CSV): nội dung là dữ liệu nhị phân. ' +
  'Hãy mở danh mục gốc bằng Excel hoặc LibreOffice rồi chọn tệp bảng tính (.xlsx, .xls, .ods) hoặc lưu thành CSV.'

const NOTHING =
  'Tệp văn bản không có nội dung nào (chỉ có dấu nhận dạng bảng mã hoặc khoảng trắng). ' +
  'Hãy kiểm tra lại tệp: có thể tệp được lưu khi bảng tính còn trống.'

function limitMessage(failure: DelimitedFailure): DomainError {
  switch (failure.kind) {
    case 'too_many_rows':
      return new DomainError(
        'sheet_too_large',
        `Tệp có hơn ${vi(MAX_SHEET_ROWS)} dòng — quá lớn cho một danh mục hệ thống. ` +
          'Hãy tách danh mục thành các tệp nhỏ hơn. CapDo không mở tệp này để bảo vệ máy tính.',
        { limit: MAX_SHEET_ROWS },
      )
    case 'too_many_fields':
      return new DomainError(
        'sheet_too_large',
        `Dòng ${vi(failure.row)} của tệp có hơn ${vi(MAX_DECLARED_COLUMNS)} cột (giới hạn của Excel): ` +
          'có thể dấu phân cách đã chọn không đúng, hoặc tệp không phải danh mục. Hãy chọn dấu phân cách khác ' +
          'hoặc mở tệp bằng Excel để kiểm tra.',
        { row: failure.row },
      )
    case 'field_too_long':
      return new DomainError(
        'cell_too_long',
        `Dòng ${vi(failure.row)} của tệp có một ô dài hơn ${vi(MAX_CELL_CHARACTERS)} ký tự (giới hạn một ô của Excel): ` +
          'có thể tệp thiếu một dấu ngoặc kép đóng, hoặc không phải danh mục. Hãy mở tệp bằng Excel hoặc ' +
          'LibreOffice để kiểm tra rồi lưu lại.',
        { row: failure.row },
      )
  }
}

export function readTextBook(bytes: Uint8Array, options: TextReadOptions = {}): SourceBook {
  const decoded = decodeText(bytes, options.encoding)
  if (looksBinary(decoded.text)) throw new DomainError('unreadable_file', BINARY, { kind: 'binary' })
  if (decoded.text.trim() === '') throw new DomainError('unreadable_file', NOTHING, { kind: 'empty-text' })
  // Excel's "sep=;" line names the separator and is not a row of the table.
  const sepLine = separatorLine(decoded.text)
  const text = sepLine?.rest ?? decoded.text
  const separator = options.separator ?? sepLine?.separator ?? detectSeparator(text)
  const parsed = parseDelimited(text, separator, {
    maxRows: MAX_SHEET_ROWS,
    maxFields: MAX_DECLARED_COLUMNS,
    maxFieldLength: MAX_CELL_CHARACTERS,
  })
  if (!parsed.ok) throw limitMessage(parsed)
  const grid: SheetGrid = parsed.rows
  return {
    format: { kind: 'text', encoding: decoded.encoding, separator, bom: decoded.bom },
    sheets: [
      {
        name: TEXT_SHEET_NAME,
        hidden: false,
        grid: (maxRows = Infinity) => (maxRows >= grid.length ? grid : grid.slice(0, maxRows)),
      },
    ],
    date1904: false,
  }
}

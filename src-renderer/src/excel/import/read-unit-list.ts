/**
 * The province's list of units (khối, stt, tên đơn vị — e.g. don-vi-mau-hai-phong.csv, 95 units in
 * 8 blocks), read for the Units page's "Nhập danh sách đơn vị (CSV)" and for the import preview,
 * which takes the blocks of its units from it. A CSV in any encoding the inventory reader knows,
 * comma, semicolon or tab separated; the headers are matched folded, so "khoi", "Khối" and "KHỐI"
 * are one column, and "ten_don_vi" is "Tên đơn vị". A file that is not such a list (empty, binary,
 * a workbook, no header, a line longer than any unit's name) is refused saying what it is.
 */
import { DomainError } from '../../domain/errors'
import type { ListedUnit } from '../../domain/unit-list'
import { formatCount } from '../../domain/number-format'
import { foldKey, normalizeText } from '../../domain/text'
import { sniffFileKind } from './file-kind'
import { looksBinary } from './read-text'
import { detectSeparator, parseDelimited, separatorLine } from './text/delimited'
import { decodeText } from './text/encoding'

/** A province has at most a few hundred units; a list far beyond that is not one. */
export const MAX_LISTED_UNITS = 10_000
/** Longer than any unit's or block's name: a field past it is a broken quote or not a list. */
const MAX_FIELD_LENGTH = 2_000
/** The header row and the units (title rows above the header count against it too). */
const LIMITS = { maxRows: MAX_LISTED_UNITS + 1, maxFields: 100, maxFieldLength: MAX_FIELD_LENGTH }

const BLOCK_HEADERS = ['khoi', 'khoi don vi', 'khoi co quan']
const NAME_HEADERS = ['ten don vi', 'don vi', 'ten co quan don vi', 'co quan don vi']

const EXPECTED =
  'Danh sách đơn vị cần là tệp CSV có dòng tiêu đề với cột “Khối” và cột “Tên đơn vị” ' +
  '(như tệp mẫu don-vi-mau-hai-phong.csv: khoi, stt, ten_don_vi).'

const MESSAGES = {
  empty: `Tệp danh sách đơn vị trống, không có dòng nào. ${EXPECTED}`,
  binary:
    'Tệp này không phải tệp văn bản CSV (nội dung là dữ liệu nhị phân, có thể là bảng tính hoặc tài liệu). ' +
    `Hãy mở danh sách bằng Excel hoặc LibreOffice và lưu thành CSV. ${EXPECTED}`,
  notText: (what: string) => `Tệp này không phải danh sách đơn vị dạng CSV: ${what} ${EXPECTED}`,
  noHeader: `Tệp không có dòng tiêu đề với cột “Khối” và cột “Tên đơn vị”. ${EXPECTED}`,
  tooManyRows: `Tệp có hơn ${formatCount(MAX_LISTED_UNITS)} dòng nên không phải một danh sách đơn vị của tỉnh. ${EXPECTED}`,
  lineTooLong: (row: number) =>
    `Dòng ${formatCount(row)} của tệp có một ô dài hơn ${formatCount(MAX_FIELD_LENGTH)} ký tự, không phải tên đơn vị hay khối: ` +
    'có thể tệp thiếu một dấu ngoặc kép đóng, hoặc không phải danh sách đơn vị. Hãy mở tệp bằng Excel hoặc LibreOffice để kiểm tra.',
  tooManyFields: (row: number) =>
    `Dòng ${formatCount(row)} của tệp có quá nhiều cột, không phải một danh sách đơn vị. ${EXPECTED}`,
  noUnits: `Tệp danh sách đơn vị không có đơn vị nào có cả tên và khối. ${EXPECTED}`,
} as const

/** What a file the sniffer recognised is (file-kind.ts's kinds), in a few words. */
const WHAT_IT_IS: Readonly<Record<string, string>> = {
  pdf: 'đây là tài liệu PDF.',
  doc: 'đây là văn bản Word.',
  docx: 'đây là văn bản Word.',
  odt: 'đây là văn bản LibreOffice Writer.',
  rtf: 'đây là văn bản RTF.',
  ppt: 'đây là bản trình chiếu.',
  pptx: 'đây là bản trình chiếu.',
  odp: 'đây là bản trình chiếu.',
  image: 'đây là hình ảnh.',
  archive: 'đây là tệp nén.',
  zip: 'đây là tệp nén.',
  encrypted: 'đây là bảng tính được đặt mật khẩu.',
  'broken-zip': 'đây là một bảng tính hỏng hoặc tệp nén.',
  ole: 'đây là một tệp Microsoft Office.',
}

export interface UnitList {
  /** Units with a name and a block, in the file's order, each with its row number. */
  units: ListedUnit[]
  /** The distinct blocks, in the list's order. */
  blocks: string[]
  /** Rows with a name but no block, or a block but no name: left out, and said. */
  incomplete: { row: number; name: string; block: string }[]
}

function notAList(code: string, message: string): DomainError {
  return new DomainError(code, message)
}

/** The text of the bytes, or a DomainError saying why they are no CSV. */
function textOf(bytes: Uint8Array): string {
  let kind: string
  try {
    kind = sniffFileKind(bytes)
  } catch (error) {
    if (!(error instanceof DomainError)) throw error
    if (bytes.length === 0) throw notAList('unit_list_empty', MESSAGES.empty)
    const found = typeof error.details?.kind === 'string' ? error.details.kind : ''
    throw notAList('unit_list_not_csv', MESSAGES.notText(WHAT_IT_IS[found] ?? WHAT_IT_IS.ole))
  }
  if (kind !== 'text') {
    throw notAList('unit_list_not_csv', MESSAGES.notText('đây là một bảng tính (Excel hoặc LibreOffice).'))
  }
  const { text } = decodeText(bytes)
  if (looksBinary(text)) throw notAList('unit_list_not_csv', MESSAGES.binary)
  if (text.trim() === '') throw notAList('unit_list_empty', MESSAGES.empty)
  return text
}

export function readUnitList(bytes: Uint8Array): UnitList {
  const decoded = textOf(bytes)
  // Excel's "sep=;" line names the separator and is not a row of the list.
  const sepLine = separatorLine(decoded)
  const text = sepLine?.rest ?? decoded
  const read = parseDelimited(text, sepLine?.separator ?? detectSeparator(text), LIMITS)
  if (!read.ok) {
    if (read.kind === 'too_many_rows') throw notAList('unit_list_too_large', MESSAGES.tooManyRows)
    if (read.kind === 'field_too_long') throw notAList('unit_list_too_large', MESSAGES.lineTooLong(read.row))
    throw notAList('unit_list_too_large', MESSAGES.tooManyFields(read.row))
  }
  // Row numbers as a spreadsheet program shows them (after Excel's "sep=" line, when there is one).
  const offset = sepLine ? 2 : 1
  const rows = read.rows.map((fields, i) => ({ fields, row: i + offset }))
  const header = rows.find(({ fields }) => {
    const keys = fields.map(foldKey)
    return keys.some((k) => BLOCK_HEADERS.includes(k)) && keys.some((k) => NAME_HEADERS.includes(k))
  })
  if (!header) throw notAList('unit_list_no_header', MESSAGES.noHeader)
  const keys = header.fields.map(foldKey)
  const blockAt = keys.findIndex((k) => BLOCK_HEADERS.includes(k))
  const nameAt = keys.findIndex((k) => NAME_HEADERS.includes(k))
  const units: ListedUnit[] = []
  const incomplete: UnitList['incomplete'] = []
  for (const { fields, row } of rows.slice(rows.indexOf(header) + 1)) {
    const name = normalizeText(fields[nameAt] ?? '')
    const block = normalizeText(fields[blockAt] ?? '')
    if (name !== '' && block !== '') units.push({ name, block, row })
    else if (name !== '' || block !== '') incomplete.push({ row, name, block })
  }
  if (units.length === 0) throw notAList('unit_list_empty', MESSAGES.noUnits)
  return { units, blocks: [...new Set(units.map((u) => u.block))], incomplete }
}

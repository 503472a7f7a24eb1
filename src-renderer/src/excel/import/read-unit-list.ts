/**
 * The province's list of units (khối, stt, tên đơn vị — e.g. don-vi-mau-hai-phong.csv, 95 units in
 * 8 blocks) as an import takes the blocks of its units from it. A CSV in any encoding the inventory
 * reader knows, comma, semicolon or tab separated; the headers are matched folded, so "khoi",
 * "Khối" and "KHỐI" are one column, and "ten_don_vi" is "Tên đơn vị".
 */
import { DomainError } from '../../domain/errors'
import type { KnownUnit } from '../../domain/inventory/unit-blocks'
import { foldKey, normalizeText } from '../../domain/text'
import { sniffFileKind } from './file-kind'
import { detectSeparator, parseDelimited } from './text/delimited'
import { decodeText } from './text/encoding'

/** A province has at most a few hundred units; a list far beyond that is not one. */
const LIMITS = { maxRows: 10_000, maxFields: 100, maxFieldLength: 2_000 }

const BLOCK_HEADERS = ['khoi', 'khoi don vi', 'khoi co quan']
const NAME_HEADERS = ['ten don vi', 'don vi', 'ten co quan don vi', 'co quan don vi']

const EXPECTED =
  'Danh sách đơn vị cần là tệp CSV có dòng tiêu đề với cột “Khối” và cột “Tên đơn vị” ' +
  '(như tệp mẫu don-vi-mau-hai-phong.csv: khoi, stt, ten_don_vi).'

export interface UnitList {
  units: KnownUnit[]
  /** The distinct blocks, in the list's order. */
  blocks: string[]
}

export function readUnitList(bytes: Uint8Array): UnitList {
  if (sniffFileKind(bytes) !== 'text') throw new DomainError('unit_list_not_csv', EXPECTED)
  const { text } = decodeText(bytes)
  const read = parseDelimited(text, detectSeparator(text), LIMITS)
  if (!read.ok) {
    throw new DomainError(
      'unit_list_too_large',
      'Tệp danh sách đơn vị quá lớn (quá 10.000 dòng hoặc dòng quá dài) nên không phải một danh sách đơn vị. ' +
        EXPECTED,
    )
  }
  const rows = read.rows.filter((r) => r.some((f) => f.trim() !== ''))
  const headerIndex = rows.findIndex((r) => {
    const keys = r.map(foldKey)
    return keys.some((k) => BLOCK_HEADERS.includes(k)) && keys.some((k) => NAME_HEADERS.includes(k))
  })
  if (headerIndex < 0) throw new DomainError('unit_list_no_header', EXPECTED)
  const keys = rows[headerIndex].map(foldKey)
  const blockAt = keys.findIndex((k) => BLOCK_HEADERS.includes(k))
  const nameAt = keys.findIndex((k) => NAME_HEADERS.includes(k))
  const units: KnownUnit[] = []
  for (const row of rows.slice(headerIndex + 1)) {
    const name = normalizeText(row[nameAt] ?? '')
    const block = normalizeText(row[blockAt] ?? '')
    if (name !== '' && block !== '') units.push({ name, block })
  }
  if (units.length === 0) {
    throw new DomainError(
      'unit_list_empty',
      `Tệp danh sách đơn vị không có đơn vị nào có cả tên và khối. ${EXPECTED}`,
    )
  }
  return { units, blocks: [...new Set(units.map((u) => u.block))] }
}

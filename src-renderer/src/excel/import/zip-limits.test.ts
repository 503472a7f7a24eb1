// Hostile workbooks, generated here with fflate: each is refused before exceljs sees it, quickly,
// with a Vietnamese message saying what is wrong.
import { strToU8, zipSync, type Zippable } from 'fflate'
import { describe, expect, it } from 'vitest'
import { buildMessyInventory } from '../../../../test/fixtures/messy-workbooks'
import { DomainError } from '../../domain/errors'
import { readInventoryWorkbook } from './read-workbook'
import {
  assertWorkbookWithinLimits,
  countRows,
  declaredExtent,
  MAX_SHEET_ROWS,
  MAX_ZIP_ENTRIES,
} from './zip-limits'

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="xml" ContentType="application/xml"/></Types>'
const WORKBOOK =
  '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"' +
  ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
  '<sheets><sheet name="Danh mục" sheetId="1" r:id="rId1"/></sheets></workbook>'

function sheetXml(dimension: string, rows: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    `<dimension ref="${dimension}"/><sheetData>${rows}</sheetData></worksheet>`
  )
}

/** A minimal .xlsx package around the given sheet XML (enough for the zip-level checks). */
function workbookWith(sheet: Uint8Array | string, extra: Zippable = {}): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    'xl/workbook.xml': strToU8(WORKBOOK),
    'xl/worksheets/sheet1.xml': typeof sheet === 'string' ? strToU8(sheet) : sheet,
    ...extra,
  })
}

function refusal(bytes: Uint8Array): DomainError {
  try {
    assertWorkbookWithinLimits(bytes)
  } catch (error) {
    if (error instanceof DomainError) return error
    throw error
  }
  throw new Error('the workbook was accepted')
}

/** Rewrites the uncompressed size every central-directory header claims (a lying header). */
function claimUncompressedSize(zip: Uint8Array, bytes: number): Uint8Array {
  const patched = zip.slice()
  const view = new DataView(patched.buffer)
  for (let i = 0; i + 4 <= patched.length; i++) {
    if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, bytes, true)
  }
  return patched
}

describe('a zip bomb', () => {
  it('is refused from the central directory alone, quickly, with a Vietnamese message', async () => {
    // 64 MB of zeros compress about 1000:1 to some 64 KB.
    const zeros = new Uint8Array(64 * 1024 * 1024)
    const bomb = zipSync({ 'xl/worksheets/sheet1.xml': [zeros, { level: 1 }] }, { level: 1 })
    expect(bomb.length).toBeLessThan(1024 * 1024)

    const started = performance.now()
    const failure = refusal(bomb)
    expect(performance.now() - started).toBeLessThan(1_000)
    expect(failure.code).toBe('zip_bomb')
    expect(failure.message).toMatch(
      /Thành phần “xl\/worksheets\/sheet1\.xml” .* tỉ lệ [\d.]+:1, vượt giới hạn 200:1/,
    )
    expect(failure.message).toContain('bom nén')

    // And through the import itself: refused before exceljs loads anything.
    await expect(readInventoryWorkbook(bomb)).rejects.toMatchObject({ code: 'zip_bomb' })
  })

  it('is refused when its entries claim more than 300 MB in all', () => {
    const liar = claimUncompressedSize(workbookWith(sheetXml('A1', '')), 120 * 1024 * 1024)
    const failure = refusal(liar)
    expect(failure.code).toBe('zip_too_large')
    expect(failure.message).toMatch(/khoảng 360 MB, vượt giới hạn 300 MB/)
  })

  it('is refused when it has more entries than any workbook needs', () => {
    const parts: Zippable = {}
    for (let i = 0; i <= MAX_ZIP_ENTRIES; i++) parts[`xl/media/image${i}.png`] = new Uint8Array(1)
    const failure = refusal(workbookWith(sheetXml('A1', ''), parts))
    expect(failure.code).toBe('zip_too_many_entries')
    expect(failure.message).toMatch(/2\.004 thành phần nén, nhiều hơn giới hạn 2\.000/)
  })
})

describe('a workbook of a million empty rows', () => {
  it('is refused quickly, before exceljs builds a row object for each', async () => {
    const rows = Array.from({ length: 1_000_000 }, (_, i) => `<row r="${i + 1}"/>`).join('')
    const million = workbookWith(sheetXml('A1:A1000000', rows))

    const started = performance.now()
    const failure = refusal(million)
    expect(performance.now() - started).toBeLessThan(3_000)
    expect(failure.code).toBe('sheet_too_large')
    expect(failure.message).toBe(
      'Trang tính (xl/worksheets/sheet1.xml) có hơn 100.000 dòng (kể cả các dòng trống đã được định dạng) — ' +
        'quá lớn cho một danh mục hệ thống. Hãy xoá các dòng thừa ở cuối trang tính rồi lưu lại. ' +
        'CapDo không mở tệp này để bảo vệ máy tính.',
    )
    await expect(readInventoryWorkbook(million)).rejects.toMatchObject({ code: 'sheet_too_large' })
  })

  it('is refused from its <dimension> alone when it declares more rows or columns than Excel has', () => {
    const tallRefusal = refusal(workbookWith(sheetXml('A1:B2000000', '<row r="1"/>')))
    expect(tallRefusal.message).toMatch(/khai báo 2\.000\.000 dòng, vượt giới hạn 1\.100\.000 dòng/)
    const wideRefusal = refusal(workbookWith(sheetXml('A1:ZZZZ1', '<row r="1"/>')))
    expect(wideRefusal.message).toMatch(/khai báo 475\.254 cột, vượt giới hạn 16\.384 cột/)
  })
})

describe('ordinary workbooks', () => {
  it('pass: a real inventory and a sheet at the row limit', async () => {
    const inventory = new Uint8Array(await buildMessyInventory())
    expect(() => assertWorkbookWithinLimits(inventory)).not.toThrow()
    const rows = Array.from({ length: MAX_SHEET_ROWS }, (_, i) => `<row r="${i + 1}"/>`).join('')
    expect(() =>
      assertWorkbookWithinLimits(workbookWith(sheetXml(`A1:A${MAX_SHEET_ROWS}`, rows))),
    ).not.toThrow()
  })

  it('a damaged zip is refused as a damaged workbook, in plain Vietnamese', () => {
    const failure = refusal(strToU8('Tên hệ thống;Đơn vị\nCổng thông tin;Sở TT&TT'))
    expect(failure.code).toBe('unreadable_file')
    expect(failure.message).toMatch(
      /^Tệp có dạng bảng tính Excel \(\.xlsx\) hoặc LibreOffice \(\.ods\) nhưng bị hỏng/,
    )
    expect(failure.message).not.toContain('mục lục')
  })
})

describe('reading the sheet XML cheaply', () => {
  it('takes the last cell of the <dimension ref>', () => {
    expect(declaredExtent('<worksheet><dimension ref="A1:XFD1048576"/>')).toEqual({
      rows: 1_048_576,
      columns: 16_384,
    })
    expect(declaredExtent('<x:dimension ref="$B$2"/>')).toEqual({ rows: 2, columns: 2 })
    expect(declaredExtent('<worksheet><sheetData/></worksheet>')).toBeNull()
  })

  it('counts <row> elements only, stopping past the limit', () => {
    const xml = strToU8('<rows/><row r="1"><c/></row><row/><rowBreaks/><row\tr="3"/>')
    expect(countRows(xml, 10)).toBe(3)
    expect(countRows(xml, 1)).toBe(2)
  })
})

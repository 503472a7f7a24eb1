import * as XLSX from '@e965/xlsx'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { isDomainError } from '../../domain/errors'
import { openSourceBook } from './read-workbook'
import { MAX_DECLARED_COLUMNS, MAX_SHEET_ROWS } from './zip-limits'

/** An .ods (LibreOffice) of one sheet holding `rows` rows, the first a header. */
function odsWithRows(rows: number): Uint8Array {
  const sheet = XLSX.utils.aoa_to_sheet(
    Array.from({ length: rows }, (_, i) => [i === 0 ? 'Tên hệ thống' : `Hệ thống ${i}`]),
  )
  const book = XLSX.utils.book_new()
  XLSX.utils.book_append_sheet(book, sheet, 'Danh mục')
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'ods' }) as ArrayBuffer)
}

describe('the .xls/.ods reader at its row limit', () => {
  it(`takes a sheet of exactly ${MAX_SHEET_ROWS.toLocaleString('vi-VN')} rows and refuses one more`, async () => {
    const atLimit = await openSourceBook(odsWithRows(MAX_SHEET_ROWS))
    expect(atLimit.format.kind).toBe('ods')
    expect(atLimit.sheets[0].grid()).toHaveLength(MAX_SHEET_ROWS)

    const beyond = await openSourceBook(odsWithRows(MAX_SHEET_ROWS + 1))
    let failure: unknown
    try {
      beyond.sheets[0].grid()
    } catch (error) {
      failure = error
    }
    expect(isDomainError(failure) && failure.code).toBe('sheet_too_large')
    expect(String((failure as Error).message)).toContain('Trang tính "Danh mục" có hơn 100.000 dòng')
    expect(String((failure as Error).message)).toContain('Hãy xoá các dòng thừa')
  }, 120_000)
})

/** An .ods whose second row is one cell then one cell repeated to `columns` columns in all. */
function odsWithColumns(columns: number): Uint8Array {
  const sheet = XLSX.utils.aoa_to_sheet([['Tên hệ thống'], ['Cổng thông tin']])
  const book = XLSX.utils.book_new()
  XLSX.utils.book_append_sheet(book, sheet, 'Danh mục')
  const files = unzipSync(new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'ods' }) as ArrayBuffer))
  const xml = strFromU8(files['content.xml'])
  const secondRow = xml.indexOf('<table:table-row', xml.indexOf('<table:table-row') + 1)
  const rowEnd = xml.indexOf('</table:table-row>', secondRow)
  const repeated =
    `<table:table-cell table:number-columns-repeated="${columns - 1}" office:value-type="string">` +
    '<text:p>x</text:p></table:table-cell>'
  files['content.xml'] = strToU8(xml.slice(0, rowEnd) + repeated + xml.slice(rowEnd))
  return zipSync(files)
}

describe('the .xls/.ods reader at its column limit', () => {
  it('takes a row of exactly 16,384 columns and refuses 16,385, as the text reader does', async () => {
    const atLimit = await openSourceBook(odsWithColumns(MAX_DECLARED_COLUMNS))
    expect(atLimit.sheets[0].grid()[1]).toHaveLength(MAX_DECLARED_COLUMNS)

    const beyond = await openSourceBook(odsWithColumns(MAX_DECLARED_COLUMNS + 1))
    let failure: unknown
    try {
      beyond.sheets[0].grid()
    } catch (error) {
      failure = error
    }
    expect(isDomainError(failure) && failure.code).toBe('sheet_too_large')
    expect(String((failure as Error).message)).toContain('Trang tính "Danh mục" có 16.385 cột')
    expect(String((failure as Error).message)).toContain('xoá các cột thừa')
  })
})

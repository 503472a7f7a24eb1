import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { flattenCellValue, worksheetToGrid } from './sheet-grid'

describe('flattening a cell to what it shows', () => {
  it('joins rich text', () => {
    expect(flattenCellValue({ richText: [{ text: 'Sở ' }, { text: 'Y tế', font: { bold: true } }] })).toBe(
      'Sở Y tế',
    )
  })

  it('reads a hyperlink as its text, plain or rich', () => {
    expect(flattenCellValue({ text: '1/QĐ', hyperlink: 'https://x.vn' })).toBe('1/QĐ')
    const rich = {
      text: { richText: [{ text: '2/QĐ' }] },
      hyperlink: 'https://x.vn',
    } as unknown as ExcelJS.CellHyperlinkValue
    expect(flattenCellValue(rich)).toBe('2/QĐ')
  })

  it('reads a formula as its cached result, and an error as its code', () => {
    expect(flattenCellValue({ formula: 'A1+1', result: 3 })).toBe(3)
    expect(flattenCellValue({ formula: 'A1', result: undefined })).toBeNull()
    expect(flattenCellValue({ formula: 'X', result: { error: '#N/A' } })).toBe('#N/A')
    expect(flattenCellValue({ error: '#REF!' })).toBe('#REF!')
  })
})

describe('reading merged cells', () => {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('S')
  sheet.getCell('A1').value = 'TIÊU ĐỀ'
  sheet.mergeCells('A1:C1')
  sheet.getCell('B2').value = 'Sở Y tế'
  sheet.mergeCells('B2:B4')
  sheet.getCell('A2').value = 1

  it('gives a banner merged across columns to its first cell only, and a unit merged down to every row', () => {
    expect(worksheetToGrid(sheet)).toEqual([
      ['TIÊU ĐỀ'],
      [1, 'Sở Y tế'],
      [null, 'Sở Y tế'],
      [null, 'Sở Y tế'],
    ])
  })
})

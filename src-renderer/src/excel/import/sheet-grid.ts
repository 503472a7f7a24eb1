/**
 * An exceljs worksheet as the plain grid the inventory parser reads. Cells are flattened here so
 * the parser never sees a spreadsheet library's shapes: rich text joined, hyperlinks as their
 * text, formulas as their cached result, errors as their code (#N/A). A merged cell is read as
 * its master's value only down the master's own column (a unit name merged over its systems'
 * rows, a header merged over two header rows); across columns (a title banner, a group header)
 * only the master cell has the value, so a banner is never read as many columns.
 */
import type ExcelJS from 'exceljs'
import type { InventoryCellValue } from '../../domain/inventory/cell'

type RawValue = ExcelJS.CellValue | ExcelJS.RichText[] | undefined

function joinRichText(parts: readonly ExcelJS.RichText[]): string {
  return parts.map((p) => p.text ?? '').join('')
}

export function flattenCellValue(value: RawValue): InventoryCellValue {
  if (value === null || value === undefined) return null
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value
  if (value instanceof Date) return value
  if (Array.isArray(value)) return joinRichText(value)
  if ('richText' in value) return joinRichText(value.richText)
  if ('hyperlink' in value) {
    // exceljs gives a hyperlink's text as rich text when the cell was formatted.
    const text: unknown = value.text
    if (typeof text === 'string') return text
    if (text && typeof text === 'object' && 'richText' in text) {
      return joinRichText((text as ExcelJS.CellRichTextValue).richText)
    }
    return value.hyperlink
  }
  if ('formula' in value || 'sharedFormula' in value) {
    const result = value.result
    if (result === undefined || result === null) return null
    return typeof result === 'object' && !(result instanceof Date) ? result.error : result
  }
  if ('error' in value) return value.error
  return null
}

/** `grid[i][j]` is Excel row `i + 1`, column `j + 1`. */
export function worksheetToGrid(worksheet: ExcelJS.Worksheet, maxRows = Infinity): InventoryCellValue[][] {
  const grid: InventoryCellValue[][] = []
  const last = Math.min(worksheet.rowCount, maxRows)
  for (let r = 1; r <= last; r++) {
    const cells: InventoryCellValue[] = []
    grid.push(cells)
    const row = worksheet.findRow(r)
    if (!row) continue
    for (let c = 1; c <= row.cellCount; c++) {
      const cell = row.getCell(c)
      const master = cell.master
      if (master !== cell && Number(master.col) !== Number(cell.col)) cells.push(null)
      else cells.push(flattenCellValue(master.value))
    }
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop()
  }
  return grid
}

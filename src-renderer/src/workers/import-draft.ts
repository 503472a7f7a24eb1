/**
 * When a file has no header row the parser accepts because a required column is headed in words
 * it does not know ("Nơi quản lý" for the unit), the row that names the most fields, with its
 * columns, as a draft mapping the officer completes by hand.
 */
import type { SheetGrid } from '../domain/inventory/cell'
import { INVENTORY_COLUMNS } from '../domain/inventory/columns'
import { HEADER_SCAN_ROWS, headerBlock, headerCellsOf, mapHeaderRow } from '../domain/inventory/header'
import { findSheet, sheetsInReadingOrder } from '../excel/import/read-workbook'
import type { SourceBook, SourceSheet } from '../excel/import/source-book'
import type { ImportReadOptions, MappingDraft } from './import-protocol'

/** Errors a user can fix by mapping columns by hand. */
export const MAPPABLE_ERRORS: ReadonlySet<string> = new Set(['no_header', 'missing_columns'])

const REQUIRED = INVENTORY_COLUMNS.filter((c) => c.required).map((c) => c.field)

function sheetsToScan(book: SourceBook, sheetName?: string): SourceSheet[] {
  if (book.format.kind === 'text') return book.sheets
  return sheetName !== undefined ? [findSheet(book, sheetName)] : sheetsInReadingOrder(book)
}

/** The given header row, or the row of the first rows of each sheet naming the most fields; null if none names any. */
export function draftMapping(book: SourceBook, options: ImportReadOptions): MappingDraft | null {
  let best: { sheet: SourceSheet; grid: SheetGrid; index: number } | null = null
  let bestScore = 0
  for (const sheet of sheetsToScan(book, options.sheetName)) {
    const last = options.headerRow ?? HEADER_SCAN_ROWS
    // Two rows more: a header may continue over the rows below it.
    const grid = sheet.grid(last + 2)
    const first = options.headerRow !== undefined ? options.headerRow - 1 : 0
    for (let index = first; index < Math.min(last, grid.length); index++) {
      const score = mapHeaderRow(headerCellsOf(grid, index)).mapping.length
      if (score > bestScore || (options.headerRow !== undefined && best === null)) {
        best = { sheet, grid, index }
        bestScore = score
      }
    }
  }
  if (best === null) return null
  const { cells } = headerBlock(best.grid, best.index, options.mapping)
  const { mapping, ignoredColumns } = mapHeaderRow(cells, options.mapping)
  return {
    sheetName: best.sheet.name,
    headerRow: best.index + 1,
    columns: cells,
    mapping,
    ignoredColumns,
    missing: REQUIRED.filter((field) => !mapping.some((m) => m.field === field)),
    format: book.format,
  }
}

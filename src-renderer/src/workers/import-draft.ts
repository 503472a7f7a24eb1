/**
 * When a file has no header row the parser accepts because a required column is headed in words
 * it does not know ("Nơi quản lý" for the unit), the row that names the most fields, with its
 * columns, as a draft mapping the officer completes by hand.
 */
import ExcelJS from 'exceljs'
import { INVENTORY_COLUMNS } from '../domain/inventory/columns'
import { HEADER_SCAN_ROWS, headerBlock, headerCellsOf, mapHeaderRow } from '../domain/inventory/header'
import { worksheetToGrid } from '../excel/import/sheet-grid'
import type { ImportReadOptions, MappingDraft } from './import-protocol'

/** Errors a user can fix by mapping columns by hand. */
export const MAPPABLE_ERRORS: ReadonlySet<string> = new Set(['no_header', 'missing_columns'])

const REQUIRED = INVENTORY_COLUMNS.filter((c) => c.required).map((c) => c.field)

function sheetsInReadingOrder(workbook: ExcelJS.Workbook, sheetName?: string): ExcelJS.Worksheet[] {
  if (sheetName !== undefined) {
    const sheet = workbook.getWorksheet(sheetName)
    return sheet ? [sheet] : []
  }
  const visible = workbook.worksheets.filter((w) => w.state === 'visible' || w.state === undefined)
  return [...visible, ...workbook.worksheets.filter((w) => !visible.includes(w))]
}

/** The given header row, or the row of the first rows of each sheet naming the most fields; null if none names any. */
export async function draftMapping(
  bytes: Uint8Array,
  options: ImportReadOptions,
): Promise<MappingDraft | null> {
  const workbook = new ExcelJS.Workbook()
  // exceljs types its input as Node's Buffer; JSZip underneath takes any Uint8Array.
  await workbook.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx['load']>[0])
  let best: { sheet: ExcelJS.Worksheet; grid: ReturnType<typeof worksheetToGrid>; index: number } | null =
    null
  let bestScore = 0
  for (const sheet of sheetsInReadingOrder(workbook, options.sheetName)) {
    const last = options.headerRow ?? HEADER_SCAN_ROWS
    // Two rows more: a header may continue over the rows below it.
    const grid = worksheetToGrid(sheet, last + 2)
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
  }
}

/**
 * An .xlsx as a SourceBook, read with exceljs after the zip-bomb and size limits passed.
 */
import ExcelJS from 'exceljs'
import { DomainError } from '../../domain/errors'
import { UNREADABLE_MESSAGES } from './file-kind'
import { worksheetToGrid } from './sheet-grid'
import type { SourceBook } from './source-book'
import { assertWorkbookWithinLimits } from './zip-limits'

export async function readXlsxBook(bytes: Uint8Array): Promise<SourceBook> {
  // Zip bombs and oversized sheets are refused before exceljs inflates anything.
  assertWorkbookWithinLimits(bytes)
  const workbook = new ExcelJS.Workbook()
  try {
    // exceljs types its input as Node's Buffer; JSZip underneath takes any Uint8Array.
    await workbook.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx['load']>[0])
  } catch (error) {
    throw new DomainError('unreadable_file', UNREADABLE_MESSAGES.brokenZip, { cause: String(error) })
  }
  if (workbook.worksheets.length === 0) {
    throw new DomainError('unreadable_file', UNREADABLE_MESSAGES.brokenZip, { cause: 'no worksheet' })
  }
  return {
    format: { kind: 'xlsx' },
    sheets: workbook.worksheets.map((w) => ({
      name: w.name,
      hidden: !(w.state === 'visible' || w.state === undefined),
      grid: (maxRows?: number) => worksheetToGrid(w, maxRows),
    })),
    date1904: workbook.properties.date1904 === true,
  }
}

/**
 * One report sheet as a Decree 30/2020 document: header block, title, table, closing block, page
 * setup; a data sheet (Danh mục) also gets a frozen header and an auto-filter over all its
 * columns, printed or not.
 */
import type { Workbook } from 'exceljs'
import type { IsoDate } from '../../domain/calendar-date'
import type { ReportSettings } from '../../domain/report/settings'
import type { ReportSheet } from '../../domain/report/sheet'
import { frameOf, setColumns, writeClosingBlock, writeHeaderBlock, writeTitle } from './document-frame'
import { FROZEN_COLUMNS, printedWidths, setUpPage } from './page-setup'
import { writeTable } from './table-writer'

export function writeReportSheet(
  workbook: Workbook,
  sheet: ReportSheet,
  settings: ReportSettings,
  asOf: IsoDate,
  onRows?: (written: number) => void,
): void {
  const ws = workbook.addWorksheet(sheet.name, { views: [{ showGridLines: false }] })
  const widths = sheet.columns.map((c) => c.width)
  const printed = printedWidths(sheet, widths)
  // The document's header, title and signature lie over the columns that print.
  const frame = frameOf(widths, printed.length)
  setColumns(ws, frame)
  const titleRow = writeHeaderBlock(ws, frame, settings, asOf, sheet.letter, sheet.numberLine)
  const tableRow = writeTitle(ws, frame, sheet, titleRow)
  const table = writeTable(ws, sheet, frame, tableRow, onRows)
  const lastRow = writeClosingBlock(ws, frame, settings, table.bodyTo + 2)
  setUpPage(
    ws,
    sheet,
    printed,
    { from: table.headerFrom, to: table.headerTo },
    lastRow,
    table.bodyTo,
    widths.length,
  )
  if (sheet.dataSheet) {
    ws.views = [
      {
        state: 'frozen',
        xSplit: Math.min(FROZEN_COLUMNS, widths.length),
        ySplit: table.headerTo,
        showGridLines: false,
      },
    ]
    ws.autoFilter = {
      from: { row: table.headerTo, column: 1 },
      to: { row: table.bodyTo, column: widths.length },
    }
  }
}

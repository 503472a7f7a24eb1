/**
 * Printing a report sheet: A4 with the margins of Decree 30/2020, page numbers from the second
 * page, the table header repeated on every page, and one page wide. A sheet that nearly fits one
 * page is fitted to it, so the signature never sits alone on a second page. The register (some
 * thirty columns) prints only the columns an officer reads first (ReportSheet.printColumns): the
 * print area ends there, and the rest of the record stays on screen for filtering and re-import.
 */
import type { PaperSize, Worksheet } from 'exceljs'
import type { ReportSheet } from '../../domain/report/sheet'
import { FONT_NAME, PAGE_MARGINS, PAPER_A4 } from './styles'

/** Columns of a data sheet frozen on screen: STT and the system's name. */
export const FROZEN_COLUMNS = 2
/** How much a report sheet may shrink to stay on one page. */
const ONE_PAGE_SHRINK = 0.85
const DEFAULT_ROW_PT = 15
const MM = 72 / 25.4

/** A4 (210 × 297 mm) less the margins, in points. */
const PRINTABLE_PT = {
  portrait: { width: (210 - 45) * MM, height: (297 - 40) * MM },
  landscape: { width: (297 - 45) * MM, height: (210 - 40) * MM },
}

/** Column widths in points, the way Excel draws them (a unit is about 7 pixels, plus padding). */
function widthPt(widths: readonly number[]): number {
  return widths.reduce((sum, w) => sum + (w * 7 + 5) * 0.75, 0)
}

type Layout = Pick<ReportSheet, 'orientation' | 'dataSheet'>

/** Whether the sheet, fitted to the page width, is at most a little taller than one page. */
function nearlyOnePage(ws: Worksheet, sheet: Layout, widths: readonly number[], lastRow: number): boolean {
  const page = PRINTABLE_PT[sheet.orientation]
  const scale = Math.min(1, page.width / widthPt(widths))
  const limit = page.height / (scale * ONE_PAGE_SHRINK)
  let heightPt = 0
  for (let r = 1; r <= lastRow; r++) {
    heightPt += ws.getRow(r).height ?? DEFAULT_ROW_PT
    if (heightPt > limit) return false
  }
  return true
}

/** What of a report sheet must not be cut by a page break. */
export interface KeepTogether {
  /** The table's header rows (title rows printed on every page). */
  header: { from: number; to: number }
  /** The table's last row: it goes over with the closing block rather than leave it alone. */
  lastBodyRow: number
  /** The last row of "Nơi nhận:" and the signer block. */
  lastRow: number
}

/** Share of the page filled at most: the programs' row heights and margins differ a little from ours. */
const PAGE_FILL = 0.94

/**
 * LibreOffice draws a column width unit wider than Excel: 6.3 pt a unit (measured with these
 * workbooks' default font), against Excel's 5.25 pt plus 3.75 pt of padding. A fixed print scale is
 * worked out with the wider one, less 1 %, so the table fits the page width in both (a little
 * narrower than the page in Excel).
 */
const WIDEST_PT_PER_UNIT = 6.3

/** The print scale (a whole percent, as the programs store it) that fits the columns to the page width. */
export function scaleToWidth(sheet: Layout, widths: readonly number[]): number {
  const widest = widths.reduce((sum, w) => sum + Math.max(w * WIDEST_PT_PER_UNIT, (w * 7 + 5) * 0.75), 0)
  const fit = PRINTABLE_PT[sheet.orientation].width / widest
  return Math.max(10, Math.min(100, Math.floor(fit * 99)))
}

/**
 * Where the pages of a report sheet break: as many whole rows as fit, the table header repeated
 * at the top of each page after it starts, never the header alone at a page's foot, and never a
 * break inside the closing block — its page also takes the table's last row. Returns the rows
 * after which a page ends.
 */
export function pageBreaks(
  heights: (row: number) => number,
  pageHeight: number,
  keep: KeepTogether,
): number[] {
  const limit = pageHeight * PAGE_FILL
  let titles = 0
  for (let r = keep.header.from; r <= keep.header.to; r++) titles += heights(r)
  const span = (from: number, to: number) => {
    let h = 0
    for (let r = from; r <= to; r++) h += heights(r)
    return h
  }
  const breaks: number[] = []
  let used = 0
  let pageStart = 1
  const breakBefore = (row: number) => {
    breaks.push(row - 1)
    pageStart = row
    used = row > keep.header.to ? titles : 0
  }
  for (let r = 1; r <= keep.lastRow; r++) {
    if (r > pageStart && r <= keep.lastBodyRow) {
      // The header goes with the row under it; the last row with the closing block after it.
      const need =
        r === keep.header.from
          ? span(r, Math.min(keep.header.to + 1, keep.lastRow))
          : r === keep.lastBodyRow
            ? span(r, keep.lastRow)
            : heights(r)
      if (used + need > limit) breakBefore(r)
    }
    used += heights(r)
  }
  return breaks
}

/** The columns of a sheet that print: all, or the first `printColumns`. */
export function printedWidths(sheet: Pick<ReportSheet, 'printColumns'>, widths: readonly number[]): number[] {
  return widths.slice(0, sheet.printColumns ?? widths.length)
}

/** A column's letters: 1 → A, 27 → AA. */
function columnLetters(column: number): string {
  let letters = ''
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters
  return letters
}

/**
 * The sheet's print area, from A1 to the last printed column and row, as exceljs takes it: it
 * puts a "$" before each end, so "A$1:L$93" is written "$A$1:$L$93" (LibreOffice ignores a print
 * area whose rows are relative).
 */
export function printArea(columns: number, lastRow: number): string {
  return `A$1:${columnLetters(columns)}$${lastRow}`
}

/**
 * `widths` are those of the columns that print; a sheet with more columns than those gets a
 * print area ending at its last printed column.
 */
export function setUpPage(
  ws: Worksheet,
  sheet: Layout,
  widths: readonly number[],
  tableHeader: { from: number; to: number },
  lastRow: number,
  lastBodyRow = lastRow,
  columnCount = widths.length,
): void {
  const onePage = !sheet.dataSheet && nearlyOnePage(ws, sheet, widths, lastRow)
  // A report table longer than a page prints at a fixed scale with its own page breaks, which the
  // programs honour only without "fit to page": that keeps the signature with the table's end.
  const paged = !sheet.dataSheet && !onePage
  const scale = scaleToWidth(sheet, widths)
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: PAPER_A4 as PaperSize,
    orientation: sheet.orientation,
    fitToPage: !paged,
    ...(paged ? { scale } : { fitToWidth: 1, fitToHeight: onePage ? 1 : 0 }),
    margins: PAGE_MARGINS,
    horizontalCentered: true,
    printTitlesRow: `${tableHeader.from}:${tableHeader.to}`,
    // Each sheet is its own document, numbered from 1 even when the whole workbook is printed.
    firstPageNumber: 1,
    ...(columnCount > widths.length ? { printArea: printArea(widths.length, lastRow) } : {}),
  }
  if (paged) {
    const pageHeight = PRINTABLE_PT[sheet.orientation].height / (scale / 100)
    const height = (r: number) => ws.getRow(r).height ?? DEFAULT_ROW_PT
    for (const row of pageBreaks(height, pageHeight, { header: tableHeader, lastBodyRow, lastRow }))
      ws.getRow(row).addPageBreak()
  }
  // Page numbers centred in the top margin, not on the first page (Phụ lục I, Mục I.7).
  ws.headerFooter = {
    ...ws.headerFooter,
    differentFirst: true,
    firstHeader: '&C',
    oddHeader: `&C&"${FONT_NAME},Regular"&13&P`,
  }
}

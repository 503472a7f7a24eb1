/**
 * Printing a report sheet: A4 with the margins of Decree 30/2020, page numbers from the second
 * page, the table header repeated on every page. A report table prints one page wide; a sheet
 * that nearly fits one page is fitted to it, so the signature never sits alone on a second page.
 * The full register (some thirty columns) would shrink to a quarter of its size on one page, so a
 * data sheet prints over as many pages wide as keep it readable.
 */
import type { PaperSize, Worksheet } from 'exceljs'
import type { ReportSheet } from '../../domain/report/sheet'
import { FONT_NAME, PAGE_MARGINS, PAPER_A4 } from './styles'

/** Columns of a data sheet frozen on screen: STT, id, name. */
export const FROZEN_COLUMNS = 3
/** The smallest print scale a data sheet may shrink to before it spreads over more pages. */
const DATA_SHEET_MIN_SCALE = 0.6
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

/** How many pages wide a sheet prints. */
export function pagesWide(sheet: Layout, widths: readonly number[]): number {
  if (!sheet.dataSheet) return 1
  const perPage = PRINTABLE_PT[sheet.orientation].width / DATA_SHEET_MIN_SCALE
  return Math.max(1, Math.ceil(widthPt(widths) / perPage))
}

/**
 * How many columns land on the first printed page: the document's header, title and signature
 * are laid over those, not centred across pages. With a safety margin, since the page breaks
 * fall where the spreadsheet program decides.
 */
export function firstPageColumns(sheet: Layout, widths: readonly number[]): number {
  const pages = pagesWide(sheet, widths)
  if (pages === 1) return widths.length
  const perPage = widthPt(widths) / pages
  let columns = 0
  while (columns < widths.length && widthPt(widths.slice(0, columns + 1)) <= perPage * 0.9) columns++
  return Math.max(2, columns)
}

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

export function setUpPage(
  ws: Worksheet,
  sheet: Layout,
  widths: readonly number[],
  tableHeader: { from: number; to: number },
  lastRow: number,
  lastBodyRow = lastRow,
): void {
  const wide = pagesWide(sheet, widths)
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
    ...(paged ? { scale } : { fitToWidth: wide, fitToHeight: onePage ? 1 : 0 }),
    margins: PAGE_MARGINS,
    horizontalCentered: wide === 1,
    printTitlesRow: `${tableHeader.from}:${tableHeader.to}`,
    // Each sheet is its own document, numbered from 1 even when the whole workbook is printed.
    firstPageNumber: 1,
  }
  if (paged) {
    const pageHeight = PRINTABLE_PT[sheet.orientation].height / (scale / 100)
    const height = (r: number) => ws.getRow(r).height ?? DEFAULT_ROW_PT
    for (const row of pageBreaks(height, pageHeight, { header: tableHeader, lastBodyRow, lastRow }))
      ws.getRow(row).addPageBreak()
  }
  // A band of rows across all its pages, then the next band: pages laid side by side read as one
  // table. (Repeating the first columns on every page would also repeat, cut, the document's
  // header merged over them.)
  if (wide > 1) ws.pageSetup.pageOrder = 'overThenDown'
  // Page numbers centred in the top margin, not on the first page (Phụ lục I, Mục I.7).
  ws.headerFooter = {
    ...ws.headerFooter,
    differentFirst: true,
    firstHeader: '&C',
    oddHeader: `&C&"${FONT_NAME},Regular"&13&P`,
  }
}

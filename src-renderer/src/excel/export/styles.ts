/**
 * The look of an exported report (Decree 30/2020, Phụ lục I): Times New Roman, the sizes the
 * decree gives for each element, A4 with its margins. Style objects are built once and shared by
 * reference: exceljs keeps one style record per object, which keeps a 20,000-row sheet fast.
 * Never mutate a style after assigning it (cell.font = … would change every cell sharing it).
 */
import type { Alignment, Borders, Font, Margins, Style } from 'exceljs'

export const FONT_NAME = 'Times New Roman'
const DATE_FORMAT = 'dd/mm/yyyy'
const RATE_FORMAT = '0.0%'

/** Font sizes of the elements (Phụ lục I, Mục II and the example of Mục V). */
export const SIZE = {
  body: 12,
  nationalTitle: 12,
  motto: 13,
  agency: 12,
  placeDate: 13,
  /** A letter's "Số: …" (ô 3), its "V/v …" subject (ô 5b) and "Kính gửi: …" (ô 9a). */
  letterNumber: 13,
  letterSubject: 12,
  addressee: 14,
  title: 14,
  subtitle: 13,
  preamble: 13,
  recipientsLabel: 12,
  recipients: 11,
  signer: 13,
} as const

const MM_PER_INCH = 25.4
const mm = (value: number): number => Math.round((value / MM_PER_INCH) * 1000) / 1000

/** Top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm; the decree sets none for landscape, so the same. */
export const PAGE_MARGINS: Margins = {
  top: mm(20),
  bottom: mm(20),
  left: mm(30),
  right: mm(15),
  header: mm(8),
  footer: mm(8),
}

/** A4 in the paper sizes of the xlsx format. */
export const PAPER_A4 = 9

export function font(size: number, extra: Partial<Font> = {}): Partial<Font> {
  return { name: FONT_NAME, family: 1, size, ...extra }
}

const thin = { style: 'thin' as const }
export const ALL_BORDERS: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin }

export function align(
  horizontal: Alignment['horizontal'],
  extra: Partial<Alignment> = {},
): Partial<Alignment> {
  return { horizontal, vertical: 'middle', wrapText: true, ...extra }
}

export type CellKind = 'text' | 'number' | 'date' | 'rate'
export type Emphasis = 'plain' | 'bold'

/**
 * The table cell styles of one column, by kind of value and emphasis, built once per column.
 * Dates and numbers keep the column's alignment; text uses it too. A column that does not print
 * does not wrap (`wrap` false): its text never makes a row taller than what prints needs.
 */
export function tableCellStyles(
  horizontal: Alignment['horizontal'],
  wrap = true,
): Record<Emphasis, Record<CellKind, Partial<Style>>> {
  const make = (bold: boolean): Record<CellKind, Partial<Style>> => {
    const base = {
      font: font(SIZE.body, bold ? { bold: true } : {}),
      border: ALL_BORDERS,
      alignment: align(horizontal, { wrapText: wrap }),
    }
    return {
      text: base,
      number: base,
      date: { ...base, numFmt: DATE_FORMAT },
      rate: { ...base, numFmt: RATE_FORMAT },
    }
  }
  return { plain: make(false), bold: make(true) }
}

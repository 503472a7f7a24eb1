/**
 * The parts of a Decree 30/2020 document around a report table: the header block (parent and
 * issuing body left; national title and motto right; the place-and-date line; a letter's number
 * and "V/v …" subject), the title (and a letter's "Kính gửi: …"), and
 * the closing block ("Nơi nhận:" left, the signer right).
 */
import type { Style, Worksheet } from 'exceljs'
import type { IsoDate } from '../../domain/calendar-date'
import {
  ADDRESSEE_LABEL,
  NATIONAL_MOTTO,
  NATIONAL_TITLE,
  placeDateLine,
  RECIPIENTS_LABEL,
  recipientLine,
  upperVi,
} from '../../domain/report/document-text'
import type { ReportSettings } from '../../domain/report/settings'
import type { LetterHeading, ReportSheet } from '../../domain/report/sheet'
import { align, font, SIZE } from './styles'
import { heightFor, lineCount, lineWidthPt, PT_PER_WIDTH_UNIT } from './text-fit'

/**
 * Where the document's text sits over the table's columns: it spans the first `lastCol` columns
 * (all of them, unless the sheet prints several pages wide: then those of the first page), the
 * left block at its start and the right block at its end.
 */
export interface Frame {
  /** Widths of all the table's columns. */
  widths: number[]
  lastCol: number
  /** Width of the columns the text spans. */
  total: number
  left: { from: number; to: number; width: number }
  right: { from: number; to: number; width: number }
}

/**
 * The left block takes the first columns up to about 45 % of the span (at most ~60 units), the
 * right block the last columns up to about 55 % (at most ~75 units), so both stay near their
 * corners on a wide sheet.
 */
export function frameOf(widths: number[], span = widths.length): Frame {
  const lastCol = Math.max(2, Math.min(span, widths.length))
  const total = widths.slice(0, lastCol).reduce((a, b) => a + b, 0)
  const leftTarget = Math.min(total * 0.45, 60)
  const rightTarget = Math.min(total * 0.55, 75)
  let leftTo = 1
  let leftWidth = widths[0]
  while (leftTo < lastCol - 1 && leftWidth < leftTarget) leftWidth += widths[leftTo++]
  let rightFrom = lastCol
  let rightWidth = widths[lastCol - 1]
  while (rightFrom - 1 > leftTo && rightWidth < rightTarget) rightWidth += widths[--rightFrom - 1]
  return {
    widths,
    lastCol,
    total,
    left: { from: 1, to: leftTo, width: leftWidth },
    right: { from: rightFrom, to: lastCol, width: rightWidth },
  }
}

/** Writes `text` into the cells from..to of a row, merged, with one style. */
export function putMerged(
  ws: Worksheet,
  row: number,
  from: number,
  to: number,
  text: string,
  style: Partial<Style>,
): void {
  const cell = ws.getCell(row, from)
  cell.value = text
  cell.style = style
  if (to > from) ws.mergeCells(row, from, row, to)
}

function raise(ws: Worksheet, row: number, height: number): void {
  const r = ws.getRow(row)
  if ((r.height ?? 0) < height) r.height = height
}

const centered = align('center')

/** The rule under the issuing body is drawn with underscores of this size, each half an em wide. */
const RULE_SIZE = 8
const RULE_CHAR_PT = RULE_SIZE * 0.5

/**
 * Rows 1–4: bodies left, national title and motto right, the short rule under the issuing body,
 * the place-and-date line, and a report's "Số: …" line beside it. Returns the next free row.
 */
export function writeHeaderBlock(
  ws: Worksheet,
  frame: Frame,
  settings: ReportSettings,
  asOf: IsoDate,
  letter?: LetterHeading,
  numberLine?: string,
): number {
  const { left, right } = frame
  const parentBody = upperVi(settings.parentBody.trim())
  const issuingBody = upperVi(settings.issuingBody.trim())

  putMerged(ws, 1, left.from, left.to, parentBody, { font: font(SIZE.agency), alignment: centered })
  raise(ws, 1, heightFor(lineCount(parentBody, left.width, SIZE.agency), SIZE.agency))
  putMerged(ws, 1, right.from, right.to, NATIONAL_TITLE, {
    font: font(SIZE.nationalTitle, { bold: true }),
    alignment: centered,
  })
  raise(
    ws,
    1,
    heightFor(lineCount(NATIONAL_TITLE, right.width, SIZE.nationalTitle, true), SIZE.nationalTitle),
  )

  putMerged(ws, 2, left.from, left.to, issuingBody, {
    font: font(SIZE.agency, { bold: true }),
    alignment: centered,
  })
  raise(ws, 2, heightFor(lineCount(issuingBody, left.width, SIZE.agency, true), SIZE.agency))
  // The motto's rule is as long as the line itself: an underlined font draws exactly that.
  putMerged(ws, 2, right.from, right.to, NATIONAL_MOTTO, {
    font: font(SIZE.motto, { bold: true, underline: true }),
    alignment: centered,
  })
  raise(ws, 2, heightFor(1, SIZE.motto))

  // The issuing body's rule, 1/3 to 1/2 of its line: a run of underscores, which Times New Roman
  // joins into one stroke (no cell border can be that short, and a font underline skips spaces).
  const bodyLine = Math.min(lineWidthPt(issuingBody, SIZE.agency, true), left.width * PT_PER_WIDTH_UNIT)
  putMerged(ws, 3, left.from, left.to, '_'.repeat(Math.max(8, Math.round((bodyLine * 0.4) / RULE_CHAR_PT))), {
    font: font(RULE_SIZE),
    alignment: align('center', { vertical: 'top', wrapText: false }),
  })
  ws.getRow(3).height = RULE_SIZE + 2

  putMerged(ws, 4, right.from, right.to, placeDateLine(settings.place, asOf), {
    font: font(SIZE.placeDate, { italic: true }),
    alignment: centered,
  })
  raise(ws, 4, heightFor(1, SIZE.placeDate) + 6)
  if (!letter) {
    // A report's number and symbol (ô 3) under the issuing body, beside the place-and-date line.
    if (numberLine)
      putMerged(ws, 4, left.from, left.to, numberLine, { font: font(SIZE.letterNumber), alignment: centered })
    return 6
  }

  // A letter (công văn): its number beside the place-and-date line, the "V/v …" subject under it.
  putMerged(ws, 4, left.from, left.to, letter.number, { font: font(SIZE.letterNumber), alignment: centered })
  putMerged(ws, 5, left.from, left.to, letter.subject, {
    font: font(SIZE.letterSubject),
    alignment: align('center', { vertical: 'top' }),
  })
  raise(ws, 5, heightFor(lineCount(letter.subject, left.width, SIZE.letterSubject), SIZE.letterSubject) + 6)
  return 7
}

/**
 * "Kính gửi:" (ô 9a): one addressee on the same line, centred; several listed one a line, the
 * label right-aligned before the list and the list left-aligned after it, as a letter lays them
 * out. Returns the next free row.
 */
function writeAddressees(ws: Worksheet, frame: Frame, addressees: readonly string[], row: number): number {
  const style = (horizontal: 'left' | 'right' | 'center') => ({
    font: font(SIZE.addressee),
    alignment: align(horizontal, { vertical: 'top' }),
  })
  if (addressees.length === 1) {
    const line = `${ADDRESSEE_LABEL} ${addressees[0]}`
    putMerged(ws, row, 1, frame.lastCol, line, style('center'))
    ws.getRow(row).height = heightFor(lineCount(line, frame.total, SIZE.addressee), SIZE.addressee)
    return row + 1
  }
  // The label ends about a quarter of the way across, the list takes the rest.
  let labelTo = 1
  let labelWidth = frame.widths[0]
  while (labelTo < frame.lastCol - 1 && labelWidth < frame.total * 0.25) labelWidth += frame.widths[labelTo++]
  const listWidth = frame.total - labelWidth
  putMerged(ws, row, 1, labelTo, ADDRESSEE_LABEL, style('right'))
  addressees.forEach((line, i) => {
    putMerged(ws, row + i, labelTo + 1, frame.lastCol, line, style('left'))
    ws.getRow(row + i).height = heightFor(lineCount(line, listWidth, SIZE.addressee), SIZE.addressee)
  })
  return row + addressees.length
}

/** "1. Thông tin chung": a numbered part of the text, printed bold as a heading. */
const PART_HEADING = /^\d+\.\s/u

/** Title, subtitles and preamble across the full width, from `row`. Returns the next free row. */
export function writeTitle(ws: Worksheet, frame: Frame, sheet: ReportSheet, row: number): number {
  let r = row
  const title = upperVi(sheet.title)
  putMerged(ws, r, 1, frame.lastCol, title, { font: font(SIZE.title, { bold: true }), alignment: centered })
  ws.getRow(r).height = heightFor(lineCount(title, frame.total, SIZE.title, true), SIZE.title)
  r++
  for (const line of sheet.subtitles) {
    putMerged(ws, r, 1, frame.lastCol, line, {
      font: font(SIZE.subtitle, { italic: true }),
      alignment: centered,
    })
    ws.getRow(r).height = heightFor(lineCount(line, frame.total, SIZE.subtitle), SIZE.subtitle)
    r++
  }
  r++
  if (sheet.letter && sheet.letter.addressees.length > 0)
    r = writeAddressees(ws, frame, sheet.letter.addressees, r) + 1
  for (const paragraph of sheet.preamble) {
    const heading = PART_HEADING.test(paragraph)
    putMerged(ws, r, 1, frame.lastCol, paragraph, {
      font: font(SIZE.preamble, { bold: heading }),
      alignment: align('left', { vertical: 'top' }),
    })
    ws.getRow(r).height = heightFor(lineCount(paragraph, frame.total, SIZE.preamble, heading), SIZE.preamble)
    r++
  }
  if (sheet.preamble.length > 0) r++
  return r
}

/** Blank rows left for the signature between the signer's title and name. */
const SIGNATURE_ROWS = 4

/** "Nơi nhận:" and its list left, the signer right, from `row`. Returns the last row written. */
export function writeClosingBlock(
  ws: Worksheet,
  frame: Frame,
  settings: ReportSettings,
  row: number,
): number {
  const { left, right } = frame
  const recipients = settings.recipients
    .map((r) => r.trim())
    .filter(Boolean)
    .map(recipientLine)
  const titleLines = upperVi(settings.signerTitle)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)

  putMerged(ws, row, left.from, left.to, RECIPIENTS_LABEL, {
    font: font(SIZE.recipientsLabel, { bold: true, italic: true }),
    alignment: align('left', { wrapText: false }),
  })
  recipients.forEach((line, i) =>
    putMerged(ws, row + 1 + i, left.from, left.to, line, {
      font: font(SIZE.recipients),
      alignment: align('left'),
    }),
  )
  titleLines.forEach((line, i) => {
    putMerged(ws, row + i, right.from, right.to, line, {
      font: font(SIZE.signer, { bold: true }),
      alignment: centered,
    })
    raise(ws, row + i, heightFor(lineCount(line, right.width, SIZE.signer, true), SIZE.signer))
  })
  const nameRow = row + Math.max(titleLines.length, 1) + SIGNATURE_ROWS
  putMerged(ws, nameRow, right.from, right.to, settings.signerName.trim(), {
    font: font(SIZE.signer, { bold: true }),
    alignment: centered,
  })
  raise(ws, nameRow, heightFor(1, SIZE.signer))
  return Math.max(nameRow, row + recipients.length)
}

/** Column widths, with Times New Roman for whatever is typed later into an empty cell. */
export function setColumns(ws: Worksheet, frame: Frame): void {
  const style = { font: font(SIZE.body) }
  ws.columns = frame.widths.map((width) => ({ width, style }))
}

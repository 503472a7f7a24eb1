/**
 * Lays an official document out as a Word file in the Decree 30/2020 layout
 * (law/the-thuc-van-ban.md): A4 portrait, margins 20/20/30/15 mm, Times New Roman, the two-column
 * header (issuing body | quốc hiệu and tiêu ngữ, then số | place and date) as a borderless table,
 * the title centred, body justified with a 1 cm first-line indent, "Nơi nhận" left and the signer
 * right, page numbers centred in the top margin from page 2. Real paragraphs, styles and tables
 * only (no text boxes), so Word and LibreOffice Writer edit it as any other document.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IBorderOptions,
  type IParagraphOptions,
  type ParagraphChild,
} from 'docx'
import { NATIONAL_MOTTO, NATIONAL_TITLE, recipientLine } from '../domain/report/document-text'
import type { DocumentBlock, OfficialDocument } from '../domain/documents/official-document'

const mm = (n: number) => Math.round((n * 1440) / 25.4)
const PAGE = { width: mm(210), height: mm(297) }
const MARGIN = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) }
const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right
/** The header's left column (issuing body, số); the right one holds quốc hiệu and the date. */
const LEFT = Math.round(CONTENT_WIDTH * 0.38)
const RIGHT = CONTENT_WIDTH - LEFT
const FONT = 'Times New Roman'
/** Half-points, as Word counts font sizes. */
const pt = (n: number) => n * 2
const INDENT = mm(10)

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }
const NO_BORDERS = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
}
const RULE: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 }

interface RunStyle {
  size?: number
  bold?: boolean
  italics?: boolean
  underline?: boolean
}

function run(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({
    text,
    font: FONT,
    size: pt(style.size ?? 14),
    bold: style.bold,
    italics: style.italics,
    underline: style.underline ? {} : undefined,
  })
}

function line(text: string, style: RunStyle & Omit<IParagraphOptions, 'children' | 'text'> = {}): Paragraph {
  const { size, bold, italics, underline, ...paragraph } = style
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: 0 },
    ...paragraph,
    children: [run(text, { size, bold, italics, underline })],
  })
}

/**
 * A short rule under a centred line (issuing body, trích yếu): a bottom border on an empty
 * paragraph narrowed by indents to about 1/3 of the column, which Word and Writer both draw.
 */
function shortRule(width: number): Paragraph {
  const side = Math.round(width / 3)
  return new Paragraph({
    border: { top: RULE },
    indent: { left: side, right: side },
    spacing: { before: 0, after: 0 },
    children: [],
  })
}

function cell(children: Paragraph[], width: number): TableCell {
  return new TableCell({ children, width: { size: width, type: WidthType.DXA }, borders: NO_BORDERS })
}

function twoColumns(
  rows: [Paragraph[], Paragraph[]][],
  widths: [number, number] = [LEFT, RIGHT],
  splittable: ReadonlySet<number> = new Set(),
): Table {
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    // A row never splits across pages: the signer block stays whole, the header stays together.
    // Only the rest of a long "Nơi nhận" list (a round's letter to a hundred units) may flow on.
    rows: rows.map(
      ([left, right], i) =>
        new TableRow({
          cantSplit: !splittable.has(i),
          children: [cell(left, widths[0]), cell(right, widths[1])],
        }),
    ),
  })
}

function headerBlock(doc: OfficialDocument): Table {
  const left: Paragraph[] = []
  // One consistent set of sizes (Phụ lục I, Mục V, chú thích 1): quốc hiệu 12, tiêu ngữ 13, date 13.
  if (doc.parentBody) left.push(line(doc.parentBody, { size: 12 }))
  left.push(line(doc.issuingBody, { size: 12, bold: true }), shortRule(LEFT))
  const right = [
    line(NATIONAL_TITLE, { size: 12, bold: true }),
    line(NATIONAL_MOTTO, { size: 13, bold: true, underline: true }),
  ]
  const numberCell: Paragraph[] = []
  if (doc.numberLine) numberCell.push(line(doc.numberLine, { size: 13, spacing: { before: 120, after: 0 } }))
  if (doc.letterSubject)
    numberCell.push(line(doc.letterSubject, { size: 12, spacing: { before: 120, after: 0 } }))
  const dateCell = [line(doc.placeDateLine, { size: 13, italics: true, spacing: { before: 120, after: 0 } })]
  return twoColumns([
    [left, right],
    [numberCell.length ? numberCell : [line('')], dateCell],
  ])
}

function bodyParagraph(children: ParagraphChild[], options: { indent?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: options.indent === false ? undefined : { firstLine: INDENT },
    spacing: { before: 0, after: 120, line: 288 },
    children,
  })
}

function blockParagraph(block: DocumentBlock): Paragraph {
  switch (block.kind) {
    case 'heading':
      return new Paragraph({
        alignment: block.text === 'QUYẾT ĐỊNH:' ? AlignmentType.CENTER : AlignmentType.LEFT,
        indent: block.text === 'QUYẾT ĐỊNH:' ? undefined : { firstLine: INDENT },
        spacing: { before: 120, after: 120 },
        keepNext: true,
        children: [run(block.text, { bold: true })],
      })
    case 'paragraph': {
      // A decision's articles open with their number in bold: "Điều 1. …".
      const article = /^Điều \d+\./u.exec(block.text)?.[0]
      if (article) return bodyParagraph([run(article, { bold: true }), run(block.text.slice(article.length))])
      return bodyParagraph([run(block.text, { italics: block.italic })])
    }
    case 'field':
      return bodyParagraph([run(`${block.label} `), run(block.value)])
    case 'check':
      return bodyParagraph([run(`${block.checked ? '☒' : '☐'} `), run(block.text)])
  }
}

function addressees(doc: OfficialDocument): Paragraph[] {
  if (doc.addressees.length === 0) return []
  if (doc.addressees.length === 1) {
    return [line(`Kính gửi: ${doc.addressees[0]}.`, { spacing: { before: 240, after: 240 } })]
  }
  return [
    line('Kính gửi:', { alignment: AlignmentType.LEFT, indent: { left: mm(40) }, spacing: { before: 240 } }),
    ...doc.addressees.map((a, i) =>
      line(`- ${a}${i === doc.addressees.length - 1 ? '.' : ';'}`, {
        alignment: AlignmentType.LEFT,
        indent: { left: mm(55) },
        spacing: { after: i === doc.addressees.length - 1 ? 240 : 0 },
      }),
    ),
  ]
}

/**
 * Recipients printed beside the signer; a longer list goes on in a second row under it, which may
 * break across pages, so the signer block never gets pushed whole onto a page of its own.
 */
const RECIPIENTS_BESIDE_SIGNER = 12

function signatureBlock(doc: OfficialDocument): Table {
  const left: Paragraph[] = []
  const recipients = doc.recipients.map((r) =>
    line(recipientLine(r), { size: 11, alignment: AlignmentType.LEFT }),
  )
  if (doc.recipients.length) {
    left.push(line('Nơi nhận:', { size: 12, bold: true, italics: true, alignment: AlignmentType.LEFT }))
    left.push(...recipients.slice(0, RECIPIENTS_BESIDE_SIGNER))
  }
  const right = doc.signer.authority.map((a) => line(a, { bold: true }))
  if (doc.signer.note) right.push(line(doc.signer.note, { italics: true }))
  // Room for the signature and the seal (Decree 30/2020 Phụ lục I, II.7–8).
  right.push(line(''), line(''), line(''))
  right.push(line(doc.signer.name, { bold: true }))
  const half = Math.round(CONTENT_WIDTH / 2)
  const rows: [Paragraph[], Paragraph[]][] = [[left.length ? left : [line('')], right]]
  const rest = recipients.slice(RECIPIENTS_BESIDE_SIGNER)
  if (rest.length) rows.push([rest, [line('')]])
  return twoColumns(rows, [CONTENT_WIDTH - half, half], new Set([1]))
}

function documentToDocx(doc: OfficialDocument): Document {
  const children: (Paragraph | Table)[] = []
  if (doc.formLabel)
    children.push(
      line(doc.formLabel, { bold: true, alignment: AlignmentType.RIGHT, spacing: { after: 120 } }),
    )
  children.push(headerBlock(doc))
  if (doc.title) {
    children.push(
      line(doc.title.type, { bold: true, spacing: { before: 360, after: 0 } }),
      line(doc.title.subject, { bold: true }),
      shortRule(CONTENT_WIDTH),
    )
  }
  children.push(...addressees(doc))
  if (!doc.addressees.length) children.push(line(''))
  for (const basis of doc.basis) children.push(bodyParagraph([run(basis, { italics: true })]))
  for (const block of doc.body) children.push(blockParagraph(block))
  children.push(line(''), signatureBlock(doc))
  return new Document({
    creator: 'CapDo',
    title: doc.title ? `${doc.title.type} ${doc.title.subject}` : (doc.letterSubject ?? ''),
    styles: { default: { document: { run: { font: FONT, size: pt(14) } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: { size: PAGE, margin: { ...MARGIN, header: mm(10), footer: mm(10) } },
        },
        headers: {
          // Page numbers from page 2, centred in the top margin (Phụ lục I, I.7).
          first: new Header({ children: [new Paragraph({ children: [] })] }),
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: pt(14) })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  })
}

/** The .docx bytes, in Node (CLI, tests) and the browser alike. */
export async function writeDocx(doc: OfficialDocument): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(documentToDocx(doc)))
}

/**
 * An official document (văn bản hành chính) as content, before any file format: the Decree 30/2020
 * layout's parts (Phụ lục I) named for what they are, so the dossier forms are built and tested as
 * plain data and one writer (word/write-docx.ts) lays every one of them out the same way.
 */

/** What an officer must still write by hand: the dotted line of the printed forms. */
export const DOTS = '……………………'

/** The dotted number of a document not yet registered ("Số: ………/QĐ-………"). */
export const NUMBER_DOTS = '………'

export type DocumentBlock =
  /** A part's title, e.g. "Phần 1. Thông tin chung" (bold, not indented). */
  | { kind: 'heading'; text: string }
  /** Body text, justified with a first-line indent. */
  | { kind: 'paragraph'; text: string; italic?: boolean }
  /** "1. Tên hệ thống thông tin: …" — the label, then the register's value or dots. */
  | { kind: 'field'; label: string; value: string }
  /** A document of the dossier, ticked when the checklist has it. */
  | { kind: 'check'; text: string; checked: boolean }

export interface OfficialDocument {
  /** "Mẫu số 01" printed above the header, where the decree's form has one. */
  formLabel: string | null
  /** Cơ quan, tổ chức chủ quản trực tiếp (upper case, not bold). */
  parentBody: string
  /** Cơ quan, tổ chức ban hành (upper case, bold, short rule below). */
  issuingBody: string
  /** "Số: ....../QĐ-SKHCN": the number is given when the document is registered. */
  numberLine: string
  /** A công văn's "V/v …" under the number; null for a document with a type name. */
  letterSubject: string | null
  /** "Hải Phòng, ngày … tháng … năm …" (italic). */
  placeDateLine: string
  /** Tên loại (QUYẾT ĐỊNH, TỜ TRÌNH …) and trích yếu, centred; null for a công văn. */
  title: { type: string; subject: string } | null
  /** "Kính gửi:" addressees; empty for none. */
  addressees: string[]
  /** Căn cứ ban hành, italic, one per line. */
  basis: string[]
  body: DocumentBlock[]
  signer: {
    /** Quyền hạn, chức vụ (upper case, bold), one line each. */
    authority: string[]
    /** The form's instruction under the authority, e.g. "(Ký, ghi rõ họ tên, chức danh và đóng dấu)". */
    note: string | null
    name: string
  }
  /** "Nơi nhận:" lines, each printed with its dash. */
  recipients: string[]
}

/**
 * Every piece of text a document prints, in reading order: what a test compares with the text
 * LibreOffice reads back, and what the check for leftover template markers scans.
 */
export function documentLines(doc: OfficialDocument): string[] {
  const lines: string[] = []
  if (doc.formLabel) lines.push(doc.formLabel)
  lines.push(doc.parentBody, doc.issuingBody)
  if (doc.numberLine) lines.push(doc.numberLine)
  if (doc.letterSubject) lines.push(doc.letterSubject)
  lines.push(doc.placeDateLine)
  if (doc.title) lines.push(doc.title.type, doc.title.subject)
  if (doc.addressees.length) lines.push(`Kính gửi: ${doc.addressees.join('; ')}`)
  lines.push(...doc.basis)
  for (const block of doc.body) {
    if (block.kind === 'field') lines.push(`${block.label} ${block.value}`)
    else lines.push(block.text)
  }
  lines.push(...doc.signer.authority)
  if (doc.signer.note) lines.push(doc.signer.note)
  if (doc.signer.name) lines.push(doc.signer.name)
  if (doc.recipients.length) lines.push('Nơi nhận:', ...doc.recipients)
  return lines.filter((l) => l !== '')
}

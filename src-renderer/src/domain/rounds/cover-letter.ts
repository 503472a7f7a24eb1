/**
 * The cover letter (công văn) of a collection round (issue #17): the letter that asks every
 * recipient to review its information systems as of "Tính đến ngày" and send the attached
 * request workbook (phiếu) back by the due date. Built as plain data (OfficialDocument) in the
 * Decree 30/2020 layout of a công văn (Phụ lục III, Mẫu 1.5: "Số:" and "V/v …" under the issuing
 * body, "Kính gửi:", "Nơi nhận:" with the last line "Lưu: VT, …"); word/write-docx.ts lays it out.
 * The sentences are a draft for the officer to edit, not a form any decree prescribes.
 */
import { formatViDate } from '../calendar-date'
import { DECREE_BASIS, securityWord } from '../documents/dossier-input'
import { DOTS, type DocumentBlock, type OfficialDocument } from '../documents/official-document'
import type { LegalRegime } from '../law/regime'
import { placeDateLine, upperVi } from '../report/document-text'
import type { ReportSettings } from '../report/settings'
import { foldKey } from '../text'
import type { Round } from './round'

export interface CoverLetterInput {
  round: Pick<Round, 'letterNo' | 'letterDate' | 'subject' | 'asOf' | 'dueOn' | 'recipients'>
  /** Issuing body, place, signer and contact (Settings → Báo cáo). */
  settings: ReportSettings
  /** The active rule set's regime: which decree the letter cites and its words. */
  regime: LegalRegime
}

/**
 * Up to this many recipients are named after "Kính gửi:" (one a line when several, ô 9a); a longer
 * list would push the text to the second page, so the letter then addresses "the bodies listed
 * under Nơi nhận" — the list itself is always printed there in full.
 */
export const MAX_NAMED_ADDRESSEES = 5

export const ADDRESSEES_BY_LIST = 'Các cơ quan, đơn vị có tên tại phần Nơi nhận'

/** The trích yếu when the round has none. */
export function defaultRoundSubject(regime: LegalRegime): string {
  return `rà soát, cập nhật danh mục hệ thống thông tin và tình hình bảo đảm ${securityWord(regime)} theo cấp độ`
}

/** "V/v …" (ô 5b): the round's trích yếu, without a "V/v" the officer may have typed already. */
export function letterSubjectLine(subject: string, regime: LegalRegime): string {
  const bare = subject
    .trim()
    .replace(/^V\/v\s*/iu, '')
    .trim()
  return `V/v ${bare || defaultRoundSubject(regime)}`
}

/** "Số: 125/STTTT-BCVT" (ô 3), without a "Số:" the officer may have typed already. */
export function letterNumberLine(letterNo: string): string {
  return `Số: ${letterNo.trim().replace(/^Số\s*:?\s*/iu, '')}`
}

/**
 * The drafting unit's abbreviation for "Lưu: VT, …": a công văn's symbol is the issuing body's
 * abbreviation, a dash and the drafting unit's ("05/BNV-VP"), so it is the symbol's last part.
 * This is how the symbols are commonly built, read from the number the officer typed; when the
 * number has no such part the abbreviation is left dotted for the officer to write.
 */
export function draftingUnitOf(letterNo: string): string | null {
  const symbol = letterNo.split('/').slice(1).join('/')
  const parts = symbol.split('-').map((p) => p.trim())
  const last = parts.length >= 2 ? parts[parts.length - 1] : ''
  return /^[\p{Lu}\p{Nd}&.]{1,20}$/u.test(last) ? last : null
}

function orDots(text: string): string {
  return text.trim() || DOTS
}

function body(input: CoverLetterInput): DocumentBlock[] {
  const { round, settings, regime } = input
  const decree = DECREE_BASIS[regime].replace(/^Căn cứ /u, '').replace(/;$/u, '')
  const word = securityWord(regime)
  const asOf = formatViDate(round.asOf)
  const due = formatViDate(round.dueOn)
  return [
    {
      kind: 'paragraph',
      text:
        `Thực hiện ${decree}, để cập nhật danh mục hệ thống thông tin và tình hình bảo đảm ${word} ` +
        'hệ thống thông tin theo cấp độ, đề nghị các cơ quan, đơn vị thực hiện các nội dung sau:',
    },
    {
      kind: 'paragraph',
      text:
        `1. Rà soát các hệ thống thông tin do cơ quan, đơn vị quản lý, vận hành, tính đến ngày ${asOf}: ` +
        'tên hệ thống, cấp độ đề xuất, tình trạng hồ sơ đề xuất cấp độ (số, ngày quyết định phê duyệt), ' +
        `việc triển khai phương án bảo đảm ${word} và lần kiểm tra, đánh giá gần nhất.`,
    },
    {
      kind: 'paragraph',
      text:
        '2. Cập nhật kết quả rà soát vào Phiếu thu thập thông tin gửi kèm Công văn này (mỗi cơ quan, ' +
        'đơn vị một phiếu, đã ghi sẵn các hệ thống thông tin của đơn vị theo số liệu đang theo dõi): ' +
        'sửa thông tin đã thay đổi, bổ sung hệ thống thông tin còn thiếu vào các dòng trống; ' +
        'giữ nguyên tên tệp, các cột và trang ẩn của phiếu.',
    },
    {
      kind: 'paragraph',
      text: `3. Gửi Phiếu đã cập nhật (tệp Excel) về đầu mối liên hệ dưới đây chậm nhất ngày ${due}.`,
    },
    {
      kind: 'paragraph',
      text:
        `Đầu mối liên hệ: ${orDots(settings.contactPerson)}, số điện thoại: ${orDots(settings.contactPhone)}, ` +
        `thư điện tử: ${orDots(settings.contactEmail)}.`,
    },
    {
      kind: 'paragraph',
      text: 'Đề nghị các cơ quan, đơn vị quan tâm, phối hợp thực hiện đúng thời hạn./.',
    },
  ]
}

/**
 * "Nơi nhận:" (ô 9b): every recipient of the round, each ending with ";", then "Lưu: VT, …." —
 * the drafting unit from the letter's symbol. Names that differ only in case, accents or spacing
 * are listed once.
 */
export function coverLetterRecipients(input: CoverLetterInput): string[] {
  const seen = new Set<string>()
  const lines: string[] = []
  for (const r of input.round.recipients) {
    const name = r.unitName.trim().replace(/[\s;.,]+$/u, '')
    const key = foldKey(name)
    if (name === '' || seen.has(key)) continue
    seen.add(key)
    lines.push(`${name};`)
  }
  lines.push(`Lưu: VT, ${draftingUnitOf(input.round.letterNo) ?? DOTS}.`)
  return lines
}

function addressees(input: CoverLetterInput): string[] {
  const names = input.round.recipients.map((r) => r.unitName.trim()).filter(Boolean)
  return names.length <= MAX_NAMED_ADDRESSEES ? names : [ADDRESSEES_BY_LIST]
}

export function coverLetterDocument(input: CoverLetterInput): OfficialDocument {
  const { round, settings, regime } = input
  return {
    formLabel: null,
    parentBody: upperVi(settings.parentBody.trim()),
    issuingBody: upperVi(settings.issuingBody.trim()),
    numberLine: letterNumberLine(round.letterNo),
    letterSubject: letterSubjectLine(round.subject, regime),
    placeDateLine: placeDateLine(settings.place, round.letterDate),
    title: null,
    addressees: addressees(input),
    basis: [],
    body: body(input),
    signer: {
      authority: upperVi(settings.signerTitle)
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean),
      note: null,
      name: settings.signerName.trim(),
    },
    recipients: coverLetterRecipients(input),
  }
}

/** "cong-van-125-sttt-bcvt.docx": no diacritics or slashes, so every disk and mail keeps it. */
export function coverLetterFileName(letterNo: string): string {
  const slug = foldKey(letterNumberLine(letterNo).slice('Số: '.length))
    .replace(/[^a-z0-9]+/gu, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/gu, '')
  return `cong-van${slug ? `-${slug}` : ''}.docx`
}

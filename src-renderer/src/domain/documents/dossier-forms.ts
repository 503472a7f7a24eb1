/**
 * The documents of a level dossier as Word drafts: Decree 331's Mẫu 01–07 (law/nd-331-2026-trich.md,
 * "PHỤ LỤC"), filled from the register and left dotted where only a person can write. The parts
 * each form lists are the decree's; the sentences around them are drafts for the officer to edit.
 * Under Decree 85 the same documents are drafted in the same layout, without the 331 form numbers.
 */
import { formatViDate } from '../calendar-date'
import { placeDateLine } from '../report/document-text'
import type { DossierPart } from '../law/dossier-checklist'
import {
  criteriaLines,
  DECREE_BASIS,
  hasPart,
  levelAtLeast,
  levelText,
  operatorName,
  ownerName,
  securityWord,
  type DossierDocumentInput,
} from './dossier-input'
import { DOTS, NUMBER_DOTS, type DocumentBlock, type OfficialDocument } from './official-document'

export const DOSSIER_FORMS = ['01', '02', '03', '04', '05', '06', '07'] as const
export type DossierForm = (typeof DOSSIER_FORMS)[number]

/** The forms' names as the decree's appendix lists them. */
export const DOSSIER_FORM_NAME: Record<DossierForm, string> = {
  '01': 'Văn bản đề nghị thẩm định, phê duyệt hồ sơ đề xuất cấp độ',
  '02': 'Văn bản đề nghị thẩm định hồ sơ đề xuất cấp độ',
  '03': 'Văn bản xin ý kiến chuyên môn về hồ sơ đề xuất cấp độ',
  '04': 'Ý kiến thẩm định hồ sơ đề xuất cấp độ',
  '05': 'Tờ trình phê duyệt hồ sơ đề xuất cấp độ',
  '06': 'Quyết định phê duyệt cấp độ hệ thống thông tin',
  '07': 'Quyết định về việc phê duyệt phương án bảo đảm an ninh mạng hệ thống thông tin',
}

/** The signer block of Mẫu 01–07. */
const REPRESENTATIVE = 'ĐẠI DIỆN CỦA CƠ QUAN, TỔ CHỨC'
const SIGN_NOTE = '(Ký, ghi rõ họ tên, chức danh và đóng dấu)'

/** Who issues a document, as its header names it. */
interface Issuer {
  parentBody: string
  /** As the header prints it, in capitals. */
  issuingBody: string
  /** As a sentence names it ("Kính gửi: Sở Khoa học và Công nghệ"). */
  name: string
}

const upper = (s: string) => s.trim().toLocaleUpperCase('vi-VN')

function operatingUnit(input: DossierDocumentInput): Issuer {
  const name = operatorName(input)
  return { parentBody: upper(input.settings.parentBody), issuingBody: upper(name), name }
}

function securityUnit(input: DossierDocumentInput): Issuer {
  const name = input.settings.securityUnitName.trim() || DOTS
  return { parentBody: upper(input.settings.parentBody), issuingBody: upper(name), name }
}

function owner(input: DossierDocumentInput): Issuer {
  const name = ownerName(input)
  return { parentBody: '', issuingBody: upper(name), name }
}

/** Levels 4–5 are appraised by Bộ Công an under Decree 331 (Điều 18), by Bộ TT&TT under Decree 85. */
function appraiser(input: DossierDocumentInput): Issuer {
  if (!levelAtLeast(input, 4)) return securityUnit(input)
  const ministry = input.regime === 'ND331' ? 'Bộ Công an' : 'Bộ Thông tin và Truyền thông'
  return { parentBody: upper(ministry), issuingBody: DOTS, name: ministry }
}

/** Levels 1–2 are approved by the owner's security unit, 3–5 by the owner. */
function approver(input: DossierDocumentInput): Issuer {
  return levelAtLeast(input, 3) ? owner(input) : securityUnit(input)
}

/** Phần 1 "Thông tin chung": the four fields of Mẫu 01, 02, 03 and 05. */
function generalInformation(input: DossierDocumentInput): DocumentBlock[] {
  const blocks: DocumentBlock[] = [
    { kind: 'heading', text: 'Phần 1. Thông tin chung' },
    { kind: 'field', label: '1. Tên hệ thống thông tin:', value: input.system.name },
    { kind: 'field', label: '2. Đơn vị vận hành hệ thống thông tin:', value: operatorName(input) },
    { kind: 'field', label: '3. Địa chỉ:', value: DOTS },
    { kind: 'field', label: '4. Cấp độ hệ thống thông tin đề xuất:', value: levelText(input) },
  ]
  const criteria = criteriaLines(input)
  if (criteria.length) {
    blocks.push({ kind: 'paragraph', text: 'Căn cứ đề xuất cấp độ (tiêu chí được đáp ứng):' })
    for (const line of criteria) blocks.push({ kind: 'paragraph', text: `- ${line}`, italic: true })
  }
  return blocks
}

interface AttachedDocument {
  part: DossierPart
  text: (input: DossierDocumentInput) => string
  /** Whether this form lists the document for this system. */
  listed: (form: DossierForm, input: DossierDocumentInput) => boolean
}

/**
 * Điều 21 khoản 2's (Decree 85: Điều 15 khoản 2's) design document, in its words: point a for a
 * system not yet live (a new or extended project), point b for one in operation.
 */
function designDocument(input: DossierDocumentInput): string {
  const live = input.system.commissionedOn !== null && input.system.commissionedOn <= input.on
  const words = live
    ? 'thiết kế thi công đã được cấp có thẩm quyền phê duyệt hoặc tài liệu có giá trị tương đương'
    : 'thiết kế sơ bộ hoặc tài liệu có giá trị tương đương'
  // Decree 85's text capitalises the point after its colon; Decree 331's does not.
  const point = input.regime === 'ND85' ? words.replace(/^t/u, 'T') : words
  return `Tài liệu thiết kế: ${point}.`
}

/**
 * The documents Phần 2 lists, in the words of Decree 331 Điều 21 khoản 1–5 (Decree 85 Điều 15) and,
 * for the appraisal opinion, Mẫu 05's (Decree 85: Điều 17 khoản 1 điểm b). law-quotes.test.ts
 * checks them against law/.
 */
const ATTACHED: readonly AttachedDocument[] = [
  {
    part: 'description',
    text: () => 'Tài liệu mô tả, thuyết minh tổng quan về hệ thống thông tin.',
    listed: () => true,
  },
  {
    part: 'design',
    text: designDocument,
    listed: () => true,
  },
  {
    part: 'level_justification',
    text: () =>
      'Tài liệu thuyết minh về việc đề xuất cấp độ căn cứ trên các tiêu chí theo quy định của pháp luật.',
    listed: () => true,
  },
  {
    part: 'protection_plan',
    text: (i) => `Tài liệu thuyết minh phương án bảo đảm ${securityWord(i.regime)} theo cấp độ tương ứng.`,
    listed: () => true,
  },
  {
    part: 'security_unit_opinion',
    text: (i) =>
      `Ý kiến về mặt chuyên môn của đơn vị chuyên trách về ${securityWord(i.regime)}${i.regime === 'ND85' ? ' của chủ quản hệ thống thông tin' : ''} đối với hệ thống thông tin đề xuất cấp độ 4 hoặc cấp độ 5.`,
    listed: (form, i) => (form === '02' || form === '05') && levelAtLeast(i, 4),
  },
  {
    part: 'appraisal_opinion',
    text: (i) =>
      `Ý kiến thẩm định của cơ quan ${i.regime === 'ND85' ? 'chủ trì' : 'phối hợp'} thẩm định đối với hệ thống thông tin đề xuất từ cấp độ 3 trở lên.`,
    listed: (form, i) => form === '05' && levelAtLeast(i, 3),
  },
]

/** The documents a form lists, each ticked when the dossier's checklist has it. */
function attachedDocuments(form: DossierForm, input: DossierDocumentInput): DocumentBlock[] {
  return ATTACHED.filter((d) => d.listed(form, input)).map((d, i) => ({
    kind: 'check' as const,
    text: `${i + 1}. ${d.text(input)}`,
    checked: hasPart(input, d.part),
  }))
}

function frame(
  form: DossierForm,
  input: DossierDocumentInput,
  issuer: Issuer,
  parts: Pick<OfficialDocument, 'numberLine' | 'letterSubject' | 'title' | 'addressees' | 'basis' | 'body'> &
    Partial<Pick<OfficialDocument, 'placeDateLine' | 'recipients'>>,
): OfficialDocument {
  return {
    formLabel: input.regime === 'ND331' ? `Mẫu số ${form}` : null,
    parentBody: issuer.parentBody,
    issuingBody: issuer.issuingBody,
    placeDateLine: parts.placeDateLine ?? placeDateLine(input.settings.place, input.on),
    signer: { authority: [REPRESENTATIVE], note: SIGN_NOTE, name: '' },
    recipients: parts.recipients ?? ['Như trên;', `${DOTS};`, 'Lưu: VT.'],
    ...parts,
  }
}

function request(form: '01' | '02' | '03' | '05', input: DossierDocumentInput): OfficialDocument {
  const what: Record<typeof form, string> = {
    '01': 'thẩm định, phê duyệt hồ sơ đề xuất cấp độ',
    '02': 'thẩm định hồ sơ đề xuất cấp độ',
    '03': 'cho ý kiến về mặt chuyên môn đối với hồ sơ đề xuất cấp độ',
    '05': 'phê duyệt hồ sơ đề xuất cấp độ',
  }
  const to: Record<typeof form, Issuer> = {
    '01': securityUnit(input),
    '02': appraiser(input),
    '03': securityUnit(input),
    '05': approver(input),
  }
  const addressee = to[form].name
  const sender = operatorName(input)
  const body: DocumentBlock[] = [
    {
      kind: 'paragraph',
      text: `Thực hiện ${DECREE_BASIS[input.regime].replace(/^Căn cứ /u, '').replace(/;$/u, '')}, ${sender} đề nghị ${addressee} ${what[form]} đối với hệ thống thông tin sau:`,
    },
    ...generalInformation(input),
    { kind: 'heading', text: 'Phần 2. Hồ sơ kèm theo' },
    ...attachedDocuments(form, input),
    {
      kind: 'paragraph',
      text: `Đầu mối liên hệ: ${DOTS}, số điện thoại: ${DOTS}, thư điện tử: ${DOTS}.`,
    },
  ]
  if (form === '05') {
    return frame(form, input, operatingUnit(input), {
      numberLine: `Số: ${NUMBER_DOTS}/TTr-${NUMBER_DOTS}`,
      letterSubject: null,
      title: { type: 'TỜ TRÌNH', subject: 'Về việc phê duyệt hồ sơ đề xuất cấp độ hệ thống thông tin' },
      addressees: [addressee],
      basis: [],
      body,
    })
  }
  return frame(form, input, operatingUnit(input), {
    numberLine: `Số: ${NUMBER_DOTS}/${NUMBER_DOTS}`,
    letterSubject: `V/v ${form === '03' ? 'xin ý kiến chuyên môn về' : `đề nghị ${what[form]}`}${form === '03' ? ' hồ sơ đề xuất cấp độ' : ''} hệ thống thông tin`,
    title: null,
    addressees: [addressee],
    basis: [],
    body,
  })
}

function appraisalOpinion(input: DossierDocumentInput): OfficialDocument {
  // The appraisal's points in the words of Decree 331 Điều 23 khoản 1 (Decree 85 Điều 16 khoản 1).
  const plan = `Sự phù hợp của phương án bảo đảm ${input.regime === 'ND331' ? 'an ninh mạng' : 'an toàn'} hệ thống thông tin`
  return frame('04', input, appraiser(input), {
    numberLine: `Số: ${NUMBER_DOTS}/${NUMBER_DOTS}`,
    letterSubject: null,
    title: {
      type: 'Ý KIẾN THẨM ĐỊNH',
      subject: `Hồ sơ đề xuất cấp độ hệ thống thông tin ${input.system.name}`,
    },
    addressees: [],
    basis: [],
    body: [
      { kind: 'heading', text: 'Phần 1. Hồ sơ, tài liệu thẩm định' },
      ...attachedDocuments('02', input),
      { kind: 'heading', text: 'Phần 2. Căn cứ pháp lý' },
      { kind: 'paragraph', text: DECREE_BASIS[input.regime].replace(/;$/u, '.') },
      { kind: 'heading', text: 'Phần 3. Tổ chức thẩm định' },
      { kind: 'field', label: '1. Đơn vị chủ trì thẩm định:', value: DOTS },
      { kind: 'field', label: '2. Đơn vị phối hợp thẩm định:', value: DOTS },
      {
        kind: 'field',
        label: '3. Hình thức thẩm định:',
        value: 'Tổ chức họp hoặc lấy ý kiến bằng văn bản hoặc áp dụng cả hai hình thức (nếu cần thiết).',
      },
      { kind: 'heading', text: 'Phần 4. Ý kiến thẩm định' },
      { kind: 'field', label: '1. Sự phù hợp về việc đề xuất cấp độ:', value: DOTS },
      {
        kind: 'field',
        label: `2. ${plan} trong thiết kế sơ bộ, thiết kế thi công hoặc tài liệu có giá trị tương đương theo cấp độ tương ứng:`,
        value: DOTS,
      },
      {
        kind: 'field',
        label: `3. ${plan} trong quá trình vận hành hệ thống theo cấp độ tương ứng:`,
        value: DOTS,
      },
      { kind: 'heading', text: 'Phần 5. Kết luận' },
      {
        kind: 'paragraph',
        text: 'Hồ sơ đề xuất cấp độ hệ thống thông tin là phù hợp/chưa phù hợp (nếu chưa phù hợp đề nghị chỉ rõ những nội dung chưa phù hợp) để theo cấp độ đề xuất.',
      },
    ],
  })
}

/** A decision's number and date are the register's once it is recorded, dotted before. */
function decisionHeader(input: DossierDocumentInput): Pick<OfficialDocument, 'numberLine' | 'placeDateLine'> {
  const s = input.system
  const known = s.decisionNo.trim() !== '' && s.approvedOn !== null
  return {
    numberLine: known ? `Số: ${s.decisionNo.trim()}` : `Số: ${NUMBER_DOTS}/QĐ-${NUMBER_DOTS}`,
    placeDateLine: placeDateLine(input.settings.place, known && s.approvedOn ? s.approvedOn : input.on),
  }
}

function levelDecision(input: DossierDocumentInput): OfficialDocument {
  const word = securityWord(input.regime)
  return frame('06', input, approver(input), {
    ...decisionHeader(input),
    letterSubject: null,
    title: { type: 'QUYẾT ĐỊNH', subject: 'Về việc phê duyệt cấp độ hệ thống thông tin' },
    addressees: [],
    basis: [
      DECREE_BASIS[input.regime],
      `Xét đề nghị của ${operatorName(input)} và ý kiến thẩm định của ${DOTS}.`,
    ],
    body: [
      { kind: 'heading', text: 'QUYẾT ĐỊNH:' },
      { kind: 'paragraph', text: 'Điều 1. Phê duyệt cấp độ hệ thống thông tin như sau:' },
      { kind: 'paragraph', text: '1. Thông tin chung' },
      { kind: 'field', label: 'a) Tên hệ thống thông tin:', value: input.system.name },
      { kind: 'field', label: 'b) Đơn vị vận hành hệ thống thông tin:', value: operatorName(input) },
      { kind: 'field', label: 'c) Địa chỉ:', value: DOTS },
      { kind: 'field', label: '2. Cấp độ hệ thống thông tin:', value: levelText(input) },
      { kind: 'field', label: `3. Phương án bảo đảm ${word}:`, value: DOTS },
      { kind: 'paragraph', text: 'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.' },
      {
        kind: 'paragraph',
        text: `Điều 3. ${operatorName(input)} và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này.`,
      },
    ],
    recipients: ['Như Điều 3;', `${DOTS};`, 'Lưu: VT.'],
  })
}

function planDecision(input: DossierDocumentInput): OfficialDocument {
  const word = securityWord(input.regime)
  const s = input.system
  const approval =
    s.decisionNo.trim() && s.approvedOn
      ? `, đã được phê duyệt cấp độ tại Quyết định số ${s.decisionNo.trim()} ngày ${formatViDate(s.approvedOn)}${s.approvalIssuer.trim() ? ` của ${s.approvalIssuer.trim()}` : ''}`
      : ''
  return frame('07', input, approver(input), {
    numberLine: `Số: ${NUMBER_DOTS}/QĐ-${NUMBER_DOTS}`,
    letterSubject: null,
    title: {
      type: 'QUYẾT ĐỊNH',
      subject: `Về việc phê duyệt phương án bảo đảm ${word} hệ thống thông tin`,
    },
    addressees: [],
    basis: [DECREE_BASIS[input.regime], `Xét đề nghị của ${operatorName(input)}.`],
    body: [
      { kind: 'heading', text: 'QUYẾT ĐỊNH:' },
      {
        kind: 'paragraph',
        text: `Điều 1. Phê duyệt phương án bảo đảm ${word} của hệ thống thông tin ${s.name} (${levelText(input).toLocaleLowerCase('vi-VN')})${approval}, gồm các nội dung sau:`,
      },
      { kind: 'field', label: '1. Phương án bảo đảm an toàn về quản lý:', value: DOTS },
      { kind: 'field', label: '2. Phương án bảo đảm an toàn về kỹ thuật:', value: DOTS },
      { kind: 'paragraph', text: 'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.' },
      {
        kind: 'paragraph',
        text: `Điều 3. ${operatorName(input)} và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này.`,
      },
    ],
    recipients: ['Như Điều 3;', `${DOTS};`, 'Lưu: VT.'],
  })
}

export function dossierFormDocument(form: DossierForm, input: DossierDocumentInput): OfficialDocument {
  switch (form) {
    case '01':
    case '02':
    case '03':
    case '05':
      return request(form, input)
    case '04':
      return appraisalOpinion(input)
    case '06':
      return levelDecision(input)
    case '07':
      return planDecision(input)
  }
}

/**
 * The thuyết minh of a level dossier (Decree 331 Điều 22 khoản 2–6): the overview, the proposal of
 * the level with the wizard's facts and the quoted criteria, and the protection plan. The register
 * fills what it knows (owner, unit, scope, information and system types, the level and its
 * criteria); the architecture, the risks and the plan are headings for the officer to complete.
 */
import { INFORMATION_TYPE_LABEL, SYSTEM_TYPE_LABEL } from '../vocabulary'
import { justificationFactLines } from '../law/level-justification'
import { placeDateLine } from '../report/document-text'
import {
  criteriaLines,
  levelAtLeast,
  levelText,
  operatorName,
  ownerName,
  securityWord,
  type DossierDocumentInput,
} from './dossier-input'
import { DOTS, type DocumentBlock, type OfficialDocument } from './official-document'

function partyFields(
  title: string,
  nameLabel: string,
  name: string,
  address: string,
  contact: string,
): DocumentBlock[] {
  return [
    { kind: 'paragraph', text: title },
    { kind: 'field', label: `- ${nameLabel}:`, value: name || DOTS },
    { kind: 'field', label: '- Quy định chức năng, nhiệm vụ và quyền hạn:', value: DOTS },
    { kind: 'field', label: '- Người đại diện, chức vụ:', value: DOTS },
    { kind: 'field', label: '- Địa chỉ:', value: address || DOTS },
    { kind: 'field', label: '- Thông tin liên hệ (số điện thoại, thư điện tử):', value: contact || DOTS },
  ]
}

/**
 * The system's characteristics: the level wizard's answers where it was used (type, information,
 * services, scope, harm — in the decree's words), else the classification the register holds.
 */
function detailLines(input: DossierDocumentInput, info: string): DocumentBlock[] {
  const saved = input.system.levelJustification
  if (saved) {
    return justificationFactLines(saved.answers, input.regime).map((text) => ({ kind: 'paragraph', text }))
  }
  const { systemType } = input.system
  return [
    {
      kind: 'field',
      label: '- Loại hệ thống thông tin:',
      value: systemType ? SYSTEM_TYPE_LABEL[systemType] : DOTS,
    },
    { kind: 'field', label: '- Loại thông tin được xử lý:', value: info || DOTS },
  ]
}

export function thuyetMinhDocument(input: DossierDocumentInput): OfficialDocument {
  const { system, settings, regime } = input
  const word = securityWord(regime)
  const contact = [settings.contactPhone, settings.contactEmail].filter((s) => s.trim()).join(', ')
  const info = system.informationTypes.map((t) => INFORMATION_TYPE_LABEL[t]).join('; ')
  const criteria = criteriaLines(input)
  const body: DocumentBlock[] = [
    { kind: 'heading', text: 'I. THUYẾT MINH TỔNG QUAN VỀ HỆ THỐNG THÔNG TIN' },
    ...partyFields(
      '1. Thông tin về chủ quản hệ thống thông tin',
      'Tên chủ quản hệ thống thông tin',
      ownerName(input),
      settings.ownerAddress,
      contact,
    ),
    ...partyFields(
      '2. Thông tin về đơn vị vận hành hệ thống thông tin',
      'Tên đơn vị vận hành',
      input.unitName,
      '',
      '',
    ),
    {
      kind: 'field',
      label: '3. Phạm vi, quy mô và đối tượng phục vụ của hệ thống:',
      value: system.description.trim() || DOTS,
    },
    {
      kind: 'field',
      label:
        '4. Kiến trúc hệ thống (mô hình lô-gic, vật lý; danh mục thiết bị, ứng dụng, dịch vụ; quy hoạch vùng mạng và địa chỉ IP):',
      value: DOTS,
    },
    { kind: 'heading', text: 'II. THUYẾT MINH VỀ VIỆC ĐỀ XUẤT CẤP ĐỘ' },
    { kind: 'paragraph', text: '1. Danh mục các hệ thống thông tin và cấp độ tương ứng' },
    { kind: 'field', label: '- Tên hệ thống thông tin:', value: system.name },
    { kind: 'field', label: '- Cấp độ đề xuất:', value: levelText(input) },
    { kind: 'paragraph', text: '2. Thuyết minh chi tiết' },
    ...detailLines(input, info),
    { kind: 'paragraph', text: '- Căn cứ đề xuất cấp độ:' },
    ...(criteria.length
      ? criteria.map((line): DocumentBlock => ({ kind: 'paragraph', text: `+ ${line}`, italic: true }))
      : [{ kind: 'paragraph' as const, text: DOTS }]),
    {
      kind: 'field',
      label: `3. Nhận diện sơ bộ các nguy cơ, rủi ro ${word} chính và mức độ ảnh hưởng dự kiến:`,
      value: DOTS,
    },
  ]
  if (levelAtLeast(input, 4)) {
    body.push({
      kind: 'field',
      label: `4. Đánh giá rủi ro ${word} (hệ thống thông tin liên quan, kết nối; nguy cơ tấn công mạng; phạm vi, mức độ ảnh hưởng; yêu cầu vận hành 24/7):`,
      value: DOTS,
    })
  }
  body.push(
    { kind: 'heading', text: `III. THUYẾT MINH PHƯƠNG ÁN BẢO ĐẢM ${word.toLocaleUpperCase('vi-VN')}` },
    { kind: 'field', label: '1. Phương án đáp ứng yêu cầu về quản lý:', value: DOTS },
    { kind: 'field', label: '2. Phương án đáp ứng yêu cầu về kỹ thuật:', value: DOTS },
  )
  const unit = operatorName(input)
  return {
    formLabel: null,
    parentBody: settings.parentBody.trim().toLocaleUpperCase('vi-VN'),
    issuingBody: unit.toLocaleUpperCase('vi-VN'),
    numberLine: '',
    letterSubject: null,
    placeDateLine: placeDateLine(settings.place, input.on),
    title: { type: 'THUYẾT MINH', subject: `Hồ sơ đề xuất cấp độ hệ thống thông tin ${system.name}` },
    addressees: [],
    basis: [],
    body,
    signer: { authority: [unit.toLocaleUpperCase('vi-VN')], note: null, name: '' },
    recipients: [],
  }
}

import { describe, expect, it } from 'vitest'
import { documentLines } from '../documents/official-document'
import { DEFAULT_REPORT_SETTINGS } from '../report/settings'
import {
  ADDRESSEES_BY_LIST,
  coverLetterDocument,
  coverLetterFileName,
  draftingUnitOf,
  MAX_NAMED_ADDRESSEES,
  type CoverLetterInput,
} from './cover-letter'
import { sampleRound } from './test-support'

const settings = {
  ...DEFAULT_REPORT_SETTINGS,
  signerTitle: 'KT. Giám đốc\nPhó Giám đốc',
  signerName: 'Nguyễn Văn An',
  contactPerson: 'Trần Thị Bình',
  contactPhone: '0225 3842 123',
  contactEmail: 'cntt@haiphong.gov.vn',
}

function letter(round: Partial<CoverLetterInput['round']> = {}, rest: Partial<CoverLetterInput> = {}) {
  return coverLetterDocument({ round: { ...sampleRound(), ...round }, settings, regime: 'ND331', ...rest })
}

function recipients(n: number) {
  return Array.from({ length: n }, (_, i) => ({
    unitId: `u${i + 1}`,
    unitName: `Đơn vị số ${i + 1}`,
    token: 't',
    sentOn: null,
    receivedOn: null,
    changes: null,
  }))
}

describe('the cover letter of a collection round', () => {
  it('is a công văn with the round’s number, date and trích yếu in the Decree 30/2020 places', () => {
    const doc = letter()
    expect(doc.title).toBeNull()
    expect(doc.issuingBody).toBe('SỞ KHOA HỌC VÀ CÔNG NGHỆ')
    expect(doc.numberLine).toBe('Số: 125/STTTT-BCVT')
    expect(doc.letterSubject).toBe('V/v rà soát hệ thống thông tin và cấp độ an toàn')
    // Ô 4: days below 10 and months 1–2 take a leading zero; 20/11 prints as is.
    expect(doc.placeDateLine).toBe('Hải Phòng, ngày 20 tháng 11 năm 2026')
    expect(doc.signer).toEqual({
      authority: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'],
      note: null,
      name: 'Nguyễn Văn An',
    })
  })

  it('asks for the review as of "Tính đến ngày" and the phiếu back by the due date, both dd/mm/yyyy', () => {
    const text = documentLines(letter()).join('\n')
    expect(text).toContain('tính đến ngày 30/11/2026')
    expect(text).toContain('Phiếu thu thập thông tin gửi kèm Công văn này')
    expect(text).toContain('chậm nhất ngày 10/12/2026')
    expect(text).toContain(
      'Đầu mối liên hệ: Trần Thị Bình, số điện thoại: 0225 3842 123, thư điện tử: cntt@haiphong.gov.vn.',
    )
    expect(text).toContain('Nghị định số 331/2026/NĐ-CP')
    expect(text).toContain('an ninh mạng')
    expect(text).not.toMatch(/undefined|null|NaN|\d{4}-\d{2}-\d{2}/u)
  })

  it('lists every recipient under "Nơi nhận", each ending with ";", then "Lưu: VT" and the drafting unit', () => {
    expect(letter().recipients).toEqual(['Sở Y tế;', 'Sở Xây dựng;', 'Lưu: VT, BCVT.'])
  })

  it('names up to five recipients after "Kính gửi"; more are addressed through the list of "Nơi nhận"', () => {
    expect(letter().addressees).toEqual(['Sở Y tế', 'Sở Xây dựng'])
    const five = letter({ recipients: recipients(MAX_NAMED_ADDRESSEES) })
    expect(five.addressees).toHaveLength(5)
    const many = letter({ recipients: recipients(95) })
    expect(many.addressees).toEqual([ADDRESSEES_BY_LIST])
    expect(many.recipients).toHaveLength(96)
    expect(many.recipients[0]).toBe('Đơn vị số 1;')
    expect(many.recipients[94]).toBe('Đơn vị số 95;')
    expect(many.recipients[95]).toBe('Lưu: VT, BCVT.')
  })

  it('lists a unit named twice (in other case or spacing) once, without the punctuation typed after it', () => {
    const doc = letter({
      recipients: [
        { ...recipients(1)[0], unitName: 'Sở Y tế;' },
        { ...recipients(2)[1], unitName: ' sở y  tế ' },
      ],
    })
    expect(doc.recipients).toEqual(['Sở Y tế;', 'Lưu: VT, BCVT.'])
  })

  it('does not repeat a "Số:" or "V/v" the officer typed, and drafts a trích yếu when the round has none', () => {
    expect(letter({ letterNo: 'Số: 07/SKHCN-CNTT' }).numberLine).toBe('Số: 07/SKHCN-CNTT')
    expect(letter({ subject: 'V/v báo cáo hệ thống' }).letterSubject).toBe('V/v báo cáo hệ thống')
    expect(letter({ subject: '' }).letterSubject).toBe(
      'V/v rà soát, cập nhật danh mục hệ thống thông tin và tình hình bảo đảm an ninh mạng theo cấp độ',
    )
    expect(letter({ subject: '' }, { regime: 'ND85' }).letterSubject).toContain('bảo đảm an toàn thông tin')
  })

  it('leaves the drafting unit and an empty contact dotted for the officer to write', () => {
    expect(draftingUnitOf('125/STTTT-BCVT')).toBe('BCVT')
    expect(draftingUnitOf('05/BNV-VP')).toBe('VP')
    expect(draftingUnitOf('125/STTTT')).toBeNull()
    expect(draftingUnitOf('.../2026')).toBeNull()
    const doc = coverLetterDocument({
      round: { ...sampleRound(), letterNo: '125/2026' },
      settings: DEFAULT_REPORT_SETTINGS,
      regime: 'ND331',
    })
    expect(doc.recipients.at(-1)).toBe('Lưu: VT, …………………….')
    expect(documentLines(doc).join('\n')).toContain('Đầu mối liên hệ: ……………………, số điện thoại: ……………………')
  })

  it('is saved under a name without diacritics or slashes', () => {
    expect(coverLetterFileName('125/STTTT-BCVT')).toBe('cong-van-125-stttt-bcvt.docx')
    expect(coverLetterFileName('Số 12/SỞ-VP')).toBe('cong-van-12-so-vp.docx')
  })
})

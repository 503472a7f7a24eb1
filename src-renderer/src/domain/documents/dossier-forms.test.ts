import { describe, expect, it } from 'vitest'
import { blankAnswers } from '../law/level-answers'
import { suggestLevel } from '../law/level-wizard'
import { draftDocument, draftFileName, DRAFT_KINDS } from './draft'
import { DOSSIER_FORMS, dossierFormDocument } from './dossier-forms'
import { documentLines, DOTS, type DocumentBlock, type OfficialDocument } from './official-document'
import { draftInput } from './test-input'

const text = (doc: OfficialDocument) => documentLines(doc).join('\n')
const checks = (doc: OfficialDocument) =>
  doc.body.filter((b): b is Extract<DocumentBlock, { kind: 'check' }> => b.kind === 'check')

describe('Mẫu 01–07 drafted from the register', () => {
  it('Mẫu 01 carries Phần 1 with the system, its unit and the proposed level, and Phần 2 with the four documents of Điều 21', () => {
    const doc = dossierFormDocument('01', draftInput())
    const all = text(doc)
    expect(doc.formLabel).toBe('Mẫu số 01')
    expect(all).toContain('Phần 1. Thông tin chung')
    expect(all).toContain('1. Tên hệ thống thông tin: Cổng thông tin điện tử Sở Y tế')
    expect(all).toContain('2. Đơn vị vận hành hệ thống thông tin: Sở Y tế')
    expect(all).toContain(`3. Địa chỉ: ${DOTS}`)
    expect(all).toContain('4. Cấp độ hệ thống thông tin đề xuất: Cấp độ 3')
    expect(all).toContain('Phần 2. Hồ sơ kèm theo')
    expect(checks(doc).map((c) => c.text.slice(0, 2))).toEqual(['1.', '2.', '3.', '4.'])
    expect(doc.signer.authority).toEqual(['ĐẠI DIỆN CỦA CƠ QUAN, TỔ CHỨC'])
    expect(doc.signer.note).toBe('(Ký, ghi rõ họ tên, chức danh và đóng dấu)')
    expect(doc.recipients[0]).toBe('Như trên;')
    expect(doc.issuingBody).toBe('SỞ Y TẾ')
    expect(doc.addressees).toEqual(['Sở Khoa học và Công nghệ'])
  })

  it('ticks exactly the documents the dossier checklist holds', () => {
    const doc = dossierFormDocument(
      '01',
      draftInput({ dossierChecklist: [{ part: 'design', on: '2026-10-01' }, { part: 'protection_plan', on: null }] }),
    )
    expect(checks(doc).map((c) => c.checked)).toEqual([false, true, false, true])
  })

  it('Mẫu 02 adds the security unit’s opinion for level 4 only; Mẫu 05 adds the appraisal opinion from level 3', () => {
    expect(checks(dossierFormDocument('02', draftInput({ level: 3 })))).toHaveLength(4)
    const four = checks(dossierFormDocument('02', draftInput({ level: 4 })))
    expect(four).toHaveLength(5)
    expect(four[4].text).toBe(
      '5. Ý kiến về mặt chuyên môn của đơn vị chuyên trách về an ninh mạng đối với hệ thống thông tin đề xuất cấp độ 4 hoặc cấp độ 5.',
    )
    const tt = checks(dossierFormDocument('05', draftInput({ level: 3 })))
    expect(tt.at(-1)?.text).toBe(
      '5. Ý kiến thẩm định của cơ quan phối hợp thẩm định đối với hệ thống thông tin đề xuất từ cấp độ 3 trở lên.',
    )
    expect(checks(dossierFormDocument('05', draftInput({ level: 2 })))).toHaveLength(4)
  })

  it('levels 4–5 are appraised by Bộ Công an under Decree 331 and by Bộ TT&TT under Decree 85', () => {
    expect(dossierFormDocument('02', draftInput({ level: 4 })).addressees).toEqual(['Bộ Công an'])
    expect(dossierFormDocument('04', draftInput({ level: 5 })).parentBody).toBe('BỘ CÔNG AN')
    expect(dossierFormDocument('02', draftInput({ level: 4 }, { regime: 'ND85' })).addressees).toEqual([
      'Bộ Thông tin và Truyền thông',
    ])
    expect(dossierFormDocument('02', draftInput({ level: 3 })).addressees).toEqual(['Sở Khoa học và Công nghệ'])
  })

  it('Mẫu 04 has its five parts and the conclusion in the form’s words', () => {
    const all = text(dossierFormDocument('04', draftInput()))
    for (const part of [
      'Phần 1. Hồ sơ, tài liệu thẩm định',
      'Phần 2. Căn cứ pháp lý',
      'Phần 3. Tổ chức thẩm định',
      'Phần 4. Ý kiến thẩm định',
      'Phần 5. Kết luận',
      '3. Hình thức thẩm định: Tổ chức họp hoặc lấy ý kiến bằng văn bản hoặc áp dụng cả hai hình thức (nếu cần thiết).',
      'Hồ sơ đề xuất cấp độ hệ thống thông tin là phù hợp/chưa phù hợp (nếu chưa phù hợp đề nghị chỉ rõ những nội dung chưa phù hợp) để theo cấp độ đề xuất.',
    ]) {
      expect(all).toContain(part)
    }
  })

  it('Mẫu 06 takes the decision’s number and date once recorded, and stays dotted before', () => {
    const approved = dossierFormDocument(
      '06',
      draftInput({ dossierState: 'approved', decisionNo: '1234/QĐ-UBND', approvedOn: '2026-09-05' }),
    )
    expect(approved.numberLine).toBe('Số: 1234/QĐ-UBND')
    expect(approved.placeDateLine).toBe('Hải Phòng, ngày 05 tháng 9 năm 2026')
    expect(text(approved)).toContain('2. Cấp độ hệ thống thông tin: Cấp độ 3')
    const draft = dossierFormDocument('06', draftInput())
    expect(draft.numberLine).toMatch(/^Số: …+\/QĐ-…+$/u)
    expect(draft.placeDateLine).toBe('Hải Phòng, ngày 07 tháng 12 năm 2026')
    // Level 3 is approved by the owner (Decree 331 Điều 18), levels 1–2 by its security unit.
    expect(draft.issuingBody).toBe('ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG')
    expect(dossierFormDocument('06', draftInput({ level: 2 })).issuingBody).toBe('SỞ KHOA HỌC VÀ CÔNG NGHỆ')
  })

  it('Mẫu 07 names the approval decision the plan rests on', () => {
    const doc = dossierFormDocument(
      '07',
      draftInput({ decisionNo: '1234/QĐ-UBND', approvedOn: '2026-09-05', approvalIssuer: 'UBND thành phố Hải Phòng' }),
    )
    expect(text(doc)).toContain(
      'đã được phê duyệt cấp độ tại Quyết định số 1234/QĐ-UBND ngày 05/09/2026 của UBND thành phố Hải Phòng',
    )
  })

  it('quotes the criteria the saved wizard answers meet under the dossier’s regime', () => {
    const answers = blankAnswers({ systemType: 'public_service', basicSubjects: 50_000 })
    const input = draftInput({
      levelJustification: {
        answers,
        regime: 'ND331',
        ruleSetId: 'ND331-2026',
        suggestedLevel: null,
        criterionIds: [],
        madeOn: '2026-11-01',
        text: '',
      },
    })
    const reasons = suggestLevel(answers, 'ND331').reasons
    expect(reasons.length).toBeGreaterThan(0)
    for (const kind of ['01', 'thuyet-minh'] as const) {
      const all = text(draftDocument(kind, input))
      for (const r of reasons) expect(all).toContain(r.quote ? `“${r.quote}”` : r.summary)
    }
  })

  it('under Decree 85 the forms carry no 331 form number and say "an toàn thông tin"', () => {
    const doc = dossierFormDocument('07', draftInput({}, { regime: 'ND85' }))
    expect(doc.formLabel).toBeNull()
    expect(doc.title?.subject).toBe('Về việc phê duyệt phương án bảo đảm an toàn thông tin hệ thống thông tin')
    expect(text(doc)).not.toContain('an ninh mạng')
    expect(text(doc)).toContain('Nghị định số 85/2016/NĐ-CP')
  })

  it('leaves no template marker, undefined or empty field in any document, at any level or with nothing known', () => {
    const bare = draftInput({ level: null, owner: '', description: '', systemType: null, informationTypes: [] })
    for (const input of [draftInput(), bare, draftInput({ level: 5 }, { regime: 'ND85' })]) {
      for (const kind of DRAFT_KINDS) {
        const doc = draftDocument(kind, input)
        const all = text(doc)
        expect(all, kind).not.toMatch(/undefined|null|NaN|\{|\}|\[object/u)
        for (const b of doc.body) if (b.kind === 'field') expect(b.value.trim(), `${kind} ${b.label}`).not.toBe('')
      }
    }
  })

  it('names files without diacritics after the form and the system', () => {
    expect(draftFileName('01', 'Cổng thông tin điện tử Sở Y tế')).toBe('mau-01-cong-thong-tin-dien-tu-so-y-te.docx')
    expect(draftFileName('thuyet-minh', 'Hệ thống “Một cửa” / Đợt 2')).toBe('thuyet-minh-he-thong-mot-cua-dot-2.docx')
    expect(DOSSIER_FORMS).toHaveLength(7)
  })
})

describe('the thuyết minh (Decree 331 Điều 22)', () => {
  it('has the overview, the proposal and the plan, with what the register knows filled in', () => {
    const doc = draftDocument('thuyet-minh', draftInput())
    const all = text(doc)
    expect(all).toContain('I. THUYẾT MINH TỔNG QUAN VỀ HỆ THỐNG THÔNG TIN')
    expect(all).toContain('II. THUYẾT MINH VỀ VIỆC ĐỀ XUẤT CẤP ĐỘ')
    expect(all).toContain('III. THUYẾT MINH PHƯƠNG ÁN BẢO ĐẢM AN NINH MẠNG')
    expect(all).toContain('- Tên chủ quản hệ thống thông tin: Ủy ban nhân dân thành phố Hải Phòng')
    expect(all).toContain('- Địa chỉ: 18 Hoàng Diệu, Hồng Bàng, Hải Phòng')
    expect(all).toContain('- Loại thông tin được xử lý: Thông tin công cộng; Thông tin cá nhân')
    expect(all).toContain('3. Phạm vi, quy mô và đối tượng phục vụ của hệ thống: Phục vụ người dân và doanh nghiệp toàn thành phố.')
    expect(all).not.toContain('4. Đánh giá rủi ro')
    expect(text(draftDocument('thuyet-minh', draftInput({ level: 4 })))).toContain('4. Đánh giá rủi ro an ninh mạng')
  })
})

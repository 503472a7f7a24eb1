import { describe, expect, it } from 'vitest'
import { blankAnswers } from './level-answers'
import { formatCount, levelJustificationText } from './level-justification'
import { lowerLevelsMet, suggestLevel } from './level-wizard'

describe('the level justification (thuyết minh) for the dossier', () => {
  it('states the facts, quotes the deciding clause and concludes with the level', () => {
    const answers = blankAnswers({
      systemType: 'public_service',
      information: ['public', 'personal'],
      basicSubjects: 250_000,
      administrativeProcedures: true,
    })
    const text = levelJustificationText(
      answers,
      suggestLevel(answers, 'ND331'),
      'ND331',
      'Hệ thống một cửa điện tử',
    )
    expect(text).toContain('Hệ thống thông tin: Hệ thống một cửa điện tử')
    expect(text).toContain('- Loại hệ thống thông tin: Phục vụ người dân, doanh nghiệp.')
    expect(text).toContain('250.000 (dữ liệu cá nhân cơ bản)')
    expect(text).toContain(
      '- Nghị định 331/2026/NĐ-CP, Điều 13 khoản 2 điểm b: “Hệ thống thông tin giải quyết thủ tục hành chính;”',
    )
    expect(text).toContain('Nghị định 331/2026/NĐ-CP, Điều 8 khoản 2')
    expect(text.endsWith('Đề xuất cấp độ 3.')).toBe(true)
  })

  it('names the lower levels also met lowest first, as the wizard shows them', () => {
    const answers = blankAnswers({
      systemType: 'public_service',
      information: ['personal'],
      basicSubjects: 50_000,
      sensitiveSubjects: 10_000,
      nationalEgov: true,
      operates247: true,
    })
    const suggestion = suggestLevel(answers, 'ND331')
    expect(suggestion.level).toBe(4)
    expect(lowerLevelsMet(suggestion)).toEqual([2, 3])
    expect(levelJustificationText(answers, suggestion, 'ND331')).toContain(
      'Hệ thống còn đáp ứng tiêu chí của cấp độ 2, 3; theo',
    )
  })

  it('quotes Decree 85 verbatim and states the facts in its words (users, mức độ)', () => {
    const answers = blankAnswers({ systemType: 'public_service', onlineServiceLevel: 3, basicSubjects: 1_200 })
    const text = levelJustificationText(answers, suggestLevel(answers, 'ND85'), 'ND85')
    expect(text).toContain(
      '- Nghị định 85/2016/NĐ-CP, Điều 9 khoản 2 điểm a: “Cung cấp thông tin và dịch vụ công trực tuyến từ mức độ 3 trở lên theo quy định của pháp luật;”',
    )
    expect(text).toContain('- Số người sử dụng có thông tin riêng, thông tin cá nhân được xử lý: 1.200.')
    expect(text).toContain('Thông tin, dịch vụ công trực tuyến: Mức độ 3 — dịch vụ công trực tuyến một phần')
    expect(text).not.toContain('thủ tục hành chính')
    expect(text.endsWith('Đề xuất cấp độ 3.')).toBe(true)
  })

  it('keeps the secret grade’s inference out of the grounds, in its own labelled section', () => {
    const answers = blankAnswers({ information: ['state_secret'], secretGrade: 'toi_mat', harm: 'harm' })
    const text = levelJustificationText(answers, suggestLevel(answers, 'ND331'), 'ND331')
    const [grounds, rest] = text.split('3. Độ mật của bí mật nhà nước')
    expect(grounds).toContain('Điều 13 khoản 1')
    expect(grounds).not.toContain('Tối mật —')
    expect(grounds).not.toContain('Điều 14 khoản 1')
    expect(rest).toMatch(/^ \(suy luận, không phải lời văn của nghị định\)/)
    expect(rest).toContain('tức tiêu chí của Nghị định 331/2026/NĐ-CP, Điều 14 khoản 1 — cấp độ 4')
    expect(text.endsWith('4. Kết luận\nĐề xuất cấp độ 3.')).toBe(true)
  })

  it('says what the national-security list means without making the system level 5', () => {
    const answers = blankAnswers({
      systemType: 'public_service',
      administrativeProcedures: true,
      nationalSecurityImportant: true,
    })
    const text = levelJustificationText(answers, suggestLevel(answers, 'ND331'), 'ND331')
    expect(text).toContain('3. Hệ thống thông tin quan trọng về an ninh quốc gia')
    expect(text).toContain('- Nghị định 331/2026/NĐ-CP, Điều 20 khoản 4: “Đối với hệ thống thông tin cấp độ 3')
    expect(text.endsWith('Đề xuất cấp độ 3.')).toBe(true)
  })

  it('does not ask a Decree 85 system for a risk assessment Decree 85 does not know', () => {
    const answers = blankAnswers({ systemType: 'other' })
    const text = levelJustificationText(answers, suggestLevel(answers, 'ND85'), 'ND85')
    expect(text).toContain('Nghị định 85 không có tiêu chí xác định cấp độ theo đánh giá rủi ro.')
    expect(text).not.toContain('an ninh mạng')
  })

  it('asks for a risk assessment when no criterion is met', () => {
    const answers = blankAnswers({ systemType: 'other' })
    const text = levelJustificationText(answers, suggestLevel(answers, 'ND331'), 'ND331')
    expect(text).toContain('Chưa đủ căn cứ để đề xuất cấp độ.')
    expect(text).not.toContain('Đề xuất cấp độ 1')
  })

  it('writes counts with Vietnamese thousands separators', () => {
    expect(formatCount(1_234_567)).toBe('1.234.567')
    expect(formatCount(999)).toBe('999')
  })
})

import { describe, expect, it } from 'vitest'
import { blankAnswers } from './level-answers'
import { formatCount, levelJustificationText } from './level-justification'
import { suggestLevel } from './level-wizard'

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

  it('cites Decree 85 by article and clause only, without inventing a quote', () => {
    const answers = blankAnswers({ information: ['private'] })
    const text = levelJustificationText(answers, suggestLevel(answers, 'ND85'), 'ND85')
    expect(text).toContain('- Nghị định 85/2016/NĐ-CP, Điều 8 khoản 1: Phục vụ hoạt động nội bộ')
    expect(text).toContain('không trích nguyên văn')
    expect(text).not.toContain('“')
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

import { describe, expect, it } from 'vitest'
import { ND85_CT09_2024 } from '../rule-set'
import { quarterlySheet } from './quarterly'
import { FIXTURE_AS_OF, fixtureRegister } from '../test-support/report-fixture'

const register = fixtureRegister()
const sheet = quarterlySheet(register, ND85_CT09_2024, FIXTURE_AS_OF, { year: 2026, quarter: 4 })

describe('Báo cáo quý (Công điện 33)', () => {
  it('names the quarter, its period and the day the report is due', () => {
    expect(sheet.subtitles[0]).toBe('Quý IV năm 2026')
    expect(sheet.preamble[1]).toBe(
      'Kỳ báo cáo: Quý IV năm 2026 (từ ngày 01/10/2026 đến ngày 31/12/2026); hạn gửi báo cáo: ngày 20/12/2026.',
    )
    expect(sheet.preamble[0]).toContain('Công điện số 33/CĐ-TTg')
  })

  it('is due on 20/3 for the first quarter', () => {
    const q1 = quarterlySheet(register, ND85_CT09_2024, FIXTURE_AS_OF, { year: 2027, quarter: 1 })
    expect(q1.preamble[1]).toContain('hạn gửi báo cáo: ngày 20/03/2027')
  })

  it('reads the same aggregates: by level, in total, with the approval and deployment rates', () => {
    const byLabel = new Map(sheet.rows.map((r) => [String(r.cells[1]), r.cells.slice(2)]))
    // Cấp độ 1..5, Chưa xác định, Tổng số, Tỷ lệ
    expect(byLabel.get('Tổng số hệ thống thông tin')).toEqual([1, 2, 2, 1, 1, 1, 8, null])
    expect(byLabel.get('Đã được phê duyệt hồ sơ đề xuất cấp độ (hạn 30/09/2024)')).toEqual([
      0,
      1,
      2,
      1,
      1,
      0,
      5,
      { rate: 5 / 8 },
    ])
    expect(byLabel.get('Đã triển khai đầy đủ phương án bảo đảm an toàn (hạn 31/12/2024)')).toEqual([
      0,
      1,
      1,
      1,
      1,
      0,
      4,
      { rate: 0.5 },
    ])
    expect(byLabel.get('Quá hạn phê duyệt hồ sơ đề xuất cấp độ')?.[6]).toBe(2)
    expect(byLabel.get('Quá hạn triển khai phương án bảo đảm an toàn')?.[6]).toBe(3)
    expect(byLabel.get('Quá hạn kiểm tra, đánh giá')?.[6]).toBe(2)
    expect(byLabel.get('Sắp đến hạn kiểm tra, đánh giá (trong 30 ngày)')?.[6]).toBe(2)
  })

  it('groups the level columns under one header', () => {
    expect(
      sheet.columns.filter((c) => c.group === 'Số hệ thống thông tin theo cấp độ').map((c) => c.header),
    ).toEqual(['Cấp độ 1', 'Cấp độ 2', 'Cấp độ 3', 'Cấp độ 4', 'Cấp độ 5', 'Chưa xác định'])
  })
})

import { describe, expect, it } from 'vitest'
import { ND331_2026, ND85_CT09_2024, type RuleSet } from './rule-set'
import { diffRuleSets } from './rule-set-diff'

/** A province's copy of a shipped set, the way Settings makes one. */
function copyOf(base: RuleSet, change: (copy: RuleSet) => void = () => {}): RuleSet {
  const copy: RuleSet = {
    ...structuredClone(base),
    id: `${base.id}-copy-1`,
    name: `${base.name} — bản sao 1`,
    basedOn: base.id,
  }
  change(copy)
  return copy
}

describe('comparing two rule sets', () => {
  it('shows nothing between a set and itself, or an unedited copy of it', () => {
    expect(diffRuleSets(ND331_2026, ND331_2026)).toEqual([])
    expect(diffRuleSets(ND85_CT09_2024, copyOf(ND85_CT09_2024))).toEqual([])
  })

  it('shows exactly the one cadence a province changed in its copy, with the article that lets it', () => {
    const province = copyOf(ND331_2026, (c) => {
      c.cadenceMonths = { ...c.cadenceMonths, 3: 18 }
    })
    expect(diffRuleSets(ND331_2026, province)).toEqual([
      {
        key: 'cadence.3',
        topic: 'cadence',
        label: 'Chu kỳ kiểm tra, đánh giá — cấp độ 3',
        left: '12 tháng',
        right: '18 tháng',
        citations: {
          left: 'Nghị định 331/2026/NĐ-CP, Điều 28 khoản 5 điểm a',
          right: 'Nghị định 331/2026/NĐ-CP, Điều 28 khoản 5 điểm a',
        },
      },
    ])
  })

  it('a copy that loses the regime field still compares under its base set’s regime', () => {
    const old = copyOf(ND331_2026, (c) => {
      delete c.regime
    })
    expect(diffRuleSets(ND331_2026, old)).toEqual([])
  })

  describe('Decree 85 with the 2024 directives against Decree 331', () => {
    const rows = diffRuleSets(ND85_CT09_2024, ND331_2026)
    const row = (key: string) => {
      const found = rows.find((r) => r.key === key)
      if (!found) throw new Error(`no row ${key}`)
      return found
    }

    it('keeps the assessment cadence and the 2024 deadlines, which both sets share', () => {
      const keys = rows.map((r) => r.key)
      for (const same of [
        'cadence.1',
        'cadence.5',
        'dueSoon',
        'approvalDeadline',
        'deploymentDeadline',
        'budget',
      ])
        expect(keys).not.toContain(same)
    })

    it('moves the report from quarterly (Công điện 33) to annual with the 15/12–14/12 period (Điều 35)', () => {
      expect(row('reportKind')).toMatchObject({
        left: 'Hằng quý',
        right: 'Hằng năm',
        citations: {
          left: 'Công điện 33/CĐ-TTg ngày 07/4/2024',
          right: 'Nghị định 331/2026/NĐ-CP, Điều 35 khoản 2',
        },
      })
      expect(row('reportPeriod').right).toBe('Từ 15/12 năm trước đến 14/12 năm báo cáo')
      expect(row('reportDue')).toMatchObject({
        left: 'Trước ngày 20 của tháng cuối quý',
        right: 'Đơn vị báo cáo chủ quản trước 20/12; chủ quản báo cáo cấp trên trước 25/12',
        citations: { right: 'Nghị định 331/2026/NĐ-CP, Điều 35 khoản 4' },
      })
    })

    it('hands the appraisal of levels 4–5 to Bộ Công an, in working days (Điều 18, 23)', () => {
      expect(row('appraiser.4').right).toBe('Bộ Công an (sau ý kiến của đơn vị chuyên trách ATTT)')
      expect(row('appraiser.4').citations.right).toBe('Nghị định 331/2026/NĐ-CP, Điều 18')
      expect(row('appraisalLimit.4')).toMatchObject({ left: '30 ngày', right: '25 ngày làm việc' })
      expect(row('appraisalLimit.3')).toMatchObject({
        left: '15 ngày',
        right: '15 ngày làm việc',
        citations: { right: 'Nghị định 331/2026/NĐ-CP, Điều 23 khoản 3' },
      })
      // Levels 1–2 keep their appraiser and neither set gives them a time limit.
      expect(rows.map((r) => r.key)).not.toContain('appraiser.1')
      expect(rows.map((r) => r.key)).not.toContain('appraisalLimit.2')
    })

    it('adds the transition deadline of Điều 39 for systems approved under Decree 85', () => {
      expect(row('transitionDeadline')).toMatchObject({
        left: 'Không áp dụng',
        right: '01/07/2027',
        citations: { left: null, right: 'Nghị định 331/2026/NĐ-CP, Điều 39 khoản 1' },
      })
      expect(row('transitionScope').right).toBe(
        'Hệ thống phê duyệt theo ND85-CT09-2024 hoặc trước 01/07/2026',
      )
    })

    it('takes the level criteria and the status words from each decree', () => {
      expect(row('criteria').left).toMatch(/^Nghị định 85\/2016\/NĐ-CP: \d+ tiêu chí$/u)
      expect(row('criteria').right).toMatch(/^Nghị định 331\/2026\/NĐ-CP: \d+ tiêu chí$/u)
      expect(row('vocabulary.submitted')).toMatchObject({
        label: 'Tên gọi tình trạng hồ sơ "Đã trình thẩm định"',
        left: 'Đã trình thẩm định',
        right: 'Đã gửi thẩm định',
        citations: { left: null, right: 'Nghị định 331/2026/NĐ-CP, Phụ lục, Mẫu số 08' },
      })
      expect(row('vocabulary.approved').right).toBe('Đã được phê duyệt')
    })
  })
})

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

const CADENCE_331 =
  'Nghị định 331/2026/NĐ-CP, Điều 28 khoản 5 điểm a (không quy định chu kỳ); Nghị định 331/2026/NĐ-CP, Điều 34 khoản 1 điểm đ (Bộ Công an quy định chi tiết, chưa ban hành)'

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
        left: '12 tháng (do tỉnh tự đặt)',
        right: '18 tháng (do tỉnh tự đặt)',
        citations: {
          left: CADENCE_331,
          right: CADENCE_331,
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

    it('keeps the 2024 deadlines, which both sets share', () => {
      const keys = rows.map((r) => r.key)
      for (const same of ['dueSoon', 'approvalDeadline', 'deploymentDeadline', 'budget', 'intakeLimit'])
        expect(keys).not.toContain(same)
    })

    it('shows the same months as Decree 85’s values but as the province’s setting under Decree 331', () => {
      expect(row('cadence.3')).toEqual({
        key: 'cadence.3',
        topic: 'cadence',
        label: 'Chu kỳ kiểm tra, đánh giá — cấp độ 3',
        left: '12 tháng',
        right: '12 tháng (do tỉnh tự đặt)',
        citations: {
          left: 'Nghị định 85/2016/NĐ-CP, Điều 20 khoản 2 điểm c; Chỉ thị 09/CT-TTg ngày 23/02/2024',
          right: CADENCE_331,
        },
      })
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
      expect(row('appraiser.4').right).toBe(
        'Bộ Công an chủ trì, phối hợp với chủ quản hệ thống thông tin (sau ý kiến chuyên môn của đơn vị chuyên trách về an ninh mạng)',
      )
      expect(row('appraiser.4').citations).toEqual({
        left: 'Nghị định 85/2016/NĐ-CP, Điều 12 khoản 3 điểm a, b, c',
        right: 'Nghị định 331/2026/NĐ-CP, Điều 18 khoản 3 điểm a, b, c',
      })
      expect(row('appraisalLimit.4')).toMatchObject({
        left: '30 ngày',
        right: '25 ngày làm việc',
        citations: {
          left: 'Nghị định 85/2016/NĐ-CP, Điều 16 khoản 2 điểm b (ngày theo lịch; Bộ luật Dân sự 2015, Điều 148 khoản 5)',
          right: 'Nghị định 331/2026/NĐ-CP, Điều 23 khoản 3 điểm b',
        },
      })
      expect(row('appraisalLimit.3')).toMatchObject({
        left: '15 ngày',
        right: '15 ngày làm việc',
        citations: { right: 'Nghị định 331/2026/NĐ-CP, Điều 23 khoản 3 điểm a' },
      })
      // Levels 1–2: neither decree gives the appraisal a limit of its own.
      expect(rows.map((r) => r.key)).not.toContain('appraisalLimit.2')
    })

    it('names Bộ Quốc phòng and Ban Cơ yếu Chính phủ for their own systems (Decree 331 Điều 18.3.b–c)', () => {
      expect(row('appraiserExceptions.4').right).toBe(
        'Hệ thống thông tin quân sự: Bộ Quốc phòng chủ trì thẩm định (Điều 18 khoản 3 điểm b); Hệ thống thông tin cơ yếu của cơ quan, tổ chức thuộc Ban Cơ yếu Chính phủ: Ban Cơ yếu Chính phủ chủ trì thẩm định (Điều 18 khoản 3 điểm c)',
      )
      expect(row('appraiserExceptions.5').citations.right).toBe(
        'Nghị định 331/2026/NĐ-CP, Điều 18 khoản 3 điểm a, b, c',
      )
    })

    it('uses each decree’s own words for the security unit: "an toàn thông tin" (85), "an ninh mạng" (331)', () => {
      expect(row('appraiser.1')).toMatchObject({
        left: 'Đơn vị chuyên trách về an toàn thông tin của chủ quản hệ thống thông tin',
        right: 'Đơn vị chuyên trách về an ninh mạng của chủ quản hệ thống thông tin',
      })
    })

    it('gives every level 7 working days for the approval (85 Điều 17.2; 331 Điều 24.2)', () => {
      for (const set of [ND85_CT09_2024, ND331_2026])
        for (const level of [1, 2, 3, 4, 5] as const)
          expect(set.authorities[level].approvalLimit).toEqual({ days: 7, workingDays: true })
      expect(rows.map((r) => r.key)).not.toContain('approvalLimit.1')
    })

    it('cites the Law, not Decree 331 Điều 39, for the 12 months of systems already classified', () => {
      expect(row('transitionDeadline')).toMatchObject({
        left: 'Không áp dụng',
        right: '01/07/2027',
        citations: { left: null, right: 'Luật An ninh mạng số 116/2025/QH15, điều khoản chuyển tiếp' },
      })
      expect(row('transitionScope').right).toBe(
        'Hệ thống phê duyệt theo ND85-CT09-2024 hoặc trước 01/07/2026',
      )
      // Decree 331 Điều 39 khoản 1 (systems still being built) binds under either set: no row.
      expect(rows.map((r) => r.key)).not.toContain('constructionTransition')
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

import { describe, expect, it } from 'vitest'
import { ND331_2026, ND85_CT09_2024 } from '../rule-set'
import { approvalWarnings, missingParts, requiredParts } from './dossier-checklist'
import { dossierDeadlines, timeLimitLabel } from './dossier-deadlines'
import { VN_HOLIDAYS } from './vn-holidays'

const base = { submittedOn: null, appraisedOn: null }

describe('the dossier checklist', () => {
  it('asks every level for description, design, justification, plan and security rules', () => {
    expect(requiredParts(1)).toEqual([
      'description',
      'design',
      'level_justification',
      'protection_plan',
      'security_rules',
    ])
  })

  it('adds the appraisal opinion from level 3 and the security unit’s opinion for levels 4–5', () => {
    expect(requiredParts(3)).toContain('appraisal_opinion')
    expect(requiredParts(3)).not.toContain('security_unit_opinion')
    expect(requiredParts(5)).toEqual(expect.arrayContaining(['appraisal_opinion', 'security_unit_opinion']))
  })

  it('lists what a level-4 dossier still lacks, in the order of the law', () => {
    const ticked = [
      { part: 'description' as const, on: '2026-09-01' },
      'design' as const,
      'level_justification' as const,
      'protection_plan' as const,
    ]
    expect(missingParts(4, ticked)).toEqual(['security_unit_opinion', 'appraisal_opinion', 'security_rules'])
  })
})

describe('the approve step’s warnings', () => {
  const all = [
    'description',
    'design',
    'level_justification',
    'protection_plan',
    'appraisal_opinion',
  ] as const
  const system = { level: 3 as const, securityRulesNo: '12/QĐ-SKHCN', securityRulesOn: '2026-09-01' }

  it('says nothing when every part is there and the rules came first', () => {
    expect(approvalWarnings(system, all, 'ND331', '2026-09-15')).toEqual([])
  })

  it('names each missing part with its clause', () => {
    const warnings = approvalWarnings(
      system,
      ['description', 'design', 'level_justification', 'protection_plan'],
      'ND331',
    )
    expect(warnings).toEqual([
      {
        code: 'missing_part',
        part: 'appraisal_opinion',
        message:
          'Hồ sơ cấp độ 3 còn thiếu: Ý kiến thẩm định của cơ quan chủ trì thẩm định (Nghị định 331/2026/NĐ-CP, Điều 24 khoản 1 điểm b).',
      },
    ])
  })

  it('cites Decree 85 to the clause and point: the appraisal opinion is Điều 17 khoản 1 điểm b', () => {
    const warnings = approvalWarnings({ ...system, level: 4 }, ['description', 'design'], 'ND85')
    expect(warnings.map((w) => w.message)).toEqual([
      'Hồ sơ cấp độ 4 còn thiếu: Tài liệu thuyết minh về việc đề xuất cấp độ (Nghị định 85/2016/NĐ-CP, Điều 15 khoản 3).',
      'Hồ sơ cấp độ 4 còn thiếu: Tài liệu thuyết minh phương án bảo đảm an ninh mạng theo cấp độ (Nghị định 85/2016/NĐ-CP, Điều 15 khoản 4).',
      'Hồ sơ cấp độ 4 còn thiếu: Ý kiến chuyên môn của đơn vị chuyên trách về an ninh mạng (Nghị định 85/2016/NĐ-CP, Điều 15 khoản 5).',
      'Hồ sơ cấp độ 4 còn thiếu: Ý kiến thẩm định của cơ quan chủ trì thẩm định (Nghị định 85/2016/NĐ-CP, Điều 17 khoản 1 điểm b).',
    ])
  })

  it('warns when the security rules are missing or issued after the approval', () => {
    const noRules = { ...system, securityRulesNo: '', securityRulesOn: null }
    expect(approvalWarnings(noRules, all, 'ND331').map((w) => w.code)).toEqual(['security_rules_missing'])
    const late = approvalWarnings(system, all, 'ND331', '2026-08-31')
    expect(late.map((w) => w.code)).toEqual(['security_rules_after_approval'])
    expect(late[0]?.message).toContain('01/09/2026')
  })

  it('refuses to approve a system with no level', () => {
    expect(approvalWarnings({ ...system, level: null }, all, 'ND85').map((w) => w.code)).toEqual(['no_level'])
  })
})

describe('who decides, and by when', () => {
  it('under Decree 331, Bộ Công an appraises level 4 within 25 working days, then 7 for the approval', () => {
    const d = dossierDeadlines({ ...base, level: 4, submittedOn: '2026-04-24' }, ND331_2026, VN_HOLIDAYS)
    expect(d?.appraiser).toMatch(/^Bộ Công an/)
    expect(d?.approver).toBe('Chủ quản hệ thống thông tin')
    // 27/4 (made up), 30/4 and 1/5 are skipped: 28, 29/4, then 04/5 … 03/6 is the 25th.
    expect(d?.appraisalDue).toBe('2026-06-03')
    expect(d?.approvalDue).toBe('2026-06-12')
    expect(d?.approvalProjected).toBe(true)
    expect(d?.calendarCovered).toBe(true)
  })

  it('counts the approval from the recorded appraisal opinion', () => {
    const d = dossierDeadlines(
      { level: 3, submittedOn: '2025-01-10', appraisedOn: '2025-01-24' },
      ND331_2026,
      VN_HOLIDAYS,
    )
    expect(d?.appraisalDue).toBe('2025-02-07') // 13–24/01 (10), Tết skipped, 03–07/02 (15)
    expect(d?.approvalDue).toBe('2025-02-11') // 7 working days from 24/01 (Tết skipped)
    expect(d?.approvalProjected).toBe(false)
  })

  it('under Decree 85, the level-3 appraisal limit is 15 calendar days', () => {
    const d = dossierDeadlines({ ...base, level: 3, submittedOn: '2025-01-24' }, ND85_CT09_2024, VN_HOLIDAYS)
    // Day 15 is Saturday 08/02/2025: the limit ends on Monday 10/02 (Bộ luật Dân sự Điều 148.5).
    expect(d?.appraisalDue).toBe('2025-02-10')
    expect(
      timeLimitLabel(ND85_CT09_2024.authorities[3].appraisalLimit ?? { days: 0, workingDays: false }),
    ).toBe('15 ngày')
  })

  it('names the security unit for levels 1–2, with no appraisal limit but 7 working days to approve', () => {
    const d = dossierDeadlines({ ...base, level: 2, submittedOn: '2026-09-01' }, ND331_2026, VN_HOLIDAYS)
    expect(d?.appraiser).toBe('Đơn vị chuyên trách về an ninh mạng của chủ quản hệ thống thông tin')
    expect(d?.approver).toBe(d?.appraiser)
    expect(d?.appraisalDue).toBeNull()
    // Điều 24 khoản 2 applies to every level: 02/9 is a holiday; 03, 04, 07 … 11/9 is the 7th.
    expect(d?.approvalDue).toBe('2026-09-11')
    expect(dossierDeadlines({ ...base, level: null }, ND331_2026, VN_HOLIDAYS)).toBeNull()
  })

  it('under Decree 85 a level-1 approval has 7 working days too (Điều 17 khoản 2)', () => {
    const d = dossierDeadlines({ ...base, level: 1, submittedOn: '2026-11-02' }, ND85_CT09_2024, VN_HOLIDAYS)
    expect(d?.appraiser).toBe('Đơn vị chuyên trách về an toàn thông tin của chủ quản hệ thống thông tin')
    expect(d?.approvalDue).toBe('2026-11-11')
  })

  it('gives 5 working days to answer an incomplete dossier, under either decree', () => {
    for (const set of [ND331_2026, ND85_CT09_2024]) {
      const d = dossierDeadlines({ ...base, level: 3, submittedOn: '2026-12-24' }, set, VN_HOLIDAYS)
      // 25, 28, 29, 30, 31/12 (01/01 is New Year's Day).
      expect(d?.intakeDue).toBe('2026-12-31')
      expect(d?.intakeLimit).toEqual({ days: 5, workingDays: true })
    }
    expect(dossierDeadlines({ ...base, level: 3 }, ND331_2026, VN_HOLIDAYS)?.intakeDue).toBeNull()
  })

  it('a copy of a set stored before the intake limit existed reads it from the set it was copied from', () => {
    const { intakeReplyLimit: _dropped, ...old } = ND85_CT09_2024
    const copy = { ...old, id: 'ND85-CT09-2024-copy-1', basedOn: 'ND85-CT09-2024' }
    const d = dossierDeadlines({ ...base, level: 3, submittedOn: '2026-12-24' }, copy, VN_HOLIDAYS)
    expect(d?.intakeDue).toBe('2026-12-31')
  })

  it('a 15-calendar-day appraisal ending on a Sunday ends on the Monday (Bộ luật Dân sự Điều 148.5)', () => {
    // Submitted Saturday 07/11/2026: day 15 is Sunday 22/11.
    const d = dossierDeadlines({ ...base, level: 3, submittedOn: '2026-11-07' }, ND85_CT09_2024, VN_HOLIDAYS)
    expect(d?.appraisalDue).toBe('2026-11-23')
    expect(d?.appraisalCarried).toBe(true)
  })

  it('a 15-calendar-day appraisal ending in Tết ends on the first working day after it', () => {
    // Submitted 02/02/2026: day 15 is 17/02, Tết Bính Ngọ (16–20/02), then the weekend 21–22/02.
    const d = dossierDeadlines({ ...base, level: 3, submittedOn: '2026-02-02' }, ND85_CT09_2024, VN_HOLIDAYS)
    expect(d?.appraisalDue).toBe('2026-02-23')
    expect(d?.appraisalCarried).toBe(true)
    // The approval's 7 working days then run from that Monday.
    expect(d?.approvalDue).toBe('2026-03-04')
  })

  it('a 30-calendar-day appraisal ending on a working day is not moved', () => {
    const d = dossierDeadlines({ ...base, level: 4, submittedOn: '2026-10-05' }, ND85_CT09_2024, VN_HOLIDAYS)
    expect(d?.appraisalDue).toBe('2026-11-04')
    expect(d?.appraisalCarried).toBe(false)
  })

  it('flags a due date beyond the calendar’s years', () => {
    const d = dossierDeadlines({ ...base, level: 3, submittedOn: '2030-12-20' }, ND331_2026, VN_HOLIDAYS)
    expect(d?.calendarCovered).toBe(false)
  })
})

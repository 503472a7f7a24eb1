import { describe, expect, it } from 'vitest'
import { isIsoDate } from './calendar-date'
import {
  DEFAULT_RULE_SET_ID,
  findShippedRuleSet,
  ND331_2026,
  ND85_CT09_2024,
  SHIPPED_RULE_SETS,
  type RuleSet,
} from './rule-set'
import { LEVELS } from './types'

describe('the shipped rule sets', () => {
  it('ship ND85-CT09-2024 (the default) and ND331-2026', () => {
    expect(SHIPPED_RULE_SETS.map((r) => r.id)).toEqual(['ND85-CT09-2024', 'ND331-2026'])
    expect(DEFAULT_RULE_SET_ID).toBe('ND85-CT09-2024')
    expect(findShippedRuleSet('ND331-2026')).toBe(ND331_2026)
    expect(findShippedRuleSet('ND85-CT09-2024')).toBe(ND85_CT09_2024)
    expect(findShippedRuleSet('khong-co')).toBeUndefined()
  })

  it.each(SHIPPED_RULE_SETS.map((r) => [r.id, r] as const))('%s is an original, not a copy', (_id, r) => {
    expect(r.version).toBe(1)
    expect(r.basedOn).toBeNull()
    expect(r.name.length).toBeGreaterThan(0)
    expect(r.legalBasis.length).toBeGreaterThan(0)
  })

  it.each(SHIPPED_RULE_SETS.map((r) => [r.id, r] as const))(
    '%s has an appraiser and an approver for every level, and valid dates',
    (_id, r: RuleSet) => {
      for (const level of LEVELS) {
        expect(r.authorities[level].appraiser).not.toBe('')
        expect(r.authorities[level].approver).not.toBe('')
      }
      expect(isIsoDate(r.approvalDeadline)).toBe(true)
      expect(isIsoDate(r.deploymentDeadline)).toBe(true)
      if (r.transitionDeadline !== null) expect(isIsoDate(r.transitionDeadline)).toBe(true)
    },
  )
})

describe('ND85-CT09-2024: Decree 85, Directive 09 and dispatch 33 (docs/domain.md §4)', () => {
  const r = ND85_CT09_2024

  it('assesses levels 1–2 every 24 months, 3–4 every 12, level 5 every 6', () => {
    expect(r.cadenceMonths).toEqual({ 1: 24, 2: 24, 3: 12, 4: 12, 5: 6 })
  })

  it('wants every system approved by 30/9/2024 and its plan deployed by 31/12/2024', () => {
    expect(r.approvalDeadline).toBe('2024-09-30')
    expect(r.deploymentDeadline).toBe('2024-12-31')
  })

  it('calls an assessment due soon 30 days ahead', () => {
    expect(r.dueSoonDays).toBe(30)
  })

  it('reports quarterly, on day 20 of the quarter’s last month', () => {
    expect(r.report).toEqual({ kind: 'quarterly', dueDayOfLastMonth: 20 })
  })

  it('spends at least 10 % of an IT budget on security and has no transition deadline', () => {
    expect(r.securityBudgetShareMin).toBe(0.1)
    expect(r.transitionDeadline).toBeNull()
  })

  it('levels 1–2 are appraised and approved by the owner’s security unit, approved in 7 working days (Điều 17.2)', () => {
    for (const level of [1, 2] as const) {
      const a = r.authorities[level]
      expect(a.appraiser).toBe(a.approver)
      expect(a.appraiser).toMatch(/chuyên trách về an toàn thông tin/)
      expect(a.appraisalLimit).toBeNull()
      expect(a.approvalLimit).toEqual({ days: 7, workingDays: true })
    }
  })

  it('level 3 is appraised by the security unit in 15 days and approved by the owner in 7 working days', () => {
    expect(r.authorities[3].appraiser).toMatch(/chuyên trách/)
    expect(r.authorities[3].approver).toMatch(/Chủ quản/)
    expect(r.authorities[3].appraisalLimit).toEqual({ days: 15, workingDays: false })
    expect(r.authorities[3].approvalLimit).toEqual({ days: 7, workingDays: true })
  })

  it('levels 4–5 are appraised by Bộ Thông tin và Truyền thông in 30 days', () => {
    for (const level of [4, 5] as const) {
      expect(r.authorities[level].appraiser).toMatch(/^Bộ Thông tin và Truyền thông/)
      expect(r.authorities[level].appraisalLimit).toEqual({ days: 30, workingDays: false })
      expect(r.authorities[level].approvalLimit).toEqual({ days: 7, workingDays: true })
    }
    expect(r.authorities[5].approver).toMatch(/Thủ tướng Chính phủ/)
  })
})

describe('ND331-2026: Law 116/2025 and Decree 331 (docs/domain.md §1, §4)', () => {
  const r = ND331_2026

  it('keeps the same cadence defaults (the province sets them "by level and risk")', () => {
    expect(r.cadenceMonths).toEqual({ 1: 24, 2: 24, 3: 12, 4: 12, 5: 6 })
    expect(r.cadenceMonths).not.toBe(ND85_CT09_2024.cadenceMonths)
  })

  it('keeps the same computations: deadlines and a 30-day due-soon window', () => {
    expect(r.approvalDeadline).toBe('2024-09-30')
    expect(r.deploymentDeadline).toBe('2024-12-31')
    expect(r.dueSoonDays).toBe(30)
    expect(r.securityBudgetShareMin).toBe(0.1)
  })

  it('reports annually: data period 15/12–14/12, units before 20/12, the owner before 25/12', () => {
    expect(r.report).toEqual({
      kind: 'annual',
      periodStart: '12-15',
      periodEnd: '12-14',
      unitDue: '12-20',
      ownerDue: '12-25',
    })
  })

  it('gives already-classified systems until 1/7/2027, 12 months from 1/7/2026', () => {
    expect(r.transitionDeadline).toBe('2027-07-01')
  })

  it('levels 4–5 are appraised by Bộ Công an in 25 working days', () => {
    for (const level of [4, 5] as const) {
      expect(r.authorities[level].appraiser).toMatch(/^Bộ Công an/)
      expect(r.authorities[level].appraisalLimit).toEqual({ days: 25, workingDays: true })
      expect(r.authorities[level].approvalLimit).toEqual({ days: 7, workingDays: true })
    }
  })

  it('levels 1–3 are not appraised by Bộ Công an; level 3 has 15 working days', () => {
    for (const level of [1, 2, 3] as const) expect(r.authorities[level].appraiser).not.toMatch(/Bộ Công an/)
    expect(r.authorities[3].appraisalLimit).toEqual({ days: 15, workingDays: true })
    expect(r.authorities[3].approvalLimit).toEqual({ days: 7, workingDays: true })
  })

  it('mentions no Ministry of Information and Communications as an authority', () => {
    for (const level of LEVELS) {
      expect(r.authorities[level].appraiser).not.toMatch(/Thông tin và Truyền thông/)
      expect(r.authorities[level].approver).not.toMatch(/Thông tin và Truyền thông/)
    }
  })
})

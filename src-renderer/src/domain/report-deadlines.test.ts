import { describe, expect, it } from 'vitest'
import { dueSoonReportDeadlines, nextReportDeadlines } from './report-deadlines'
import { ND331_2026, ND85_CT09_2024 } from './rule-set'

const brief = (rules: Parameters<typeof nextReportDeadlines>[0], today: string) =>
  nextReportDeadlines(rules, today).map((d) => [d.kind, d.lastDay, d.daysLeft])

describe('Decree 331 report deadlines (Điều 35 khoản 4: before 20/12 and before 25/12)', () => {
  it('counts down to 19/12 and 24/12, the last days in time', () => {
    expect(brief(ND331_2026, '2026-12-14')).toEqual([
      ['to_owner', '2026-12-19', 5],
      ['upward', '2026-12-24', 10],
    ])
    expect(brief(ND331_2026, '2026-12-19')).toEqual([
      ['to_owner', '2026-12-19', 0],
      ['upward', '2026-12-24', 5],
    ])
  })

  it('drops the units’ deadline on 20/12, and moves to next year’s after 24/12', () => {
    expect(brief(ND331_2026, '2026-12-20')).toEqual([['upward', '2026-12-24', 4]])
    expect(brief(ND331_2026, '2026-12-24')).toEqual([['upward', '2026-12-24', 0]])
    expect(brief(ND331_2026, '2026-12-25')).toEqual([
      ['to_owner', '2027-12-19', 359],
      ['upward', '2027-12-24', 364],
    ])
    expect(nextReportDeadlines(ND331_2026, '2026-12-25')[0]?.year).toBe(2027)
  })

  it('reminds only within the rule set’s 30-day window', () => {
    expect(dueSoonReportDeadlines(ND331_2026, '2026-11-18')).toEqual([])
    expect(dueSoonReportDeadlines(ND331_2026, '2026-11-19').map((d) => d.kind)).toEqual(['to_owner'])
    expect(dueSoonReportDeadlines(ND331_2026, '2026-11-24').map((d) => d.kind)).toEqual([
      'to_owner',
      'upward',
    ])
  })
})

describe('quarterly report deadline of the 2024 directive (day 20 of the quarter’s last month)', () => {
  it('is due on the 20th itself, then the next quarter’s', () => {
    expect(brief(ND85_CT09_2024, '2026-12-20')).toEqual([['quarterly', '2026-12-20', 0]])
    expect(brief(ND85_CT09_2024, '2026-12-21')).toEqual([['quarterly', '2027-03-20', 89]])
    expect(brief(ND85_CT09_2024, '2026-03-21')).toEqual([['quarterly', '2026-06-20', 91]])
    expect(nextReportDeadlines(ND85_CT09_2024, '2026-12-21')[0]).toMatchObject({ year: 2027, quarter: 1 })
  })

  it('reminds within 30 days', () => {
    expect(dueSoonReportDeadlines(ND85_CT09_2024, '2026-11-19')).toEqual([])
    expect(dueSoonReportDeadlines(ND85_CT09_2024, '2026-11-20')).toHaveLength(1)
  })
})

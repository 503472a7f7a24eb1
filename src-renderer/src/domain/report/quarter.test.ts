import { describe, expect, it } from 'vitest'
import { ND331_2026, ND85_CT09_2024 } from '../rule-set'
import { isDomainError } from '../errors'
import { quarterDueDate, quarterEnd, quarterLabel, quarterOf, quarterStart } from './quarter'

describe('quarters of the Công điện 33 report', () => {
  it('places each month in its quarter', () => {
    expect(quarterOf('2026-01-01')).toEqual({ year: 2026, quarter: 1 })
    expect(quarterOf('2026-03-31')).toEqual({ year: 2026, quarter: 1 })
    expect(quarterOf('2026-04-01')).toEqual({ year: 2026, quarter: 2 })
    expect(quarterOf('2026-09-30')).toEqual({ year: 2026, quarter: 3 })
    expect(quarterOf('2026-11-23')).toEqual({ year: 2026, quarter: 4 })
    expect(quarterOf('2026-12-31')).toEqual({ year: 2026, quarter: 4 })
  })

  it('is due on the 20th of the last month of the quarter: 20/3, 20/6, 20/9, 20/12', () => {
    expect(quarterDueDate(2026, 1, ND85_CT09_2024)).toBe('2026-03-20')
    expect(quarterDueDate(2026, 2, ND85_CT09_2024)).toBe('2026-06-20')
    expect(quarterDueDate(2026, 3, ND85_CT09_2024)).toBe('2026-09-20')
    expect(quarterDueDate(2026, 4, ND85_CT09_2024)).toBe('2026-12-20')
  })

  it('takes the due day from the rule set, clamped to the end of a short month', () => {
    const rules = { ...ND85_CT09_2024, report: { kind: 'quarterly' as const, dueDayOfLastMonth: 31 } }
    expect(quarterDueDate(2026, 2, rules)).toBe('2026-06-30')
    expect(quarterDueDate(2026, 4, rules)).toBe('2026-12-31')
    const early = { ...ND85_CT09_2024, report: { kind: 'quarterly' as const, dueDayOfLastMonth: 15 } }
    expect(quarterDueDate(2027, 1, early)).toBe('2027-03-15')
  })

  it('has no quarterly due date under the yearly report of Decree 331', () => {
    let caught: unknown
    try {
      quarterDueDate(2026, 4, ND331_2026)
    } catch (error) {
      caught = error
    }
    expect(isDomainError(caught) && caught.code).toBe('report_not_quarterly')
    expect((caught as Error).message).toContain('báo cáo hằng năm')
  })

  it('spans the quarter from its first to its last day', () => {
    expect(quarterStart(2026, 4)).toBe('2026-10-01')
    expect(quarterEnd(2026, 4)).toBe('2026-12-31')
    expect(quarterEnd(2024, 1)).toBe('2024-03-31')
    expect(quarterEnd(2026, 2)).toBe('2026-06-30')
  })

  it('is named with a Roman numeral', () => {
    expect(quarterLabel({ year: 2026, quarter: 4 })).toBe('Quý IV năm 2026')
    expect(quarterLabel({ year: 2027, quarter: 1 })).toBe('Quý I năm 2027')
  })
})

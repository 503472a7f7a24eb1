import { describe, expect, it } from 'vitest'
import { ND331_2026 } from '../../domain/rule-set'
import { chosenSheets, exportFileName, mau08YearChoices, quarterChoices, quarterKey } from './export-options'

describe('export choices', () => {
  it('suggests ASCII file names dated with the report date', () => {
    expect(exportFileName('report', '2026-11-23')).toBe('CapDo-bao-cao-2026-11-23.xlsx')
    expect(exportFileName('register', '2026-11-23')).toBe('CapDo-danh-muc-2026-11-23.xlsx')
    expect(exportFileName('report', '2026-11-23')).toMatch(/^[\x20-\x7e]+$/)
  })

  it('offers the quarter of the date, the three before it and the next, across a year end', () => {
    expect(quarterChoices('2026-11-23').map(quarterKey)).toEqual([
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
      '2026-Q4',
      '2027-Q1',
    ])
    expect(quarterChoices('2026-02-01').map(quarterKey)).toEqual([
      '2025-Q2',
      '2025-Q3',
      '2025-Q4',
      '2026-Q1',
      '2026-Q2',
    ])
  })

  it('keeps the report order of the sheets whatever order they were ticked in', () => {
    const offered = ['summary', 'register', 'overdue', 'upcoming', 'quarterly'] as const
    expect(chosenSheets(offered, ['overdue', 'summary'])).toEqual(['register', 'upcoming', 'quarterly'])
    expect(chosenSheets(['summary', 'register'], ['quarterly'])).toEqual(['summary', 'register'])
  })

  it('leaves Mẫu 08 unticked under Decree 85 until the officer ticks it', () => {
    const offered = ['summary', 'register', 'overdue', 'upcoming', 'quarterly', 'mau08'] as const
    const byDefault = offered.filter((id) => id !== 'mau08')
    expect(chosenSheets(offered, [], byDefault)).toEqual(byDefault)
    expect(chosenSheets(offered, ['mau08', 'overdue'], byDefault)).toEqual([
      'summary',
      'register',
      'upcoming',
      'quarterly',
      'mau08',
    ])
  })
})

describe('Mẫu 08 years on offer', () => {
  it('offers the calendar year and two before it, and from 15/12 the year whose period has begun', () => {
    expect(mau08YearChoices('2026-12-14', ND331_2026.report)).toEqual([2024, 2025, 2026])
    expect(mau08YearChoices('2026-12-20', ND331_2026.report)).toEqual([2024, 2025, 2026, 2027])
    expect(mau08YearChoices('2027-01-01', ND331_2026.report)).toEqual([2025, 2026, 2027])
  })
})

import { describe, expect, it } from 'vitest'
import { isDomainError } from '../errors'
import { ND331_2026, ND85_CT09_2024 } from '../rule-set'
import { buildReportSheets, defaultReportSheets, type ReportRequest } from './build'
import { FIXTURE_AS_OF, fixtureRegister } from './report-fixture'
import type { ReportSheetId } from './sheet'

const request: ReportRequest = { register: fixtureRegister(), ruleSet: ND85_CT09_2024, asOf: FIXTURE_AS_OF }

function codeOf(run: () => unknown): string | undefined {
  try {
    run()
  } catch (error) {
    return isDomainError(error) ? error.code : 'not a DomainError'
  }
  return undefined
}

describe('which sheets a report holds', () => {
  it('holds all five sheets under the quarterly rule set', () => {
    expect(buildReportSheets(request).map((s) => s.name)).toEqual([
      'Tổng hợp',
      'Danh mục',
      'Quá hạn',
      'Sắp đến hạn',
      'Báo cáo quý',
    ])
  })

  it('leaves the quarterly sheet out by default under the yearly report of Decree 331', () => {
    expect(defaultReportSheets(ND331_2026)).toEqual(['summary', 'register', 'overdue', 'upcoming'])
  })

  it('refuses a quarterly sheet under a rule set without a quarterly report', () => {
    expect(codeOf(() => buildReportSheets({ ...request, ruleSet: ND331_2026, sheets: ['quarterly'] }))).toBe(
      'report_not_quarterly',
    )
  })

  it('builds the sheets asked for, once each, in the order asked', () => {
    const sheets = buildReportSheets({ ...request, sheets: ['quarterly', 'summary', 'quarterly'] })
    expect(sheets.map((s) => s.id)).toEqual(['quarterly', 'summary'])
  })

  it('reports on the quarter containing the report date unless told otherwise', () => {
    const [byDefault] = buildReportSheets({ ...request, sheets: ['quarterly'] })
    expect(byDefault.subtitles[0]).toBe('Quý IV năm 2026')
    const [chosen] = buildReportSheets({
      ...request,
      sheets: ['quarterly'],
      quarter: { year: 2026, quarter: 3 },
    })
    expect(chosen.subtitles[0]).toBe('Quý III năm 2026')
  })

  it('refuses figures computed for another day than the report date', () => {
    expect(codeOf(() => buildReportSheets({ ...request, asOf: '2026-11-24' }))).toBe('report_date_mismatch')
  })

  it('refuses an empty selection, an unknown sheet and a quarter outside 1–4', () => {
    expect(codeOf(() => buildReportSheets({ ...request, sheets: [] }))).toBe('report_no_sheets')
    expect(codeOf(() => buildReportSheets({ ...request, sheets: ['mau08' as ReportSheetId] }))).toBe(
      'report_unknown_sheet',
    )
    const quarter = { year: 2026, quarter: 5 as 4 }
    expect(codeOf(() => buildReportSheets({ ...request, quarter }))).toBe('report_invalid_quarter')
  })
})

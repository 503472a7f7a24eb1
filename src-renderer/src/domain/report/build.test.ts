import { describe, expect, it } from 'vitest'
import { isDomainError } from '../errors'
import { ND331_2026, ND85_CT09_2024 } from '../rule-set'
import { buildReportSheets, defaultReportSheets, offeredReportSheets, type ReportRequest } from './build'
import { FIXTURE_AS_OF, fixtureRegister } from '../test-support/report-fixture'
import { DEFAULT_REPORT_SETTINGS } from './settings'
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

  it('puts Mẫu 08 in place of the quarterly sheet under the yearly report of Decree 331', () => {
    expect(defaultReportSheets(ND331_2026)).toEqual(['summary', 'register', 'overdue', 'upcoming', 'mau08'])
    expect(offeredReportSheets(ND331_2026)).toEqual(defaultReportSheets(ND331_2026))
  })

  it('offers Mẫu 08 under Decree 85 without putting it in the report by default', () => {
    expect(defaultReportSheets(ND85_CT09_2024)).not.toContain('mau08')
    expect(offeredReportSheets(ND85_CT09_2024)).toEqual([
      'summary',
      'register',
      'overdue',
      'upcoming',
      'quarterly',
      'mau08',
    ])
  })

  it('builds Mẫu 08 for the calendar year of the report date (the period just ended from 15/12), from the assessments given', () => {
    const assessments = [{ systemId: 'sys-0001', kind: 'pre_operation' as const, date: '2024-10-01' }]
    const [mau08] = buildReportSheets({ ...request, sheets: ['mau08'], assessments })
    expect(mau08.subtitles).toEqual(['Kỳ báo cáo năm 2026 (từ ngày 15/12/2025 đến ngày 14/12/2026)'])
    const row = mau08.rows.find((r) => r.cells[1] === 'Cổng thông tin điện tử Sở Y tế')
    expect(row?.cells[11]).toBe('Trước khi đưa vào sử dụng')
    const register = fixtureRegister('2026-12-15')
    const [next] = buildReportSheets({ register, ruleSet: ND331_2026, asOf: '2026-12-15', sheets: ['mau08'] })
    expect(next.subtitles).toEqual(['Kỳ báo cáo năm 2026 (từ ngày 15/12/2025 đến ngày 14/12/2026)'])
  })

  it('fills Mẫu 08 part 2 from the report settings given', () => {
    const settings = { ...DEFAULT_REPORT_SETTINGS, securityUnitName: 'Trung tâm Công nghệ thông tin' }
    const [mau08] = buildReportSheets({ ...request, sheets: ['mau08'], settings })
    expect(mau08.preamble).toContain(
      '(1) Tên đơn vị chuyên trách về an ninh mạng: Trung tâm Công nghệ thông tin',
    )
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
    expect(codeOf(() => buildReportSheets({ ...request, sheets: ['mau09' as ReportSheetId] }))).toBe(
      'report_unknown_sheet',
    )
    const quarter = { year: 2026, quarter: 5 as 4 }
    expect(codeOf(() => buildReportSheets({ ...request, quarter }))).toBe('report_invalid_quarter')
  })
})

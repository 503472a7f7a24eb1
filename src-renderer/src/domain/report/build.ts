/**
 * Which sheets a report holds and their content, from one evaluated register. The Excel writer,
 * the CLI and the export screen all go through here, so every sheet reads the same figures.
 */
import type { IsoDate } from '../calendar-date'
import { formatViDate } from '../calendar-date'
import { DomainError } from '../errors'
import type { EvaluatedRegister } from '../register'
import type { RuleSet } from '../rule-set'
import type { Assessment, HistoryEntry } from '../types'
import { mau08Period, mau08Sheet, mau08YearOf } from './mau08'
import { overdueSheet } from './overdue'
import { isQuarterNumber, quarterOf, type Quarter } from './quarter'
import { quarterlySheet } from './quarterly'
import { registerSheet } from './register-sheet'
import { DEFAULT_REPORT_SETTINGS, type ReportSettings } from './settings'
import { REPORT_SHEET_IDS, type ReportSheet, type ReportSheetId } from './sheet'
import { summarySheet } from './summary'
import { upcomingSheet } from './upcoming'

export interface ReportRequest {
  register: EvaluatedRegister
  ruleSet: RuleSet
  asOf: IsoDate
  sheets?: readonly ReportSheetId[]
  quarter?: Quarter
  /** Mẫu 08 column (12) reads the kinds of the assessments (default: none done). */
  assessments?: readonly Pick<Assessment, 'systemId' | 'kind' | 'date'>[]
  /** Mẫu 08 part 2 (owner, security unit) and the document's issuer. */
  settings?: ReportSettings
  /** Mẫu 08's report year, chosen by the officer (default: mau08YearOf(asOf)). */
  mau08Year?: number
  /**
   * History entries written after Mẫu 08's period end, so its figures are the state at that end
   * (Điều 35 khoản 3). Absent: each record's createdAt decides whether the register held it.
   */
  history?: readonly HistoryEntry[]
}

/**
 * Every sheet the rule set may report: the quarterly one only under a quarterly schedule; Mẫu 08
 * of Decree 331 under any (an officer may send it while the quarterly directive still applies).
 */
export function offeredReportSheets(ruleSet: Pick<RuleSet, 'report'>): ReportSheetId[] {
  return REPORT_SHEET_IDS.filter((id) => id !== 'quarterly' || ruleSet.report.kind === 'quarterly')
}

/** The sheets a report holds unless told otherwise: Mẫu 08 only under the annual report (Decree 331). */
export function defaultReportSheets(ruleSet: Pick<RuleSet, 'report'>): ReportSheetId[] {
  return offeredReportSheets(ruleSet).filter((id) => id !== 'mau08' || ruleSet.report.kind === 'annual')
}

/** A Mẫu 08 year whose period has begun by the report date (a later one has no data yet). */
function checkMau08Year(year: number, asOf: IsoDate, ruleSet: Pick<RuleSet, 'report'>): void {
  if (!Number.isInteger(year) || mau08Period(year, ruleSet.report).start > asOf) {
    throw new DomainError(
      'report_invalid_year',
      `Năm báo cáo Mẫu 08 "${String(year)}" không hợp lệ: kỳ báo cáo năm đó chưa bắt đầu vào ngày ${formatViDate(asOf)}. Hãy chọn năm ${mau08YearOf(asOf)} hoặc một năm trước.`,
      { year },
    )
  }
}

function checkRequest(req: ReportRequest): void {
  if (req.register.asOf !== req.asOf) {
    throw new DomainError(
      'report_date_mismatch',
      `Số liệu được tính đến ngày ${formatViDate(req.register.asOf)} nhưng báo cáo ghi ngày ${formatViDate(req.asOf)}. Hãy tính lại số liệu theo ngày báo cáo.`,
    )
  }
  for (const id of req.sheets ?? []) {
    if (!REPORT_SHEET_IDS.includes(id)) {
      throw new DomainError('report_unknown_sheet', `Không có trang báo cáo "${String(id)}".`, { sheet: id })
    }
  }
  if (req.sheets && req.sheets.length === 0) {
    throw new DomainError('report_no_sheets', 'Hãy chọn ít nhất một trang báo cáo để xuất.')
  }
  if (req.mau08Year !== undefined) checkMau08Year(req.mau08Year, req.asOf, req.ruleSet)
  if (req.quarter && !(Number.isInteger(req.quarter.year) && isQuarterNumber(req.quarter.quarter))) {
    throw new DomainError('report_invalid_quarter', 'Quý báo cáo không hợp lệ: quý phải từ 1 đến 4.', {
      quarter: req.quarter,
    })
  }
}

function buildReportSheet(id: ReportSheetId, req: ReportRequest): ReportSheet {
  const { register, ruleSet, asOf } = req
  switch (id) {
    case 'summary':
      return summarySheet(register, asOf, req.settings ?? DEFAULT_REPORT_SETTINGS)
    case 'register':
      return registerSheet(register, asOf)
    case 'overdue':
      return overdueSheet(register, asOf)
    case 'upcoming':
      return upcomingSheet(register, ruleSet, asOf)
    case 'quarterly':
      return quarterlySheet(register, ruleSet, asOf, req.quarter ?? quarterOf(asOf))
    case 'mau08':
      // The period bounds of an annual schedule; under a quarterly one, Decree 331's 15/12–14/12.
      return mau08Sheet({
        register,
        assessments: req.assessments ?? [],
        settings: req.settings ?? DEFAULT_REPORT_SETTINGS,
        year: req.mau08Year ?? mau08YearOf(asOf),
        ruleSet,
        history: req.history,
      })
  }
}

/** The requested sheets (default: all the rule set reports), each once, in the order asked. */
function reportSheetIds(req: Pick<ReportRequest, 'sheets' | 'ruleSet'>): ReportSheetId[] {
  return [...new Set(req.sheets ?? defaultReportSheets(req.ruleSet))]
}

export function buildReportSheets(req: ReportRequest): ReportSheet[] {
  checkRequest(req)
  return reportSheetIds(req).map((id) => buildReportSheet(id, req))
}

/**
 * Which sheets a report holds and their content, from one evaluated register. The Excel writer,
 * the CLI and the export screen all go through here, so every sheet reads the same figures.
 */
import type { IsoDate } from '../calendar-date'
import { formatViDate } from '../calendar-date'
import { DomainError } from '../errors'
import type { EvaluatedRegister } from '../register'
import type { RuleSet } from '../rule-set'
import { overdueSheet } from './overdue'
import { isQuarterNumber, quarterOf, type Quarter } from './quarter'
import { quarterlySheet } from './quarterly'
import { registerSheet } from './register-sheet'
import { REPORT_SHEET_IDS, type ReportSheet, type ReportSheetId } from './sheet'
import { summarySheet } from './summary'
import { upcomingSheet } from './upcoming'

export interface ReportRequest {
  register: EvaluatedRegister
  ruleSet: RuleSet
  asOf: IsoDate
  sheets?: readonly ReportSheetId[]
  quarter?: Quarter
}

/** Every sheet the rule set has a report for: the quarterly one only under a quarterly schedule. */
export function defaultReportSheets(ruleSet: Pick<RuleSet, 'report'>): ReportSheetId[] {
  return REPORT_SHEET_IDS.filter((id) => id !== 'quarterly' || ruleSet.report.kind === 'quarterly')
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
      return summarySheet(register, asOf)
    case 'register':
      return registerSheet(register, asOf)
    case 'overdue':
      return overdueSheet(register, asOf)
    case 'upcoming':
      return upcomingSheet(register, ruleSet, asOf)
    case 'quarterly':
      return quarterlySheet(register, ruleSet, asOf, req.quarter ?? quarterOf(asOf))
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

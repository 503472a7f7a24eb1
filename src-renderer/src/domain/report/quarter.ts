/**
 * Quarters of the Công điện 33/CĐ-TTg report: which quarter a day falls in, its bounds, and the day
 * the report is due (day `dueDayOfLastMonth` of the quarter's last month, from the rule set).
 */
import { daysInMonth, parts, toIsoDate, type IsoDate } from '../calendar-date'
import { DomainError } from '../errors'
import type { RuleSet } from '../rule-set'
import { toRoman } from './document-text'

export type QuarterNumber = 1 | 2 | 3 | 4

export interface Quarter {
  year: number
  quarter: QuarterNumber
}

export function quarterOf(date: IsoDate): Quarter {
  const { year, month } = parts(date)
  return { year, quarter: (Math.floor((month - 1) / 3) + 1) as QuarterNumber }
}

export function quarterStart(year: number, quarter: QuarterNumber): IsoDate {
  return toIsoDate(year, (quarter - 1) * 3 + 1, 1)
}

export function quarterEnd(year: number, quarter: QuarterNumber): IsoDate {
  const month = quarter * 3
  return toIsoDate(year, month, daysInMonth(year, month))
}

/**
 * The day the quarterly report is due. Only a rule set with a quarterly report has one (the
 * Decree 331 set reports yearly, with Mẫu 08).
 */
export function quarterDueDate(
  year: number,
  quarter: QuarterNumber,
  rules: Pick<RuleSet, 'report' | 'name'>,
): IsoDate {
  if (rules.report.kind !== 'quarterly') {
    throw new DomainError(
      'report_not_quarterly',
      `Bộ quy tắc "${rules.name}" quy định báo cáo hằng năm, không có báo cáo quý. Hãy chọn bộ quy tắc có báo cáo quý trong Cài đặt.`,
    )
  }
  const month = quarter * 3
  // A due day past the month's end (31 in June) falls on the month's last day.
  return toIsoDate(year, month, Math.min(rules.report.dueDayOfLastMonth, daysInMonth(year, month)))
}

/** "Quý IV năm 2026". */
export function quarterLabel({ year, quarter }: Quarter): string {
  return `Quý ${toRoman(quarter)} năm ${year}`
}

export function isQuarterNumber(value: unknown): value is QuarterNumber {
  return value === 1 || value === 2 || value === 3 || value === 4
}

/**
 * Sắp đến hạn: the systems whose next assessment falls within the rule set's "due soon" window
 * (the evaluation's `due_soon` status), soonest first.
 */
import { daysBetween, type IsoDate } from '../calendar-date'
import type { EvaluatedRegister, EvaluatedSystem } from '../register'
import type { RuleSet } from '../rule-set'
import { asOfLine } from './document-text'
import { sortSystems, unitNameOf } from './order'
import { dateCell, type ReportColumn, type ReportSheet } from './sheet'

export interface UpcomingLine {
  row: EvaluatedSystem
  due: IsoDate
  daysLeft: number
}

export function upcomingLines(register: EvaluatedRegister, asOf: IsoDate): UpcomingLine[] {
  const lines: UpcomingLine[] = []
  for (const row of register.rows) {
    const due = row.evaluation.nextAssessmentDue
    if (row.evaluation.assessment === 'due_soon' && due)
      lines.push({ row, due, daysLeft: daysBetween(asOf, due) })
  }
  // Same day: register order (compareSystems), read from the register's sort, which the other
  // sheets of a report share, instead of collating names again for every comparison.
  const position = new Map(sortSystems(register.rows).map((row, i) => [row, i]))
  const at = (line: UpcomingLine) => position.get(line.row) ?? 0
  return lines.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : at(a) - at(b)))
}

const COLUMNS: ReportColumn[] = [
  { header: 'STT', width: 6, align: 'center' },
  { header: 'Tên hệ thống thông tin', width: 36, align: 'left' },
  { header: 'Đơn vị quản lý, vận hành', width: 30, align: 'left' },
  { header: 'Cấp độ', width: 8, align: 'center' },
  { header: 'Ngày kiểm tra, đánh giá gần nhất', width: 14, align: 'center' },
  { header: 'Hạn kiểm tra, đánh giá tiếp theo', width: 14, align: 'center' },
  { header: 'Số ngày còn lại', width: 10, align: 'center' },
]

export function upcomingSheet(
  register: EvaluatedRegister,
  ruleSet: Pick<RuleSet, 'dueSoonDays'>,
  asOf: IsoDate,
): ReportSheet {
  return {
    id: 'upcoming',
    name: 'Sắp đến hạn',
    title: 'DANH SÁCH HỆ THỐNG THÔNG TIN SẮP ĐẾN HẠN KIỂM TRA, ĐÁNH GIÁ',
    subtitles: [asOfLine(asOf), `(hạn kiểm tra, đánh giá trong ${ruleSet.dueSoonDays} ngày tới)`],
    preamble: [],
    orientation: 'landscape',
    columns: COLUMNS,
    rows: upcomingLines(register, asOf).map((line, i) => ({
      cells: [
        i + 1,
        line.row.system.name,
        unitNameOf(line.row),
        line.row.system.level,
        dateCell(line.row.lastAssessedOn),
        { date: line.due },
        line.daysLeft,
      ],
    })),
    dataSheet: false,
    emptyText: `Không có hệ thống thông tin nào đến hạn kiểm tra, đánh giá trong ${ruleSet.dueSoonDays} ngày tới.`,
  }
}

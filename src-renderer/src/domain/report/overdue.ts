/**
 * Quá hạn: the systems with any overdue status (approval, deployment, assessment), which ones and
 * since when: each overdue obligation shows its due date and the days past it as of the report.
 */
import { daysBetween, type IsoDate } from '../calendar-date'
import type { EvaluatedRegister, EvaluatedSystem } from '../register'
import { asOfLine } from './document-text'
import { sortSystems, unitNameOf } from './order'
import type { ReportCell, ReportColumn, ReportSheet } from './sheet'

export interface OverdueItem {
  due: IsoDate
  daysOverdue: number
}

export interface OverdueLine {
  row: EvaluatedSystem
  approval: OverdueItem | null
  deployment: OverdueItem | null
  assessment: OverdueItem | null
}

function item(overdue: boolean, due: IsoDate | null, asOf: IsoDate): OverdueItem | null {
  return overdue && due ? { due, daysOverdue: daysBetween(due, asOf) } : null
}

export function overdueLines(register: EvaluatedRegister, asOf: IsoDate): OverdueLine[] {
  return sortSystems(register.rows)
    .map((row) => {
      const e = row.evaluation
      return {
        row,
        approval: item(e.approval === 'overdue', e.approvalDue, asOf),
        deployment: item(e.deployment === 'overdue', e.deploymentDue, asOf),
        assessment: item(e.assessment === 'overdue', e.nextAssessmentDue, asOf),
      }
    })
    .filter((line) => line.approval || line.deployment || line.assessment)
}

function itemCells(i: OverdueItem | null): ReportCell[] {
  return i ? [{ date: i.due }, i.daysOverdue] : [null, null]
}

const COLUMNS: ReportColumn[] = [
  { header: 'STT', width: 6, align: 'center' },
  { header: 'Tên hệ thống thông tin', width: 34, align: 'left' },
  { header: 'Đơn vị quản lý, vận hành', width: 28, align: 'left' },
  { header: 'Cấp độ', width: 8, align: 'center' },
  { header: 'Hạn phê duyệt', group: 'Phê duyệt hồ sơ', width: 12, align: 'center' },
  { header: 'Số ngày quá hạn', group: 'Phê duyệt hồ sơ', width: 10, align: 'center' },
  { header: 'Hạn triển khai', group: 'Triển khai phương án', width: 12, align: 'center' },
  { header: 'Số ngày quá hạn', group: 'Triển khai phương án', width: 10, align: 'center' },
  { header: 'Hạn kiểm tra, đánh giá', group: 'Kiểm tra, đánh giá', width: 12, align: 'center' },
  { header: 'Số ngày quá hạn', group: 'Kiểm tra, đánh giá', width: 10, align: 'center' },
]

export function overdueSheet(register: EvaluatedRegister, asOf: IsoDate): ReportSheet {
  return {
    id: 'overdue',
    name: 'Quá hạn',
    title: 'DANH SÁCH HỆ THỐNG THÔNG TIN QUÁ HẠN THỰC HIỆN YÊU CẦU BẢO ĐẢM AN TOÀN THEO CẤP ĐỘ',
    subtitles: [asOfLine(asOf)],
    preamble: [],
    orientation: 'landscape',
    columns: COLUMNS,
    rows: overdueLines(register, asOf).map((line, i) => ({
      cells: [
        i + 1,
        line.row.system.name,
        unitNameOf(line.row),
        line.row.system.level,
        ...itemCells(line.approval),
        ...itemCells(line.deployment),
        ...itemCells(line.assessment),
      ],
    })),
    dataSheet: false,
    emptyText: 'Không có hệ thống thông tin nào quá hạn.',
  }
}

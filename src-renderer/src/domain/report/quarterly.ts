/**
 * Báo cáo quý (Công điện 33/CĐ-TTg): for the chosen quarter, the figures of the same aggregates
 * by level and in total, the reporting period and the day the report is due.
 */
import { approvalRate, deploymentRate, LEVEL_KEYS, type Counters } from '../aggregate'
import { formatViDate, type IsoDate } from '../calendar-date'
import type { EvaluatedRegister } from '../register'
import type { RuleSet } from '../rule-set'
import { LEVEL_LABEL } from '../vocabulary'
import { asOfLine } from './document-text'
import { quarterDueDate, quarterEnd, quarterLabel, quarterStart, type Quarter } from './quarter'
import type { ReportCell, ReportColumn, ReportRow, ReportSheet } from './sheet'

interface Indicator {
  label: string
  count: (c: Counters) => number
  rate?: (c: Counters) => number
}

function indicators(ruleSet: RuleSet): Indicator[] {
  return [
    { label: 'Tổng số hệ thống thông tin', count: (c) => c.systems },
    {
      label: `Đã được phê duyệt hồ sơ đề xuất cấp độ (hạn ${formatViDate(ruleSet.approvalDeadline)})`,
      count: (c) => c.approved,
      rate: approvalRate,
    },
    { label: 'Quá hạn phê duyệt hồ sơ đề xuất cấp độ', count: (c) => c.approvalOverdue },
    {
      label: `Đã triển khai đầy đủ phương án bảo đảm an toàn (hạn ${formatViDate(ruleSet.deploymentDeadline)})`,
      count: (c) => c.deployed,
      rate: deploymentRate,
    },
    { label: 'Quá hạn triển khai phương án bảo đảm an toàn', count: (c) => c.deploymentOverdue },
    { label: 'Quá hạn kiểm tra, đánh giá', count: (c) => c.assessmentOverdue },
    {
      label: `Sắp đến hạn kiểm tra, đánh giá (trong ${ruleSet.dueSoonDays} ngày)`,
      count: (c) => c.assessmentDueSoon,
    },
  ]
}

const LEVEL_GROUP = 'Số hệ thống thông tin theo cấp độ'

export function quarterlySheet(
  register: EvaluatedRegister,
  ruleSet: RuleSet,
  asOf: IsoDate,
  quarter: Quarter,
): ReportSheet {
  const due = quarterDueDate(quarter.year, quarter.quarter, ruleSet)
  const { byLevel, totals } = register.aggregates
  const columns: ReportColumn[] = [
    { header: 'STT', width: 6, align: 'center' },
    { header: 'Chỉ tiêu', width: 58, align: 'left' },
    ...LEVEL_KEYS.map((key): ReportColumn => ({
      header: LEVEL_LABEL(key === 'unknown' ? null : Number(key)),
      group: LEVEL_GROUP,
      width: key === 'unknown' ? 11 : 9,
      align: 'center',
    })),
    { header: 'Tổng số', width: 9, align: 'center' },
    { header: 'Tỷ lệ', width: 9, align: 'center' },
  ]
  const rows: ReportRow[] = indicators(ruleSet).map((ind, i) => {
    const cells: ReportCell[] = [
      i + 1,
      ind.label,
      ...LEVEL_KEYS.map((key) => ind.count(byLevel[key])),
      ind.count(totals),
      ind.rate ? { rate: ind.rate(totals) } : null,
    ]
    return i === 0 ? { cells, style: 'group' } : { cells }
  })
  return {
    id: 'quarterly',
    name: 'Báo cáo quý',
    title: 'BÁO CÁO TÌNH HÌNH BẢO ĐẢM AN TOÀN HỆ THỐNG THÔNG TIN THEO CẤP ĐỘ',
    subtitles: [quarterLabel(quarter), asOfLine(asOf)],
    preamble: [
      'Thực hiện Công điện số 33/CĐ-TTg ngày 07/4/2024 của Thủ tướng Chính phủ, báo cáo tình hình bảo đảm an toàn hệ thống thông tin theo cấp độ như sau:',
      `Kỳ báo cáo: ${quarterLabel(quarter)} (từ ngày ${formatViDate(quarterStart(quarter.year, quarter.quarter))} đến ngày ${formatViDate(quarterEnd(quarter.year, quarter.quarter))}); hạn gửi báo cáo: ngày ${formatViDate(due)}.`,
      `Số liệu tính đến ngày ${formatViDate(asOf)}, theo ${ruleSet.name}.`,
    ],
    orientation: 'landscape',
    columns,
    rows,
    dataSheet: false,
    emptyText: '',
  }
}

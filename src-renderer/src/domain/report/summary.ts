/**
 * Tổng hợp: the counters of docs/domain.md §4 by level, and by block with its units nested, with the
 * rates approved/systems and deployed/systems and a totals row.
 */
import { aggregate, approvalRate, deploymentRate, LEVEL_KEYS, type Counters } from '../aggregate'
import type { IsoDate } from '../calendar-date'
import type { EvaluatedRegister, EvaluatedSystem } from '../register'
import { UNKNOWN_BLOCK, UNKNOWN_UNIT } from '../register'
import { LEVEL_LABEL } from '../vocabulary'
import { asOfLine, reportNumberLine, toRoman } from './document-text'
import { blockNameOf, compareGroupNames, unitNameOf } from './order'
import type { ReportSettings } from './settings'
import type { ReportCell, ReportColumn, ReportRow, ReportSheet } from './sheet'

export interface SummaryLine {
  label: string
  counters: Counters
}

export interface SummaryBlock extends SummaryLine {
  units: SummaryLine[]
}

export interface SummaryData {
  byLevel: SummaryLine[]
  blocks: SummaryBlock[]
  total: Counters
}

function toAggregateInput(row: EvaluatedSystem) {
  return {
    level: row.system.level,
    unit: unitNameOf(row),
    block: blockNameOf(row),
    evaluation: row.evaluation,
  }
}

export function summarize(register: EvaluatedRegister): SummaryData {
  const { aggregates } = register
  const byLevel = LEVEL_KEYS.map((key) => ({
    label: LEVEL_LABEL(key === 'unknown' ? null : Number(key)),
    counters: aggregates.byLevel[key],
  }))

  const rowsByBlock = new Map<string, EvaluatedSystem[]>()
  for (const row of register.rows) {
    const block = blockNameOf(row)
    const list = rowsByBlock.get(block)
    if (list) list.push(row)
    else rowsByBlock.set(block, [row])
  }
  const blocks = [...rowsByBlock.keys()]
    .sort((a, b) => compareGroupNames(a, b, UNKNOWN_BLOCK))
    .map((block) => {
      // Units are counted within their block, so a unit name shared by two blocks stays apart.
      const byUnit = aggregate((rowsByBlock.get(block) ?? []).map(toAggregateInput)).byUnit
      const units = [...byUnit.keys()]
        .sort((a, b) => compareGroupNames(a, b, UNKNOWN_UNIT))
        .map((unit) => ({ label: unit, counters: byUnit.get(unit) as Counters }))
      return { label: block, counters: aggregates.byBlock.get(block) as Counters, units }
    })
  return { byLevel, blocks, total: aggregates.totals }
}

const COUNTER_COLUMNS: ReportColumn[] = [
  { header: 'Tổng số HTTT', width: 10, align: 'center' },
  { header: 'Đã phê duyệt', group: 'Phê duyệt hồ sơ', width: 10, align: 'center' },
  { header: 'Tỷ lệ', group: 'Phê duyệt hồ sơ', width: 9, align: 'center' },
  { header: 'Quá hạn', group: 'Phê duyệt hồ sơ', width: 9, align: 'center' },
  { header: 'Đã triển khai đầy đủ', group: 'Triển khai phương án', width: 11, align: 'center' },
  { header: 'Tỷ lệ', group: 'Triển khai phương án', width: 9, align: 'center' },
  { header: 'Quá hạn', group: 'Triển khai phương án', width: 9, align: 'center' },
  { header: 'Quá hạn', group: 'Kiểm tra, đánh giá', width: 9, align: 'center' },
  { header: 'Sắp đến hạn', group: 'Kiểm tra, đánh giá', width: 10, align: 'center' },
  { header: 'Chưa xác định cấp độ', width: 11, align: 'center' },
]

function counterCells(c: Counters): ReportCell[] {
  return [
    c.systems,
    c.approved,
    { rate: approvalRate(c) },
    c.approvalOverdue,
    c.deployed,
    { rate: deploymentRate(c) },
    c.deploymentOverdue,
    c.assessmentOverdue,
    c.assessmentDueSoon,
    c.missingLevel,
  ]
}

function sectionRow(stt: string, label: string): ReportRow {
  return { cells: [stt, label, ...COUNTER_COLUMNS.map(() => null)], style: 'section' }
}

export function summarySheet(
  register: EvaluatedRegister,
  asOf: IsoDate,
  settings: Pick<ReportSettings, 'documentSymbol'>,
): ReportSheet {
  const data = summarize(register)
  const rows: ReportRow[] = [sectionRow('A', 'THEO CẤP ĐỘ')]
  data.byLevel.forEach((line, i) => rows.push({ cells: [i + 1, line.label, ...counterCells(line.counters)] }))
  rows.push(sectionRow('B', 'THEO KHỐI, ĐƠN VỊ'))
  data.blocks.forEach((block, i) => {
    rows.push({ cells: [toRoman(i + 1), block.label, ...counterCells(block.counters)], style: 'group' })
    block.units.forEach((unit, j) =>
      rows.push({ cells: [j + 1, unit.label, ...counterCells(unit.counters)] }),
    )
  })
  rows.push({ cells: [null, 'TỔNG CỘNG', ...counterCells(data.total)], style: 'total' })
  return {
    id: 'summary',
    name: 'Tổng hợp',
    title: 'BÁO CÁO TỔNG HỢP TÌNH HÌNH BẢO ĐẢM AN TOÀN HỆ THỐNG THÔNG TIN THEO CẤP ĐỘ',
    numberLine: reportNumberLine(settings.documentSymbol),
    subtitles: [asOfLine(asOf)],
    preamble: [],
    orientation: 'landscape',
    columns: [
      { header: 'STT', width: 6, align: 'center' },
      { header: 'Nội dung', width: 46, align: 'left' },
      ...COUNTER_COLUMNS,
    ],
    rows,
    dataSheet: false,
    emptyText: '',
  }
}

/**
 * "Xuất danh sách đơn vị chưa báo cáo" (issue #17): the recipients of a round whose reply has not
 * come, grouped by block, with where each stands on the day of the list (late by how many days,
 * or still in time) and the due date — the list the chase-up letter attaches. Built as a report
 * sheet (domain/report/sheet.ts), so the Excel writer lays it out as the report's other sheets.
 */
import { daysBetween, formatViDate, type IsoDate } from '../calendar-date'
import { formatCount } from '../number-format'
import { asOfLine, toRoman } from '../report/document-text'
import { compareGroupNames } from '../report/order'
import type { ReportColumn, ReportRow, ReportSheet } from '../report/sheet'
import { UNKNOWN_BLOCK } from '../register'
import { foldKey } from '../text'
import type { Unit } from '../types'
import { recipientStatus, type RecipientStatus, type Round } from './round'

export interface NotRepliedLine {
  unitId: string
  /** The name the round was sent to (the letter's, even if the unit was renamed since). */
  unitName: string
  /** The unit's block today, or "(Chưa phân khối)" when it has none or was deleted. */
  block: string
  status: RecipientStatus
}

/**
 * The recipients without a reply, block by block (Vietnamese order, units without a block last),
 * in the round's order inside a block (the order of the letter's list).
 */
export function notRepliedLines(
  round: Round,
  units: readonly Pick<Unit, 'id' | 'block'>[],
  today: IsoDate,
): NotRepliedLine[] {
  const blockOf = new Map(units.map((u) => [u.id, u.block.trim()]))
  const lines = round.recipients
    .filter((r) => r.receivedOn === null)
    .map((r) => ({
      unitId: r.unitId,
      unitName: r.unitName,
      block: blockOf.get(r.unitId) || UNKNOWN_BLOCK,
      status: recipientStatus(round, r, today),
    }))
  // Array.prototype.sort is stable: inside a block the round's order stays.
  return lines.sort((a, b) => compareGroupNames(a.block, b.block, UNKNOWN_BLOCK))
}

/** "Quá hạn 3 ngày", "Còn 5 ngày", "Đến hạn hôm nay"… as the list's status column says it. */
export function notRepliedStatusText(status: RecipientStatus, dueOn: IsoDate, today: IsoDate): string {
  switch (status.kind) {
    case 'late':
      return `Quá hạn ${formatCount(status.daysLate)} ngày`
    case 'not_sent':
      return 'Chưa gửi phiếu'
    case 'no_reply':
      return 'Không báo cáo (đợt đã đóng)'
    case 'received':
      return `Đã nhận ngày ${formatViDate(status.on)}`
    case 'sent': {
      const left = daysBetween(today, dueOn)
      return left === 0 ? 'Đến hạn hôm nay' : `Còn ${formatCount(left)} ngày`
    }
  }
}

/*
 * Landscape, the block as a group row over its units (as the summary lists blocks), and a
 * "Ghi chú" column for the officer's notes while chasing (called on …, promised by …). The widths
 * put the header's left block over STT and Đơn vị and its right block over the other three, each
 * wide enough for the bodies' names and the national title on one line.
 */
const COLUMNS: ReportColumn[] = [
  { header: 'STT', width: 6, align: 'center' },
  { header: 'Khối, đơn vị', width: 52, align: 'left' },
  { header: 'Trạng thái', width: 22, align: 'center' },
  { header: 'Hạn gửi', width: 13, align: 'center' },
  { header: 'Ghi chú', width: 24, align: 'left' },
]

/** The list's rows: each block (I, II, …, with its count) above its units (1, 2, … throughout). */
function rowsOf(lines: readonly NotRepliedLine[], round: Round, today: IsoDate): ReportRow[] {
  const rows: ReportRow[] = []
  let block: string | null = null
  let blocks = 0
  lines.forEach((line, i) => {
    if (line.block !== block) {
      block = line.block
      const count = lines.filter((l) => l.block === line.block).length
      rows.push({
        cells: [toRoman(++blocks), `${line.block} (${formatCount(count)} đơn vị)`, null, null, null],
        style: 'group',
      })
    }
    rows.push({
      cells: [
        i + 1,
        line.unitName,
        notRepliedStatusText(line.status, round.dueOn, today),
        { date: round.dueOn },
        null,
      ],
    })
  })
  return rows
}

/** The sheet of the list, as of `today` (the day it is made: statuses and the header's date). */
export function notRepliedSheet(
  round: Round,
  units: readonly Pick<Unit, 'id' | 'block'>[],
  today: IsoDate,
): ReportSheet {
  const lines = notRepliedLines(round, units, today)
  return {
    id: 'round_not_replied',
    name: 'Chưa báo cáo',
    title: 'Danh sách cơ quan, đơn vị chưa gửi báo cáo',
    subtitles: [
      `(Theo Công văn số ${round.letterNo} ngày ${formatViDate(round.letterDate)}; ` +
        `hạn gửi báo cáo ${formatViDate(round.dueOn)})`,
      asOfLine(today),
    ],
    preamble: [],
    orientation: 'landscape',
    columns: COLUMNS,
    rows: rowsOf(lines, round, today),
    dataSheet: false,
    emptyText: 'Tất cả cơ quan, đơn vị đã gửi báo cáo.',
  }
}

/** "chua-bao-cao-125-stttt-bcvt-ngay-15-12-2026.xlsx": no diacritics or slashes. */
export function notRepliedFileName(letterNo: string, today: IsoDate): string {
  const slug = foldKey(letterNo)
    .replace(/[^a-z0-9]+/gu, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/gu, '')
  return `chua-bao-cao${slug ? `-${slug}` : ''}-ngay-${formatViDate(today).replace(/\//gu, '-')}.xlsx`
}

/**
 * "Xuất danh sách đơn vị chưa báo cáo": the round's list of units without a reply as a one-sheet
 * workbook in the report's layout (header block, title, as-of line, bordered table, "Nơi nhận"
 * and signer from Settings, A4 print setup), written by the report's own sheet writer.
 */
import ExcelJS from 'exceljs'
import { dayNumber, type IsoDate } from '../../domain/calendar-date'
import type { ReportSettings } from '../../domain/report/settings'
import { notRepliedSheet } from '../../domain/rounds/not-replied'
import type { Round } from '../../domain/rounds/round'
import type { Unit } from '../../domain/types'
import { writeReportSheet } from '../export/sheet-writer'

export async function buildNotRepliedWorkbook(
  round: Round,
  units: readonly Pick<Unit, 'id' | 'block'>[],
  settings: ReportSettings,
  today: IsoDate,
): Promise<Uint8Array> {
  const sheet = notRepliedSheet(round, units, today)
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'CapDo'
  workbook.title = sheet.title
  // The list's date, not the clock.
  workbook.created = new Date(dayNumber(today) * 86_400_000)
  workbook.modified = workbook.created
  writeReportSheet(workbook, sheet, settings, today)
  const written: ArrayBuffer | Uint8Array = await workbook.xlsx.writeBuffer()
  return ArrayBuffer.isView(written)
    ? new Uint8Array(written.buffer, written.byteOffset, written.byteLength)
    : new Uint8Array(written)
}

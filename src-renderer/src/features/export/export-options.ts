/**
 * The export screen's choices as plain data: the suggested file names, the quarters offered for
 * the quarterly report, and which sheets go into the workbook (in the report's own order).
 */
import type { IsoDate } from '../../domain/calendar-date'
import { mau08Period, mau08YearOf } from '../../domain/report/mau08'
import type { ReportSchedule } from '../../domain/rule-set'
import { quarterOf, type Quarter, type QuarterNumber } from '../../domain/report/quarter'
import type { ReportSheetId } from '../../domain/report/sheet'
import { foldKey } from '../../domain/text'

export type ExportKind = 'report' | 'register' | 'exchange'

const FILE_STEM: Record<Exclude<ExportKind, 'exchange'>, string> = {
  report: 'CapDo-bao-cao',
  register: 'CapDo-danh-muc',
}

/** "CapDo-bao-cao-2026-11-23.xlsx": ASCII only, so every file system and mail client keeps it. */
export function exportFileName(kind: Exclude<ExportKind, 'exchange'>, asOf: IsoDate): string {
  return `${FILE_STEM[kind]}-${asOf}.xlsx`
}

/** "CapDo-gui-len-ubnd-phuong-an-duong-2026-11-23.xlsx": the office's name folded to ASCII. */
export function exchangeFileName(officeName: string, asOf: IsoDate): string {
  const office = foldKey(officeName)
    .replace(/[^a-z0-9 ]/gu, '')
    .trim()
    .replace(/ +/gu, '-')
    .slice(0, 60)
  return `CapDo-gui-len-${office || 'don-vi'}-${asOf}.xlsx`
}

function shiftQuarter({ year, quarter }: Quarter, by: number): Quarter {
  const index = year * 4 + (quarter - 1) + by
  return { year: Math.floor(index / 4), quarter: ((index % 4) + 1) as QuarterNumber }
}

/** The quarter of the date, the three before it (a late report) and the next one, oldest first. */
export function quarterChoices(asOf: IsoDate): Quarter[] {
  const current = quarterOf(asOf)
  return [-3, -2, -1, 0, 1].map((by) => shiftQuarter(current, by))
}

export function quarterKey({ year, quarter }: Quarter): string {
  return `${year}-Q${quarter}`
}

/**
 * The sheets the rule set offers that are ticked, in the offered order: those ticked by default
 * unless the officer unticked them, and the others (Mẫu 08 under Decree 85) once ticked.
 * `toggled` holds the sheets whose box the officer flipped from its default.
 */
export function chosenSheets(
  offered: readonly ReportSheetId[],
  toggled: readonly ReportSheetId[],
  ticked: readonly ReportSheetId[] = offered,
): ReportSheetId[] {
  return offered.filter((id) => ticked.includes(id) !== toggled.includes(id))
}

/**
 * Mẫu 08's years on offer: the calendar year of the report date (the default, mau08YearOf) and the
 * two before it (a late or corrected report); from 15/12 also the next one, whose period has begun.
 */
export function mau08YearChoices(asOf: IsoDate, schedule?: ReportSchedule): number[] {
  const year = mau08YearOf(asOf)
  const next = mau08Period(year + 1, schedule).start <= asOf ? [year + 1] : []
  return [year - 2, year - 1, year, ...next]
}

/**
 * The report workbook CapDo sends upward (docs/domain.md §6): the sheets of the pure report model
 * (domain/report) written with exceljs as Vietnamese official documents. Runs in Node (CLI) and
 * in the browser (export screen, worker) alike: it only builds bytes, the caller saves them.
 */
import ExcelJS from 'exceljs'
import { dayNumber, type IsoDate } from '../../domain/calendar-date'
import type { EvaluatedRegister } from '../../domain/register'
import type { RuleSet } from '../../domain/rule-set'
import type { Assessment, HistoryEntry } from '../../domain/types'
import { buildReportSheets } from '../../domain/report/build'
import type { ReportSettings } from '../../domain/report/settings'
import type { ReportSheetId } from '../../domain/report/sheet'
import { writeReportSheet } from './sheet-writer'

export type { ReportSheetId } from '../../domain/report/sheet'

export interface ReportInput {
  register: EvaluatedRegister
  ruleSet: RuleSet
  asOf: IsoDate
  settings: ReportSettings
  /** Default: the rule set's report (the four lists plus its quarterly report or Mẫu 08). */
  sheets?: ReportSheetId[]
  /** Default: the quarter containing asOf. */
  quarter?: { year: number; quarter: 1 | 2 | 3 | 4 }
  /** The assessments with their kinds, for column (12) of Mẫu 08 (default: none). */
  assessments?: readonly Pick<Assessment, 'systemId' | 'kind' | 'date'>[]
  /** Mẫu 08's report year and the history written after its period (domain/report/build.ts). */
  mau08Year?: number
  history?: readonly HistoryEntry[]
  onProgress?: (fraction: number) => void
  /** Adds sheets after the report's own, before the file is written ("Gửi lên": the exchange sheet). */
  addSheets?: (workbook: ExcelJS.Workbook) => Promise<void>
}

/*
 * The zip's deflate level. exceljs compresses with pako (JavaScript), whose default level 6 took
 * about a third of a 20,000-system export; level 3 deflates the same XML about 2.3× faster for a
 * file about 17 % larger (4.47 MB against 3.82 MB); the sheets inside are the same bytes.
 */
const DEFLATE_LEVEL = 3

/** Share of the progress bar for laying out rows; writing the file (XML and zip) takes the rest. */
const LAYOUT_SHARE = 0.35

export async function buildReportWorkbook(input: ReportInput): Promise<Uint8Array> {
  const { settings, asOf, onProgress } = input
  const sheets = buildReportSheets(input)
  onProgress?.(0.05)

  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'CapDo'
  workbook.title = sheets[0]?.title ?? ''
  // The document's date, not the clock.
  workbook.created = new Date(dayNumber(asOf) * 86_400_000)
  workbook.modified = workbook.created

  const totalRows = Math.max(
    1,
    sheets.reduce((n, s) => n + s.rows.length, 0),
  )
  let done = 0
  for (const sheet of sheets) {
    const before = done
    writeReportSheet(workbook, sheet, settings, asOf, (written) => {
      done = before + written
      onProgress?.(0.05 + (LAYOUT_SHARE * done) / totalRows)
    })
  }
  onProgress?.(0.05 + LAYOUT_SHARE)
  await input.addSheets?.(workbook)

  // A Node Buffer in Node, an ArrayBuffer in the browser build: hand back a plain Uint8Array.
  const written: ArrayBuffer | Uint8Array = await workbook.xlsx.writeBuffer({
    zip: { compression: 'DEFLATE', compressionOptions: { level: DEFLATE_LEVEL } },
  })
  onProgress?.(1)
  return ArrayBuffer.isView(written)
    ? new Uint8Array(written.buffer, written.byteOffset, written.byteLength)
    : new Uint8Array(written)
}

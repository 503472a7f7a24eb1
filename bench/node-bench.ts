/**
 * The Node half of `npm run bench`: evaluation and aggregates, the report export, the import of
 * that export, and the floor they are judged against — ExcelJS alone writing and reading the same
 * rows with no styling and no logic.
 */
import ExcelJS from 'exceljs'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { IsoDate } from '../src-renderer/src/domain/calendar-date'
import { evaluateRegister } from '../src-renderer/src/domain/register'
import { registerSheet } from '../src-renderer/src/domain/report/register-sheet'
import type { ReportCell } from '../src-renderer/src/domain/report/sheet'
import { DEFAULT_REPORT_SETTINGS } from '../src-renderer/src/domain/report/settings'
import { ND85_CT09_2024 } from '../src-renderer/src/domain/rule-set'
import type { DemoDataset } from '../src-renderer/src/demo/generate'
import { buildReportWorkbook } from '../src-renderer/src/excel/export/report-workbook'
import { readInventoryWorkbook } from '../src-renderer/src/excel/import/read-workbook'
import { DomainError } from '../src-renderer/src/domain/errors'
import { median, timeIt, withPeakMemory } from './measure'

export interface NodeFigures {
  evaluateMs: number
  exportAllMs: number
  exportAllMb: number
  exportAllPeakMb: number
  exportRegisterMs: number
  floorWriteMs: number
  /** null when the workbook is beyond what the import accepts (more than 100,000 rows, at scale 5). */
  importMs: number | null
  importedRows: number
  importRefused?: string
  floorReadMs: number
  /**
   * The same register sheet saved as Excel 97–2003 (.xls, by SheetJS) and as CSV (UTF-8), imported
   * through the same reader; null when that format cannot hold it (.xls stops at 65,536 rows) or
   * the import refuses it. The rows read beside, so a figure of a half-read file cannot pass.
   */
  importXlsMs: number | null
  importXlsRows: number
  importCsvMs: number | null
  importCsvRows: number
}

/** The workbook as .xls and .csv bytes, converted by SheetJS (loaded only here: the bench's own cost). */
async function otherFormats(xlsx: Uint8Array): Promise<{ xls: Uint8Array | null; csv: Uint8Array }> {
  const XLSX = await import('@e965/xlsx')
  const book = XLSX.read(xlsx, { type: 'array', cellDates: true })
  const sheet = book.Sheets[book.SheetNames[0]]
  const csv = new TextEncoder().encode(XLSX.utils.sheet_to_csv(sheet, { dateNF: 'dd/mm/yyyy' }))
  const rows = XLSX.utils.decode_range(sheet['!ref'] ?? 'A1').e.r + 1
  const xls =
    rows > 65_536 ? null : new Uint8Array(XLSX.write(book, { bookType: 'xls', type: 'array' }) as ArrayBuffer)
  return { xls, csv }
}

/** Imports bytes as the screen does; null when the import refuses a file that large. */
async function timedImport(bytes: Uint8Array | null): Promise<{ ms: number; rows: number } | null> {
  if (bytes === null) return null
  try {
    const read = await timeIt(() => readInventoryWorkbook(bytes))
    return { ms: read.ms, rows: read.value.rows.length }
  } catch (error) {
    if (error instanceof DomainError && /too_large|too_many/.test(error.code)) return null
    throw error
  }
}

function plainCell(cell: ReportCell): string | number | Date | null {
  if (cell === null || typeof cell === 'string' || typeof cell === 'number') return cell
  if ('date' in cell) return new Date(`${cell.date}T00:00:00Z`)
  return cell.rate
}

async function floorWrite(path: string, header: string[], rows: ReportCell[][]): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true })
  const sheet = workbook.addWorksheet('Danh mục')
  sheet.addRow(header).commit()
  for (const row of rows) sheet.addRow(row.map(plainCell)).commit()
  sheet.commit()
  await workbook.commit()
}

async function floorRead(path: string): Promise<number> {
  const workbook = new ExcelJS.Workbook()
  // exceljs's types predate Node's generic Buffer; the bytes are what it expects.
  await workbook.xlsx.load(readFileSync(path) as unknown as Parameters<ExcelJS.Xlsx['load']>[0])
  let cells = 0
  workbook.worksheets[0].eachRow((row) => {
    row.eachCell(() => cells++)
  })
  return cells
}

export async function runNodeBench(data: DemoDataset, asOf: IsoDate): Promise<NodeFigures> {
  const rules = ND85_CT09_2024
  const evaluateMs = await median(7, () => evaluateRegister(data, rules, asOf))
  const register = evaluateRegister(data, rules, asOf)

  const all = await withPeakMemory(() =>
    buildReportWorkbook({ register, ruleSet: rules, asOf, settings: DEFAULT_REPORT_SETTINGS }),
  )
  const registerOnly = await timeIt(() =>
    buildReportWorkbook({
      register,
      ruleSet: rules,
      asOf,
      settings: DEFAULT_REPORT_SETTINGS,
      sheets: ['register'],
    }),
  )

  const sheet = registerSheet(register, asOf)
  const dir = mkdtempSync(join(tmpdir(), 'capdo-bench-'))
  try {
    const floorPath = join(dir, 'floor.xlsx')
    const floor = await timeIt(() =>
      floorWrite(
        floorPath,
        sheet.columns.map((c) => c.header),
        sheet.rows.map((r) => r.cells),
      ),
    )
    // The import refuses a sheet of more than 100,000 rows (zip-limits.ts, a guard against hostile
    // files): at scale 5 the register sheet is beyond it, and that refusal is the app's answer.
    let imported: { ms: number; rows: number } | null = null
    let importRefused: string | undefined
    try {
      const read = await timeIt(() => readInventoryWorkbook(registerOnly.value))
      imported = { ms: read.ms, rows: read.value.rows.length }
    } catch (error) {
      if (!(error instanceof DomainError && error.code === 'sheet_too_large')) throw error
      importRefused = error.message
    }
    const floorReadMs = (await timeIt(() => floorRead(floorPath))).ms
    const formats = await otherFormats(registerOnly.value)
    const xls = await timedImport(formats.xls)
    const csv = await timedImport(formats.csv)
    return {
      evaluateMs,
      exportAllMs: all.ms,
      exportAllMb: all.value.byteLength / 1024 / 1024,
      exportAllPeakMb: all.peakMb,
      exportRegisterMs: registerOnly.ms,
      floorWriteMs: floor.ms,
      importMs: imported?.ms ?? null,
      importedRows: imported?.rows ?? 0,
      ...(importRefused ? { importRefused } : {}),
      floorReadMs,
      importXlsMs: xls?.ms ?? null,
      importXlsRows: xls?.rows ?? 0,
      importCsvMs: csv?.ms ?? null,
      importCsvRows: csv?.rows ?? 0,
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

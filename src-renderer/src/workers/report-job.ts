/**
 * The work the report worker does, as plain functions so Vitest runs them without a Worker: read
 * the register and the report settings from the store, evaluate the register for the report date,
 * then lay out and zip the workbook.
 */
import { createDatabase, type CapdoDatabase } from '../db/database'
import { prepareExchangeExport, signExport } from '../db/repos/exchange'
import { ensureOfficeKeys } from '../db/repos/exchange-keys'
import { loadRegisterWithRules, type StoredRegister } from '../db/repos/read-register'
import { getSettings } from '../db/repos/settings'
import { addDays, type IsoDate } from '../domain/calendar-date'
import type { ExchangePackage, PackageSignature } from '../domain/exchange'
import { evaluateRegister } from '../domain/register'
import { mau08Cutoff, mau08Period, mau08YearOf } from '../domain/report/mau08'
import type { Quarter } from '../domain/report/quarter'
import type { ReportSettings } from '../domain/report/settings'
import type { ReportSheetId } from '../domain/report/sheet'
import type { RuleSet } from '../domain/rule-set'
import type { HistoryEntry } from '../domain/types'
import { addExchangeSheet } from '../excel/exchange/exchange-sheet'
import { addSignatureSheet } from '../excel/exchange/signature-sheet'
import { buildReportWorkbook } from '../excel/export/report-workbook'
import type { ReportJob } from './report-protocol'

type Progress = (fraction: number) => void

/** Shares of the progress bar: reading the store, then evaluating; building the workbook takes the rest. */
export const READ_UNTIL = 0.08
const EVALUATED_AT = 0.12
/** Where writing and zipping the file starts (buildReportWorkbook lays rows out in its first 40 %). */
export const WRITE_FROM = EVALUATED_AT + (1 - EVALUATED_AT) * 0.4

export interface ReportData extends StoredRegister {
  ruleSet: RuleSet
  settings: ReportSettings
  asOf: IsoDate
  sheets: ReportSheetId[]
  quarter?: Quarter
  /** Mẫu 08's report year (default: mau08YearOf(asOf)). */
  mau08Year?: number
  /** History written after Mẫu 08's period end, to report the state at that end. */
  history?: readonly HistoryEntry[]
  /** "Gửi lên": the exchange package, written as the workbook's hidden machine sheet. */
  exchangePackage?: ExchangePackage
  /** Its signature (the workbook's second hidden sheet); a "Gửi lên" is always signed. */
  exchangeSignature?: PackageSignature
}

/** The workbook of a register already in memory (reported from READ_UNTIL on). */
export async function buildReportFromData(
  data: ReportData,
  onProgress: Progress = () => undefined,
): Promise<Uint8Array> {
  const { exchangePackage, exchangeSignature } = data
  const register = evaluateRegister(data, data.ruleSet, data.asOf)
  onProgress(EVALUATED_AT)
  return buildReportWorkbook({
    register,
    ruleSet: data.ruleSet,
    asOf: data.asOf,
    settings: data.settings,
    sheets: data.sheets,
    quarter: data.quarter,
    assessments: data.assessments,
    mau08Year: data.mau08Year,
    history: data.history,
    addSheets: exchangePackage
      ? async (workbook) => {
          await addExchangeSheet(workbook, exchangePackage)
          if (exchangeSignature) await addSignatureSheet(workbook, exchangeSignature)
        }
      : undefined,
    onProgress: (fraction) => onProgress(EVALUATED_AT + (1 - EVALUATED_AT) * fraction),
  })
}

/**
 * The system history written after Mẫu 08's last day (Vietnam time), which the report undoes to
 * give the state at the end of its period (domain/report/state-at.ts); none without Mẫu 08.
 */
async function historyAfterMau08Cutoff(
  db: CapdoDatabase,
  job: Pick<ReportJob, 'sheets' | 'asOf' | 'mau08Year'>,
  ruleSet: RuleSet,
): Promise<HistoryEntry[] | undefined> {
  if (!job.sheets.includes('mau08')) return undefined
  const period = mau08Period(job.mau08Year ?? mau08YearOf(job.asOf), ruleSet.report)
  const from = new Date(`${addDays(mau08Cutoff(period, job.asOf), 1)}T00:00:00+07:00`).toISOString()
  return db.history
    .where('at')
    .aboveOrEqual(from)
    .filter((e) => e.entity === 'system')
    .toArray()
}

/**
 * Reads the register, its rule set and the report settings in one transaction, then builds the
 * workbook. For "Gửi lên" the same transaction numbers the local changes and stores the exchange
 * ledger, so the report and the machine sheet show the same register, and the ledger is stored
 * before the file exists.
 */
export async function runReportJob(
  job: ReportJob,
  onProgress: Progress = () => undefined,
): Promise<Uint8Array> {
  onProgress(0)
  const db = createDatabase(job.dbName)
  try {
    const { exchange, ...options } = job
    const tables = [db.units, db.systems, db.assessments, db.settings, db.exchange, db.history]
    // The key pair first: made with Web Crypto, which cannot run inside the transaction below.
    if (exchange) await ensureOfficeKeys(db)
    const [stored, { reportSettings }, history, prepared] = await db.transaction(
      exchange ? 'rw' : 'r',
      tables,
      async () => {
        const register = await loadRegisterWithRules(db)
        return [
          register,
          await getSettings(db),
          await historyAfterMau08Cutoff(db, options, register.ruleSet),
          exchange ? await prepareExchangeExport(db, exchange.at) : undefined,
        ] as const
      },
    )
    const exchangeSignature = prepared ? await signExport(prepared) : undefined
    onProgress(READ_UNTIL)
    return await buildReportFromData(
      {
        ...stored,
        settings: reportSettings,
        ...options,
        history,
        exchangePackage: prepared?.package,
        exchangeSignature,
      },
      onProgress,
    )
  } finally {
    db.close()
  }
}

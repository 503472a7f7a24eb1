/**
 * The work the report worker does, as plain functions so Vitest runs them without a Worker: read
 * the register and the report settings from the store, evaluate the register for the report date,
 * then lay out and zip the workbook.
 */
import { createDatabase } from '../db/database'
import { prepareExchangeExport, signExport } from '../db/repos/exchange'
import { ensureOfficeKeys } from '../db/repos/exchange-keys'
import { loadRegisterWithRules, type StoredRegister } from '../db/repos/read-register'
import { getSettings } from '../db/repos/settings'
import type { IsoDate } from '../domain/calendar-date'
import type { ExchangePackage, PackageSignature } from '../domain/exchange'
import { evaluateRegister } from '../domain/register'
import type { Quarter } from '../domain/report/quarter'
import type { ReportSettings } from '../domain/report/settings'
import type { ReportSheetId } from '../domain/report/sheet'
import type { RuleSet } from '../domain/rule-set'
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
    const tables = [db.units, db.systems, db.assessments, db.settings, db.exchange]
    // The key pair first: made with Web Crypto, which cannot run inside the transaction below.
    if (exchange) await ensureOfficeKeys(db)
    const [stored, { reportSettings }, prepared] = await db.transaction(
      exchange ? 'rw' : 'r',
      tables,
      async () =>
        [
          await loadRegisterWithRules(db),
          await getSettings(db),
          exchange ? await prepareExchangeExport(db, exchange.at) : undefined,
        ] as const,
    )
    const exchangeSignature = prepared ? await signExport(prepared) : undefined
    onProgress(READ_UNTIL)
    return await buildReportFromData(
      {
        ...stored,
        settings: reportSettings,
        ...options,
        exchangePackage: prepared?.package,
        exchangeSignature,
      },
      onProgress,
    )
  } finally {
    db.close()
  }
}

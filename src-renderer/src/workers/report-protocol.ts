/**
 * What the export screen and the report worker say to each other. Everything here crosses a
 * structured clone: a small job in, progress and bytes out, and errors flattened to plain data (a
 * cloned Error loses its class and code, so a DomainError is rebuilt on the page's side).
 */
import type { IsoDate } from '../domain/calendar-date'
import { DomainError, isDomainError } from '../domain/errors'
import type { Quarter } from '../domain/report/quarter'
import type { ReportSheetId } from '../domain/report/sheet'

/**
 * A report to build. The worker reads the register from the app's database itself (IndexedDB is
 * open to workers): 20,000 systems never cross the structured clone, and the page's thread does
 * no reading or copying while the officer waits.
 */
export interface ReportJob {
  /** The Dexie database to read (the app's own, or a test's fresh one). */
  dbName: string
  asOf: IsoDate
  sheets: ReportSheetId[]
  /** Default: the quarter containing asOf. */
  quarter?: Quarter
  /** Mẫu 08's report year (default: mau08YearOf(asOf)). */
  mau08Year?: number
  /**
   * "Gửi lên": also number the local changes, store the exchange ledger and add the exchange
   * sheet (excel/exchange), all from the same read of the register. `at` is the export instant.
   */
  exchange?: { at: string }
}

export interface SerializedError {
  name: string
  message: string
  /** Set when the error was a DomainError (its message is Vietnamese and shown as is). */
  code?: string
  details?: Record<string, unknown>
}

export type ReportWorkerMessage =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; data: Uint8Array }
  | { type: 'failed'; error: SerializedError }

export function serializeError(error: unknown): SerializedError {
  if (isDomainError(error)) {
    return { name: error.name, message: error.message, code: error.code, details: { ...error.details } }
  }
  if (error instanceof Error) return { name: error.name, message: error.message }
  return { name: 'Error', message: String(error) }
}

export function deserializeError(error: SerializedError): Error {
  if (error.code !== undefined) return new DomainError(error.code, error.message, error.details)
  const rebuilt = new Error(error.message)
  rebuilt.name = error.name
  return rebuilt
}

/**
 * What "Tạo phiếu" and the requests worker say to each other: the round in (the worker reads the
 * register from the app's database itself, as the report worker does), "workbook i of n" out,
 * then the zip's bytes (handed over, not copied) and how many workbooks it holds. A failure of
 * the whole job is flattened as in report-protocol.ts.
 */
import type { Round } from '../domain/rounds/round'
import type { SerializedError } from './report-protocol'

export interface RequestsJob {
  /** The Dexie database to read (the app's own, or a test's fresh one). */
  dbName: string
  /** The round as the officer sees it: its letter and its recipients with their tokens. */
  round: Round
}

export interface RequestsZip {
  zip: Uint8Array
  count: number
}

export type RequestsWorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; result: RequestsZip }
  | { type: 'failed'; error: SerializedError }

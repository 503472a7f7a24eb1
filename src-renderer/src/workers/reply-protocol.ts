/**
 * What the "Nhận phiếu" dialog and the reply worker say to each other: the returned files in
 * (their bytes transferred, not copied), "reading file i of n" out, and for each file either its
 * marker and data sheet or why it was refused, in Vietnamese. Everything crosses by structured
 * clone (the sheet's Map and Set included); a failure of the whole job is flattened as in
 * report-protocol.ts.
 */
import type { IsoDate } from '../domain/calendar-date'
import type { MarkedReply } from '../domain/rounds/reply-diff'
import type { SerializedError } from './report-protocol'

export interface ReplyFileInput {
  name: string
  bytes: ArrayBuffer
}

export interface ReplyReadJob {
  files: ReplyFileInput[]
  /** Today's real date: a date after it in a reply records nothing done yet. */
  today: IsoDate
}

export type ReplyReadOutcome = { fileName: string } & (
  { ok: true; reply: MarkedReply } | { ok: false; code: string; message: string }
)

export type ReplyWorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; outcomes: ReplyReadOutcome[] }
  | { type: 'failed'; error: SerializedError }

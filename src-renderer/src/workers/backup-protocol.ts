/**
 * What the page and the backup worker say to each other: a small job in, the backup file's bytes
 * (transferred, not copied) or a flattened error out. The worker reads the store itself, so the
 * whole register never crosses a structured clone.
 */
import type { SerializedError } from './report-protocol'

export interface BackupJob {
  /** The Dexie database to back up (the app's own, or a test's fresh one). */
  dbName: string
  appVersion?: string
  /** The instant written as the backup's `createdAt`, taken on the page (ISO 8601). */
  createdAt: string
}

export type BackupWorkerMessage =
  { type: 'done'; data: Uint8Array } | { type: 'failed'; error: SerializedError }

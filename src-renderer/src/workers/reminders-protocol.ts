/**
 * What the page and the reminders worker say to each other: today's to-do items and the keys the
 * last reminder reported in, the digest (counts and the items' keys) or a flattened error out.
 */
import type { ReminderDigest } from '../domain/reminders'
import type { TodoItem } from '../domain/todo'
import type { SerializedError } from './report-protocol'

export interface RemindersJob {
  items: readonly TodoItem[]
  /** The reminderKey of every item the last reminder reported. */
  seen: readonly string[]
}

export type RemindersWorkerMessage =
  { type: 'done'; digest: ReminderDigest } | { type: 'failed'; error: SerializedError }

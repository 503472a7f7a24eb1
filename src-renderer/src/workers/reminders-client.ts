/**
 * The page's side of the reminders worker: the same digest reminderDigest computes, computed off
 * the page's thread. Where no worker can run (Vitest's jsdom, a shell that refuses module
 * workers) or one breaks, the digest is computed on the page: later than it could be, never lost.
 */
import { reminderDigest, type ReminderDigest } from '../domain/reminders'
import type { TodoItem } from '../domain/todo'
import type { RemindersJob, RemindersWorkerMessage } from './reminders-protocol'
import { deserializeError } from './report-protocol'
import { runInWorker, type WorkerPort } from './worker-run'

export type RemindersWorkerPort = WorkerPort<RemindersJob, RemindersWorkerMessage>

export function createRemindersWorker(): RemindersWorkerPort {
  return new Worker(new URL('./reminders.worker.ts', import.meta.url), {
    type: 'module',
    name: 'capdo-reminders',
  })
}

export interface DigestInWorkerOptions {
  createWorker?: () => RemindersWorkerPort
  signal?: AbortSignal
}

export function reminderDigestInWorker(
  items: readonly TodoItem[],
  seen: readonly string[],
  options: DigestInWorkerOptions = {},
): Promise<ReminderDigest> {
  const { createWorker = createRemindersWorker, signal } = options
  return runInWorker<RemindersJob, RemindersWorkerMessage, ReminderDigest>({
    what: 'reminders',
    createWorker,
    job: { items, seen },
    onPage: () => Promise.resolve(reminderDigest(items, new Set(seen))),
    read: (message) =>
      message.type === 'done' ? { done: message.digest } : { failed: deserializeError(message.error) },
    signal,
  })
}

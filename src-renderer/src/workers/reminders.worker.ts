/**
 * The reminders worker: hashes every to-do item into its reminderKey and counts what is new since
 * the last reminder. At 20,000 systems that is ≈ 6,000–25,000 items, measured at ≈ 0.4 s on the
 * page's thread in the middle of the register's first open (docs/performance.md); here it costs
 * the page only the copy of the items. One job per worker; reminders-client.ts creates it.
 */
import { reminderDigest } from '../domain/reminders'
import type { RemindersJob, RemindersWorkerMessage } from './reminders-protocol'
import { serializeError } from './report-protocol'

/** The part of DedicatedWorkerGlobalScope used here (the web project's lib is DOM, not WebWorker). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<RemindersJob>) => void) | null
  postMessage(message: RemindersWorkerMessage): void
}

const scope = self as unknown as WorkerScope

scope.onmessage = ({ data: job }) => {
  try {
    scope.postMessage({ type: 'done', digest: reminderDigest(job.items, new Set(job.seen)) })
  } catch (error) {
    console.error(error)
    scope.postMessage({ type: 'failed', error: serializeError(error) })
  }
}

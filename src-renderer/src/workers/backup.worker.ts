/**
 * The backup worker: reads, checksums and compresses the whole store off the page's thread. At
 * 20,000 systems that is about two seconds of work, which on the page froze the register at the
 * first start of each day (npm run bench). One job per worker; backup-client.ts creates it and
 * terminates it when the job ends.
 */
import { runBackupJob } from './backup-job'
import type { BackupJob, BackupWorkerMessage } from './backup-protocol'
import { serializeError } from './report-protocol'

/** The part of DedicatedWorkerGlobalScope used here (the web project's lib is DOM, not WebWorker). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<BackupJob>) => void) | null
  postMessage(message: BackupWorkerMessage, transfer?: Transferable[]): void
}

const scope = self as unknown as WorkerScope

scope.onmessage = (event) => {
  runBackupJob(event.data)
    // The bytes are handed over, not copied.
    .then((data) =>
      scope.postMessage({ type: 'done', data }, data.buffer instanceof ArrayBuffer ? [data.buffer] : []),
    )
    .catch((error: unknown) => {
      console.error(error)
      scope.postMessage({ type: 'failed', error: serializeError(error) })
    })
}

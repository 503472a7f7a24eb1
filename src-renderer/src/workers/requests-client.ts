/**
 * The page's side of the requests worker: "Tạo phiếu" hands it the round and gets the zip of the
 * request workbooks back. Where no worker can run (jsdom, a shell refusing module workers) the
 * same job runs on the page; making the workbooks writes nothing, so a worker that breaks midway
 * is simply replaced by the page.
 */
import type { CapdoDatabase } from '../db/database'
import type { Round } from '../domain/rounds/round'
import { deserializeError } from './report-protocol'
import { buildRequestsZip } from './requests-job'
import type { RequestsJob, RequestsWorkerMessage, RequestsZip } from './requests-protocol'
import { runInWorker, type WorkerPort } from './worker-run'

export type { RequestsZip } from './requests-protocol'
export type RequestsWorkerPort = WorkerPort<RequestsJob, RequestsWorkerMessage>

export function createRequestsWorker(): RequestsWorkerPort {
  return new Worker(new URL('./requests.worker.ts', import.meta.url), { type: 'module', name: 'capdo-requests' })
}

export function buildRequestsInWorker(
  db: CapdoDatabase,
  round: Round,
  onProgress: (done: number, total: number) => void,
  createWorker: () => RequestsWorkerPort = createRequestsWorker,
): Promise<RequestsZip> {
  return runInWorker<RequestsJob, RequestsWorkerMessage, RequestsZip>({
    what: 'requests',
    createWorker,
    job: { dbName: db.name, round },
    onPage: () => buildRequestsZip(db, round, onProgress),
    read: (message) => {
      if (message.type === 'progress') {
        onProgress(message.done, message.total)
        return null
      }
      return message.type === 'done' ? { done: message.result } : { failed: deserializeError(message.error) }
    },
  })
}

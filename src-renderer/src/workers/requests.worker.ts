/**
 * The requests worker: writes the request workbooks of a round (about half a second each) and
 * zips them off the page's thread, so "Tạo phiếu" for 95 units leaves the window drawing
 * "Đang tạo phiếu i/n". One job per worker; requests-client.ts creates it and ends it.
 */
import { runRequestsJob } from './requests-job'
import type { RequestsJob, RequestsWorkerMessage } from './requests-protocol'
import { serializeError } from './report-protocol'

/** The part of DedicatedWorkerGlobalScope used here (the web project's lib is DOM, not WebWorker). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<RequestsJob>) => void) | null
  postMessage(message: RequestsWorkerMessage, transfer?: Transferable[]): void
}

const scope = self as unknown as WorkerScope

scope.onmessage = (event) => {
  runRequestsJob(event.data, (done, total) => scope.postMessage({ type: 'progress', done, total }))
    // The zip is handed over, not copied.
    .then((result) =>
      scope.postMessage(
        { type: 'done', result },
        result.zip.buffer instanceof ArrayBuffer ? [result.zip.buffer] : [],
      ),
    )
    .catch((error: unknown) => {
      console.error(error)
      scope.postMessage({ type: 'failed', error: serializeError(error) })
    })
}

/**
 * The reply worker: reads the returned request workbooks off the page's thread, so dropping fifty
 * replies at once leaves the window drawing "Đang đọc phiếu i/n". One job per worker;
 * reply-client.ts creates it and ends it.
 */
import { readReplies } from './reply-job'
import type { ReplyReadJob, ReplyWorkerMessage } from './reply-protocol'
import { serializeError } from './report-protocol'

/** The part of DedicatedWorkerGlobalScope used here (the web project's lib is DOM, not WebWorker). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ReplyReadJob>) => void) | null
  postMessage(message: ReplyWorkerMessage): void
}

const scope = self as unknown as WorkerScope

scope.onmessage = (event) => {
  readReplies(event.data, (done, total) => scope.postMessage({ type: 'progress', done, total }))
    .then((outcomes) => scope.postMessage({ type: 'done', outcomes }))
    .catch((error: unknown) => {
      console.error(error)
      scope.postMessage({ type: 'failed', error: serializeError(error) })
    })
}

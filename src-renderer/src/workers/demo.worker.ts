/**
 * The demo worker: generates the demo register and writes it off the page's thread. At 20,000
 * systems generating alone is about a second of work, which on the page froze the window behind
 * the button's spinner. One job per worker; demo-client.ts creates it and ends it.
 */
import { runDemoJob } from './demo-job'
import type { DemoJob, DemoWorkerMessage } from './demo-protocol'
import { serializeError } from './report-protocol'

/** The part of DedicatedWorkerGlobalScope used here (the web project's lib is DOM, not WebWorker). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<DemoJob>) => void) | null
  postMessage(message: DemoWorkerMessage): void
}

const scope = self as unknown as WorkerScope

scope.onmessage = (event) => {
  runDemoJob(event.data, (phase) => scope.postMessage({ type: 'phase', phase }))
    .then((result) => scope.postMessage({ type: 'done', result }))
    .catch((error: unknown) => {
      console.error(error)
      scope.postMessage({ type: 'failed', error: serializeError(error) })
    })
}

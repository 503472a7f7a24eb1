/**
 * The report worker: builds the export workbook off the page's thread, so the window stays
 * responsive while 20,000 systems are laid out and zipped. One job per worker; the page creates
 * it through report-client.ts and terminates it when the job ends.
 */
import { runReportJob } from './report-job'
import { serializeError, type ReportJob, type ReportWorkerMessage } from './report-protocol'

/** The part of DedicatedWorkerGlobalScope used here (the web project's lib is DOM, not WebWorker). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ReportJob>) => void) | null
  postMessage(message: ReportWorkerMessage, transfer?: Transferable[]): void
}

const scope = self as unknown as WorkerScope

/** Progress is posted in whole percents: the bar cannot show finer steps. */
function progressPoster(): (fraction: number) => void {
  let last = -1
  return (fraction) => {
    const percent = Math.floor(fraction * 100)
    if (percent === last) return
    last = percent
    scope.postMessage({ type: 'progress', fraction })
  }
}

scope.onmessage = (event) => {
  runReportJob(event.data, progressPoster())
    // The bytes are handed over, not copied.
    .then((data) =>
      scope.postMessage({ type: 'done', data }, data.buffer instanceof ArrayBuffer ? [data.buffer] : []),
    )
    .catch((error: unknown) => {
      console.error(error)
      scope.postMessage({ type: 'failed', error: serializeError(error) })
    })
}

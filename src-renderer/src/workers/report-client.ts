/**
 * The page's side of the report worker: start a worker, send it one job, follow its progress and
 * get the workbook's bytes back as a promise. The worker is terminated when the job ends or the
 * caller aborts (the officer left the screen). Should the worker not start at all (a browser or
 * shell that refuses module workers), the same job runs on the page instead: slower to respond,
 * but the officer still gets the report.
 */
import { DomainError } from '../domain/errors'
import { exportText } from '../i18n/export'
import { runReportJob } from './report-job'
import { deserializeError, type ReportJob, type ReportWorkerMessage } from './report-protocol'
import { runInWorker, type WorkerPort } from './worker-run'

export type ReportWorkerPort = WorkerPort<ReportJob, ReportWorkerMessage>

export function createReportWorker(): ReportWorkerPort {
  return new Worker(new URL('./report.worker.ts', import.meta.url), { type: 'module', name: 'capdo-report' })
}

export interface BuildInWorkerOptions {
  onProgress?: (fraction: number) => void
  signal?: AbortSignal
  createWorker?: () => ReportWorkerPort
}

function abortError(): DOMException {
  return new DOMException(exportText.aborted, 'AbortError')
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError'
}

/** The job on the page's own thread, when no worker could be started. */
function buildOnPage(job: ReportJob, { onProgress, signal }: BuildInWorkerOptions): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(abortError())
    signal?.addEventListener('abort', onAbort, { once: true })
    runReportJob(job, (fraction) => signal?.aborted || onProgress?.(fraction))
      .then(resolve, reject)
      .finally(() => signal?.removeEventListener('abort', onAbort))
  })
}

/** Builds the report workbook in a worker; rejects with the worker's error (a DomainError stays one). */
export function buildReportInWorker(job: ReportJob, options: BuildInWorkerOptions = {}): Promise<Uint8Array> {
  const { onProgress, signal, createWorker = createReportWorker } = options
  if (signal?.aborted) return Promise.reject(abortError())
  return runInWorker<ReportJob, ReportWorkerMessage, Uint8Array>({
    what: 'report',
    createWorker,
    job,
    onPage: () => buildOnPage(job, options),
    read: (message) => {
      if (message.type === 'progress') {
        onProgress?.(message.fraction)
        return null
      }
      return message.type === 'done' ? { done: message.data } : { failed: deserializeError(message.error) }
    },
    brokenAfterStart: () => new DomainError('report_worker_failed', exportText.workerFailed),
    signal,
    abortError,
  })
}

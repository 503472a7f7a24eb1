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

/** The part of a Worker the client uses, so a test can stand in for it. */
export interface ReportWorkerPort {
  onmessage: ((event: MessageEvent<ReportWorkerMessage>) => void) | null
  onerror: ((event: ErrorEvent) => void) | null
  onmessageerror: ((event: MessageEvent) => void) | null
  postMessage(job: ReportJob): void
  terminate(): void
}

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
  let worker: ReportWorkerPort
  try {
    worker = createWorker()
  } catch (error) {
    console.error('The report worker could not be created; building on the page.', error)
    return buildOnPage(job, options)
  }
  return new Promise<Uint8Array>((resolve, reject) => {
    let answered = false
    const finish = (): void => {
      worker.onmessage = null
      worker.onerror = null
      worker.onmessageerror = null
      worker.terminate()
      signal?.removeEventListener('abort', onAbort)
    }
    const onAbort = (): void => {
      finish()
      reject(abortError())
    }
    signal?.addEventListener('abort', onAbort)
    worker.onmessage = ({ data: message }) => {
      answered = true
      switch (message.type) {
        case 'progress':
          onProgress?.(message.fraction)
          return
        case 'done':
          finish()
          resolve(message.data)
          return
        case 'failed':
          finish()
          reject(deserializeError(message.error))
      }
    }
    const onBroken = (event: Event): void => {
      finish()
      if (!answered) {
        // The worker's script never ran (it could not be loaded): do the job here.
        console.error('The report worker did not start; building on the page.', event)
        buildOnPage(job, options).then(resolve, reject)
        return
      }
      console.error(event)
      reject(new DomainError('report_worker_failed', exportText.workerFailed))
    }
    worker.onerror = onBroken
    worker.onmessageerror = onBroken
    worker.postMessage(job)
  })
}

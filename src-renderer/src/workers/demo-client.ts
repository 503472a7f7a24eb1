/**
 * The page's side of the demo worker: "Nạp dữ liệu mẫu" generates and writes the demo register in
 * a worker, so the window keeps drawing (and says which step it is at) while 20,000 systems are
 * made. Where no worker can run (jsdom, a shell that refuses module workers) the loader runs on
 * the page, as it always did. A worker that breaks before its first word is replaced by the page
 * too; one that breaks later is reported, since the write may already have happened.
 */
import type { CapdoDatabase } from '../db/database'
import { loadDemoData, type LoadDemoOptions, type LoadDemoResult } from '../db/demo/load-demo'
import { DomainError } from '../domain/errors'
import { vi } from '../i18n/vi'
import type { DemoJob, DemoWorkerMessage } from './demo-protocol'
import { deserializeError } from './report-protocol'

/** The part of a Worker the client uses, so a test can stand in for it. */
export interface DemoWorkerPort {
  onmessage: ((event: MessageEvent<DemoWorkerMessage>) => void) | null
  onerror: ((event: ErrorEvent) => void) | null
  onmessageerror: ((event: MessageEvent) => void) | null
  postMessage(job: DemoJob): void
  terminate(): void
}

export function createDemoWorker(): DemoWorkerPort {
  return new Worker(new URL('./demo.worker.ts', import.meta.url), { type: 'module', name: 'capdo-demo' })
}

export interface DemoInWorkerOptions extends LoadDemoOptions {
  createWorker?: () => DemoWorkerPort
}

/** loadDemoData(db, options), run in a worker that opens the same database by name. */
export function loadDemoInWorker(db: CapdoDatabase, options: DemoInWorkerOptions): Promise<LoadDemoResult> {
  const { createWorker = createDemoWorker, onPhase, ...job } = options
  const onPage = () => loadDemoData(db, { ...job, onPhase })
  let worker: DemoWorkerPort
  try {
    worker = createWorker()
  } catch (error) {
    // Expected where there is no Worker at all (jsdom); worth a word anywhere else.
    if (typeof Worker !== 'undefined')
      console.warn('The demo worker could not be created; loading on the page.', error)
    return onPage()
  }
  return new Promise<LoadDemoResult>((resolve, reject) => {
    let answered = false
    const finish = (): void => {
      worker.onmessage = null
      worker.onerror = null
      worker.onmessageerror = null
      worker.terminate()
    }
    worker.onmessage = ({ data: message }) => {
      answered = true
      switch (message.type) {
        case 'phase':
          onPhase?.(message.phase)
          return
        case 'done':
          finish()
          resolve(message.result)
          return
        case 'failed':
          finish()
          reject(deserializeError(message.error))
      }
    }
    const onBroken = (event: Event): void => {
      finish()
      if (!answered) {
        console.error('The demo worker did not start; loading on the page.', event)
        onPage().then(resolve, reject)
        return
      }
      console.error(event)
      reject(new DomainError('demo_worker_failed', vi.empty.workerFailed))
    }
    worker.onerror = onBroken
    worker.onmessageerror = onBroken
    worker.postMessage({ ...job, dbName: db.name })
  })
}

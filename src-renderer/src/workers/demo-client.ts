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
import { runInWorker, type WorkerPort } from './worker-run'

export type DemoWorkerPort = WorkerPort<DemoJob, DemoWorkerMessage>

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
  return runInWorker<DemoJob, DemoWorkerMessage, LoadDemoResult>({
    what: 'demo',
    createWorker,
    job: { ...job, dbName: db.name },
    onPage,
    read: (message) => {
      if (message.type === 'phase') {
        onPhase?.(message.phase)
        return null
      }
      return message.type === 'done' ? { done: message.result } : { failed: deserializeError(message.error) }
    },
    // The write may already have happened: loading again on the page could load twice.
    brokenAfterStart: () => new DomainError('demo_worker_failed', vi.empty.workerFailed),
  })
}

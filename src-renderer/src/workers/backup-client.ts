/**
 * The page's side of the backup worker: the same file createBackup builds, built in a worker so
 * the officer can keep working while the store is read and compressed. Where no worker can run
 * (Vitest's jsdom, or a shell that refuses module workers) the backup is built on the page
 * instead: slower to respond, but never missing. A backup is a safety net, so a worker that dies
 * after starting is retried on the page too, rather than leaving the officer without one.
 */
import { createBackup, type CreateBackupOptions } from '../db/backup/create-backup'
import type { CapdoDatabase } from '../db/database'
import type { BackupJob, BackupWorkerMessage } from './backup-protocol'
import { deserializeError } from './report-protocol'

/** The part of a Worker the client uses, so a test can stand in for it. */
export interface BackupWorkerPort {
  onmessage: ((event: MessageEvent<BackupWorkerMessage>) => void) | null
  onerror: ((event: ErrorEvent) => void) | null
  onmessageerror: ((event: MessageEvent) => void) | null
  postMessage(job: BackupJob): void
  terminate(): void
}

export function createBackupWorker(): BackupWorkerPort {
  return new Worker(new URL('./backup.worker.ts', import.meta.url), { type: 'module', name: 'capdo-backup' })
}

export interface BackupInWorkerOptions extends CreateBackupOptions {
  createWorker?: () => BackupWorkerPort
}

/**
 * The backup file of `db`, built in a worker that opens the same database by name. Rejects with
 * the worker's error when the backup itself failed there (a DomainError stays one).
 */
export function createBackupInWorker(
  db: CapdoDatabase,
  options: BackupInWorkerOptions = {},
): Promise<Uint8Array> {
  const { createWorker = createBackupWorker, ...backupOptions } = options
  const onPage = () => createBackup(db, backupOptions)
  let worker: BackupWorkerPort
  try {
    worker = createWorker()
  } catch (error) {
    // Expected where there is no Worker at all (jsdom); worth a word anywhere else.
    if (typeof Worker !== 'undefined')
      console.warn('The backup worker could not be created; building on the page.', error)
    return onPage()
  }
  const job: BackupJob = {
    dbName: db.name,
    appVersion: backupOptions.appVersion,
    createdAt: (backupOptions.now?.() ?? new Date()).toISOString(),
  }
  return new Promise<Uint8Array>((resolve, reject) => {
    const finish = (): void => {
      worker.onmessage = null
      worker.onerror = null
      worker.onmessageerror = null
      worker.terminate()
    }
    worker.onmessage = ({ data: message }) => {
      finish()
      if (message.type === 'done') resolve(message.data)
      else reject(deserializeError(message.error))
    }
    const onBroken = (event: Event): void => {
      finish()
      console.error('The backup worker failed; building the backup on the page.', event)
      onPage().then(resolve, reject)
    }
    worker.onerror = onBroken
    worker.onmessageerror = onBroken
    worker.postMessage(job)
  })
}

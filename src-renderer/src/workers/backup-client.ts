/**
 * The page's side of the backup worker: the same file createBackup builds, built in a worker so
 * the officer can keep working while the store is read and compressed. Where no worker can run
 * (Vitest's jsdom, or a shell that refuses module workers) the backup is built on the page
 * instead: slower to respond, but never missing. A backup is a safety net, so a worker that dies
 * after starting is retried on the page too, rather than leaving the officer without one.
 */
import type { CreateBackupOptions } from '../db/backup/create-backup'
import { createVerifiedBackup } from '../db/backup/verify-backup'
import type { CapdoDatabase } from '../db/database'
import type { BackupJob, BackupWorkerMessage } from './backup-protocol'
import { deserializeError } from './report-protocol'
import { runInWorker, type WorkerPort } from './worker-run'

export type BackupWorkerPort = WorkerPort<BackupJob, BackupWorkerMessage>

export function createBackupWorker(): BackupWorkerPort {
  return new Worker(new URL('./backup.worker.ts', import.meta.url), { type: 'module', name: 'capdo-backup' })
}

export interface BackupInWorkerOptions extends CreateBackupOptions {
  createWorker?: () => BackupWorkerPort
}

/**
 * The backup file of `db`, built in a worker that opens the same database by name and checked
 * there as a restore would check it. Rejects with the worker's error when the backup failed or
 * would not restore (a DomainError stays one: `backup_unrestorable` with its Vietnamese message).
 */
export function createBackupInWorker(
  db: CapdoDatabase,
  options: BackupInWorkerOptions = {},
): Promise<Uint8Array> {
  const { createWorker = createBackupWorker, ...backupOptions } = options
  const onPage = () => createVerifiedBackup(db, backupOptions)
  const job: BackupJob = {
    dbName: db.name,
    appVersion: backupOptions.appVersion,
    createdAt: (backupOptions.now?.() ?? new Date()).toISOString(),
  }
  // No brokenAfterStart: a backup is safe to build again, so a worker that dies is replaced by the page.
  return runInWorker<BackupJob, BackupWorkerMessage, Uint8Array>({
    what: 'backup',
    createWorker,
    job,
    onPage,
    read: (message) =>
      message.type === 'done' ? { done: message.data } : { failed: deserializeError(message.error) },
  })
}

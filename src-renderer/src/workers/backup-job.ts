/**
 * The work the backup worker does, as a plain function so Vitest runs it without a Worker: open
 * the database by name and build the very file createBackup builds on the page (every table, in
 * one read transaction, checksummed and compressed), then read it back as a restore would
 * (verify-backup.ts), so the page only ever receives a backup that restores.
 */
import { createVerifiedBackup } from '../db/backup/verify-backup'
import { createDatabase } from '../db/database'
import type { BackupJob } from './backup-protocol'

export async function runBackupJob(job: BackupJob): Promise<Uint8Array> {
  const db = createDatabase(job.dbName)
  try {
    return await createVerifiedBackup(db, { appVersion: job.appVersion, now: () => new Date(job.createdAt) })
  } finally {
    db.close()
  }
}

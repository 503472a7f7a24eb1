/**
 * Automatic backups from the renderer's side: build the backup of the whole store (the same file
 * "Sao lưu ngay" writes) and hand it to the API, which stores it (main: `<userData>/backups/`;
 * browser: its own IndexedDB database) and keeps the newest N. The daily one is skipped while the
 * register is empty: a backup of nothing would only push real backups out of the N kept, which is
 * how an emptied store could end up wiping its own history of backups.
 */
import type { CapdoApi } from '../../../../src-main/preload/api'
import { dailyBackupDue, type AutoBackupEntry, type AutoBackupReason } from '../../domain/auto-backup-policy'
import { vietnamDate } from '../../domain/calendar-date'
import type { CapdoDatabase } from '../database'
import { countStore, type CreateBackupOptions } from './create-backup'
import { createVerifiedBackup } from './verify-backup'

export type AutoBackupApi = Pick<CapdoApi, 'writeAutoBackup' | 'listAutoBackups'>

export interface AutoBackupOptions {
  keep: number
  appVersion?: string
  now?: () => Date
  /**
   * Builds the file and checks it as a restore would (verify-backup.ts); createVerifiedBackup by
   * default. The app passes the backup worker's client (workers/backup-client.ts), which does the
   * same off the page's thread. A file that would not restore is refused before it is handed to
   * the store, so it never takes the place of a good one among the N kept.
   */
  build?: (db: CapdoDatabase, options: CreateBackupOptions) => Promise<Uint8Array>
}

/** Backs up the store now, for `reason`; resolves once the file is stored. */
export async function takeAutoBackup(
  db: CapdoDatabase,
  api: AutoBackupApi,
  reason: AutoBackupReason,
  options: AutoBackupOptions,
): Promise<AutoBackupEntry> {
  const build = options.build ?? createVerifiedBackup
  const data = await build(db, { appVersion: options.appVersion, now: options.now })
  return api.writeAutoBackup({ data, reason, keep: options.keep })
}

/** True when the store holds no unit, system or assessment (settings and history alone do not count). */
export async function storeIsEmpty(db: CapdoDatabase): Promise<boolean> {
  const counts = await countStore(db)
  return counts.units + counts.systems + counts.assessments === 0
}

/** Today's daily backup, when none was taken today and there is something to back up; else null. */
export async function dailyBackupIfDue(
  db: CapdoDatabase,
  api: AutoBackupApi,
  options: AutoBackupOptions,
): Promise<AutoBackupEntry | null> {
  const now = options.now ?? (() => new Date())
  const entries = await api.listAutoBackups()
  if (!dailyBackupDue(entries, vietnamDate(now())) || (await storeIsEmpty(db))) return null
  return takeAutoBackup(db, api, 'daily', options)
}

/** The 24-hour backup while the app stays open: taken unless the store is empty. */
export async function periodicBackup(
  db: CapdoDatabase,
  api: AutoBackupApi,
  options: AutoBackupOptions,
): Promise<AutoBackupEntry | null> {
  if (await storeIsEmpty(db)) return null
  return takeAutoBackup(db, api, 'daily', options)
}

/** Backups of the whole store and their restore: the API the Settings screen (and later main) calls. */
export { createBackup, countStore, readAllTables, buildBackupDocument, encodeBackup } from './create-backup'
export { parseBackup, type ParseBackupOptions } from './parse-backup'
export { createVerifiedBackup, verifyBackup } from './verify-backup'
export { restoreBackup, type RestoreOptions, type RestoreResult } from './restore-backup'
export { BACKUP_MIGRATIONS, migrateTables, type BackupMigration } from './migrations'
export {
  BACKUP_EXTENSION,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_LIMITS,
  BACKUP_TABLES,
  MAX_BACKUP_ATTACHMENT_BYTES,
  MAX_BACKUP_FILE_BYTES,
  type BackupCounts,
  type BackupDocument,
  type BackupTableName,
  type BackupTables,
} from './format'
export { backupFileName, safetyFileName } from './file-name'
export { useStoreCounts } from './useStoreCounts'
export {
  dailyBackupIfDue,
  periodicBackup,
  storeIsEmpty,
  takeAutoBackup,
  type AutoBackupApi,
  type AutoBackupOptions,
} from './take-auto-backup'

/**
 * How a backup written under an older schema version reaches the current one: one function per
 * version step, applied in order to the raw tables before they are validated. There is only
 * version 1 today, so the list is empty; when SCHEMA_V2 ships with its Dexie upgrade, the same
 * record transformation is appended here as `{ toSchemaVersion: 2, migrate }`, and a backup made
 * by today's app restores into tomorrow's.
 */
import { DomainError } from '../../domain/errors'
import { backupMessages } from './messages'

/** Tables as read from a file: records not yet validated. */
export type RawTables = Record<string, unknown[]>

export interface BackupMigration {
  /** The schema version this step produces from the one before it. */
  toSchemaVersion: number
  migrate(tables: RawTables): RawTables
}

export const BACKUP_MIGRATIONS: readonly BackupMigration[] = []

/** Applies every step from `fromVersion` + 1 up to `toVersion`; refuses when a step is missing. */
export function migrateTables(
  tables: RawTables,
  fromVersion: number,
  toVersion: number,
  migrations: readonly BackupMigration[] = BACKUP_MIGRATIONS,
): RawTables {
  let current = tables
  for (let version = fromVersion + 1; version <= toVersion; version++) {
    const step = migrations.find((m) => m.toSchemaVersion === version)
    if (!step) throw new DomainError('backup_no_migration', backupMessages.noMigration(fromVersion))
    current = step.migrate(current)
  }
  return current
}

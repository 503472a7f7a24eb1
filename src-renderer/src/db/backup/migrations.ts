/**
 * How a backup written under an older schema version reaches the current one: one function per
 * version step, applied in order to the raw tables before they are validated. Each step makes the
 * same record transformation as its Dexie upgrade in ../schema.ts, so a backup made by an older
 * app restores into today's exactly as its database would have been upgraded.
 */
import { DomainError } from '../../domain/errors'
import { withV2SystemFields } from '../schema'
import { backupMessages } from './messages'

/** Tables as read from a file: records not yet validated. */
export type RawTables = Record<string, unknown[]>

export interface BackupMigration {
  /** The schema version this step produces from the one before it. */
  toSchemaVersion: number
  migrate(tables: RawTables): RawTables
}

/** v2: systems gain `levelJustification` (null) and `dossierChecklist` ([]). */
function migrateToV2(tables: RawTables): RawTables {
  const systems = (tables.systems ?? []).map((s) =>
    typeof s === 'object' && s !== null && !Array.isArray(s) ? withV2SystemFields(s) : s,
  )
  return { ...tables, systems }
}

/**
 * v3: the exchange table appears, empty (the office identity is created on the first start that
 * finds none, as for a database upgraded from v2).
 */
function migrateToV3(tables: RawTables): RawTables {
  return { ...tables, exchange: tables.exchange ?? [] }
}

/** v4: the attachments table appears, empty (only indexes changed otherwise). */
function migrateToV4(tables: RawTables): RawTables {
  return { ...tables, attachments: tables.attachments ?? [] }
}

/** v5: the rounds table appears, empty. */
function migrateToV5(tables: RawTables): RawTables {
  return { ...tables, rounds: tables.rounds ?? [] }
}

export const BACKUP_MIGRATIONS: readonly BackupMigration[] = [
  { toSchemaVersion: 2, migrate: migrateToV2 },
  { toSchemaVersion: 3, migrate: migrateToV3 },
  { toSchemaVersion: 4, migrate: migrateToV4 },
  { toSchemaVersion: 5, migrate: migrateToV5 },
]

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

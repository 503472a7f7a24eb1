/**
 * Writing a backup: every table read in one read transaction (a consistent snapshot even while
 * other screens write), wrapped in the backup document with its checksum, then gzip-compressed.
 */
import type { CapdoDatabase } from '../database'
import { CURRENT_SCHEMA_VERSION } from '../schema'
import { tablesChecksum } from './checksum'
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  countTables,
  type BackupCounts,
  type BackupDocument,
  type BackupTables,
} from './format'
import { gzip } from './gzip'

export interface CreateBackupOptions {
  /** The app's version, recorded in the file for the officer's information. */
  appVersion?: string
  /** The instant written as `createdAt`; the clock by default. */
  now?: () => Date
}

/** Every table of the store, read in one transaction. */
export async function readAllTables(db: CapdoDatabase): Promise<BackupTables> {
  const tables = [db.units, db.systems, db.assessments, db.history, db.settings, db.exchange]
  return db.transaction('r', tables, async () => {
    const [units, systems, assessments, history, settings, exchange] = await Promise.all([
      db.units.toArray(),
      db.systems.toArray(),
      db.assessments.toArray(),
      db.history.toArray(),
      db.settings.toArray(),
      db.exchange.toArray(),
    ])
    return { units, systems, assessments, history, settings, exchange }
  })
}

/** How many records each table holds, read together. */
export async function countStore(db: CapdoDatabase): Promise<BackupCounts> {
  const tables = [db.units, db.systems, db.assessments, db.history, db.settings, db.exchange]
  return db.transaction('r', tables, async () => {
    const [units, systems, assessments, history, settings, exchange] = await Promise.all([
      db.units.count(),
      db.systems.count(),
      db.assessments.count(),
      db.history.count(),
      db.settings.count(),
      db.exchange.count(),
    ])
    return { units, systems, assessments, history, settings, exchange }
  })
}

export async function buildBackupDocument(
  tables: BackupTables,
  options: CreateBackupOptions = {},
): Promise<BackupDocument> {
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    createdAt: (options.now?.() ?? new Date()).toISOString(),
    appVersion: options.appVersion ?? '',
    counts: countTables(tables),
    tables,
    checksum: await tablesChecksum(tables),
  }
}

/** The compressed file of a document (pure: tests build hostile variants from it). */
export function encodeBackup(doc: unknown): Uint8Array {
  return gzip(new TextEncoder().encode(JSON.stringify(doc)))
}

export async function createBackup(
  db: CapdoDatabase,
  options: CreateBackupOptions = {},
): Promise<Uint8Array> {
  return encodeBackup(await buildBackupDocument(await readAllTables(db), options))
}

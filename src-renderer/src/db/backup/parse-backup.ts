/**
 * Reading a backup file, fully, before anything is replaced: compression and size limits, the
 * header (format, versions, counts), the checksum of the tables, the migration of an older schema,
 * then every record against its table's schema, unique ids and the links between tables, and every
 * attachment's bytes against its SHA-256. Any failure is a DomainError with a Vietnamese message;
 * nothing here touches the store.
 */
import { DomainError } from '../../domain/errors'
import { CURRENT_SCHEMA_VERSION } from '../schema'
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_LIMITS,
  BACKUP_TABLES,
  HEADER_CHECKSUM_FORMAT_VERSION,
  type BackupCounts,
  type BackupDocument,
  type BackupLimits,
  type BackupTables,
} from './format'
import { documentChecksum, sha256OfBytes, tablesChecksum } from './checksum'
import { gunzipBoundedAsync } from './gzip'
import { BACKUP_MIGRATIONS, migrateTables, type BackupMigration, type RawTables } from './migrations'
import { backupMessages, TABLE_LABEL } from './messages'
import { checkRecords } from './check-records'
import { base64ToBytes } from './base64'

export interface ParseBackupOptions {
  limits?: Partial<BackupLimits>
  /** For tests of the migration mechanism: the app's schema version and its steps. */
  currentSchemaVersion?: number
  migrations?: readonly BackupMigration[]
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function badHeader(field: string): DomainError {
  return new DomainError('backup_bad_header', backupMessages.badHeader(field), { field })
}

function positiveInt(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) throw badHeader(field)
  return value
}

function shortText(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.length > 200) throw badHeader(field)
  return value
}

function decodeJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
  } catch (error) {
    throw new DomainError('backup_not_json', backupMessages.notJson, { cause: String(error) })
  }
}

/** Every attachment's bytes against its SHA-256: the table checksum says nothing about a file's own digest. */
async function checkAttachmentHashes(tables: BackupTables): Promise<void> {
  for (const file of tables.attachments) {
    if ((await sha256OfBytes(base64ToBytes(file.data))) !== file.sha256) {
      throw new DomainError('backup_attachment_hash', backupMessages.attachmentHash(file.name.slice(0, 80)), {
        id: file.id,
      })
    }
  }
}

export async function parseBackup(
  bytes: Uint8Array,
  options: ParseBackupOptions = {},
): Promise<BackupDocument> {
  try {
    return await parse(bytes, options)
  } catch (error) {
    if (error instanceof DomainError) throw error
    // A file built to break the reader (too deep to serialise, …) is still just a damaged file.
    throw new DomainError('backup_corrupt', backupMessages.corrupt, { cause: String(error) })
  }
}

async function parse(bytes: Uint8Array, options: ParseBackupOptions): Promise<BackupDocument> {
  const limits: BackupLimits = { ...BACKUP_LIMITS, ...options.limits }
  const currentVersion = options.currentSchemaVersion ?? CURRENT_SCHEMA_VERSION

  const doc = decodeJson(await gunzipBoundedAsync(bytes, limits.maxDecompressedBytes))
  if (!isObject(doc) || doc.format !== BACKUP_FORMAT) {
    throw new DomainError('backup_wrong_format', backupMessages.wrongFormat)
  }
  const formatVersion = positiveInt(doc.formatVersion, 'formatVersion')
  if (formatVersion > BACKUP_FORMAT_VERSION) {
    throw new DomainError('backup_newer_format', backupMessages.newerFormat(formatVersion))
  }
  const schemaVersion = positiveInt(doc.schemaVersion, 'schemaVersion')
  if (schemaVersion > currentVersion) {
    throw new DomainError('backup_newer_schema', backupMessages.newerSchema(schemaVersion, currentVersion))
  }
  const createdAt = shortText(doc.createdAt, 'createdAt')
  if (Number.isNaN(Date.parse(createdAt))) throw badHeader('createdAt')
  const appVersion = shortText(doc.appVersion, 'appVersion')
  if (typeof doc.checksum !== 'string' || !/^[0-9a-f]{64}$/u.test(doc.checksum)) throw badHeader('checksum')
  const { counts, tables } = doc
  if (!isObject(counts)) throw badHeader('counts')
  if (!isObject(tables)) throw badHeader('tables')

  // Sizes before any work proportional to them.
  // No prototype: a table named "__proto__" stays a plain (and refused) entry.
  const raw = Object.create(null) as RawTables
  let records = 0
  for (const [name, rows] of Object.entries(tables)) {
    if (!Array.isArray(rows)) throw badHeader(`tables.${name}`)
    records += rows.length
    raw[name] = rows
  }
  if (records > limits.maxRecords) {
    throw new DomainError('backup_too_many_records', backupMessages.tooManyRecords(limits.maxRecords))
  }
  for (const name of Object.keys(raw)) {
    if (counts[name] !== raw[name].length) {
      const label = name in TABLE_LABEL ? TABLE_LABEL[name as keyof typeof TABLE_LABEL] : name.slice(0, 50)
      throw new DomainError('backup_count_mismatch', backupMessages.countMismatch(label), { table: name })
    }
  }

  // Format 1 (written before the header was covered) still restores: its checksum is the tables'.
  const expected =
    formatVersion >= HEADER_CHECKSUM_FORMAT_VERSION
      ? await documentChecksum(doc)
      : await tablesChecksum(tables)
  if (expected !== doc.checksum) {
    throw new DomainError('backup_checksum', backupMessages.checksum)
  }

  const migrated = migrateTables(raw, schemaVersion, currentVersion, options.migrations ?? BACKUP_MIGRATIONS)
  for (const name of Object.keys(migrated)) {
    if (!(BACKUP_TABLES as readonly string[]).includes(name)) throw badHeader(`tables.${name.slice(0, 50)}`)
  }
  for (const name of BACKUP_TABLES) {
    if (!Array.isArray(migrated[name])) throw badHeader(`tables.${name}`)
  }
  const checked: BackupTables = checkRecords(migrated)
  await checkAttachmentHashes(checked)
  return {
    format: BACKUP_FORMAT,
    formatVersion,
    schemaVersion,
    createdAt,
    appVersion,
    counts: Object.fromEntries(BACKUP_TABLES.map((t) => [t, checked[t].length])) as BackupCounts,
    tables: checked,
    checksum: doc.checksum,
  }
}

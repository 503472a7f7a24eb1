/**
 * The backup taken before a schema upgrade. Dexie upgrades a database written by an older app the
 * moment it is first opened, inside the version-change transaction: afterwards no copy of the data
 * in its old shape remains. So before the app opens its database, the stored version is read
 * without declaring one (Dexie's dynamic mode opens whatever is there and changes nothing); when
 * it is older than today's and the store holds anything, every table is read and written as an
 * ordinary backup document at that old schema version, which a restore migrates like any older
 * backup (migrations.ts). Only then is the database opened normally, and upgraded.
 */
import Dexie from 'dexie'
import type { AttachmentData, AttachmentInfo } from '../../domain/attachments'
import { DEFAULT_DATABASE_NAME } from '../database'
import { CURRENT_SCHEMA_VERSION } from '../schema'
import {
  buildBackupDocument,
  encodeBackupAsync,
  joinAttachmentData,
  toBackupAttachment,
} from './create-backup'
import { BACKUP_TABLES, type BackupTables } from './format'
import { verifyBackup } from './verify-backup'

const BYTES_TABLE = 'attachmentData'

export interface OutdatedStore {
  /** The schema version the stored records follow. */
  schemaVersion: number
  /** Every table of the backup format; a table that version did not have is empty. */
  tables: BackupTables
}

/**
 * The stored database when it is older than `currentVersion` and holds at least one record;
 * null for a new installation, an up-to-date database or an empty one. Writes nothing.
 */
export async function readOutdatedStore(
  name: string = DEFAULT_DATABASE_NAME,
  currentVersion: number = CURRENT_SCHEMA_VERSION,
): Promise<OutdatedStore | null> {
  const probe = new Dexie(name)
  try {
    await probe.open()
  } catch (error) {
    // Dynamic mode refuses to create a database: none yet means a first start, nothing to keep.
    if (error instanceof Dexie.NoSuchDatabaseError) return null
    throw error
  }
  try {
    if (probe.verno >= currentVersion) return null
    const present = new Set(probe.tables.map((t) => t.name))
    // From v4 a file's bytes are a table of their own (`attachmentData`), joined back below.
    const names: string[] = [...BACKUP_TABLES, BYTES_TABLE].filter((t) => present.has(t))
    const rows = await probe.transaction(
      'r',
      names.map((t) => probe.table(t)),
      () => Promise.all(names.map((t) => probe.table(t).toArray())),
    )
    if (rows.every((r) => r.length === 0)) return null
    const read = (t: string): unknown[] => (names.includes(t) ? rows[names.indexOf(t)] : [])
    const tables = Object.fromEntries(BACKUP_TABLES.map((t) => [t, read(t)])) as unknown as BackupTables
    // The document holds each file once, with its bytes as base64, as readAllTables writes it.
    const files = read('attachments') as AttachmentInfo[]
    const withBytes = joinAttachmentData(files, read(BYTES_TABLE) as AttachmentData[])
    tables.attachments = withBytes.map(toBackupAttachment)
    return { schemaVersion: probe.verno, tables }
  } finally {
    probe.close()
  }
}

export interface BeforeUpgradeOptions {
  appVersion?: string
  now?: () => Date
  databaseName?: string
  currentSchemaVersion?: number
  /** Called once it is known that a backup will be taken (the screen says so meanwhile). */
  onBackingUp?: () => void
}

/**
 * Backs the stored database up through `write` when opening it will upgrade it; resolves true
 * once the backup is stored, false when none was needed. A failure rejects and leaves the
 * database untouched (still at its old version): the caller decides whether to open it anyway.
 */
export async function backUpBeforeUpgrade(
  write: (data: Uint8Array) => Promise<unknown>,
  options: BeforeUpgradeOptions = {},
): Promise<boolean> {
  const outdated = await readOutdatedStore(options.databaseName, options.currentSchemaVersion)
  if (!outdated) return false
  options.onBackingUp?.()
  const doc = await buildBackupDocument(outdated.tables, {
    appVersion: options.appVersion,
    now: options.now,
    schemaVersion: outdated.schemaVersion,
  })
  const bytes = await encodeBackupAsync(doc)
  // Checked as its restore would check it (migrating the old records), before it is stored.
  await verifyBackup(bytes)
  await write(bytes)
  return true
}

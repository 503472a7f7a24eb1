/**
 * Writing a backup: every table read in one read transaction (a consistent snapshot even while
 * other screens write), wrapped in the backup document with its checksum, then gzip-compressed.
 */
import type { AttachmentData, AttachmentInfo, AttachmentRecord } from '../../domain/attachments'
import { DomainError } from '../../domain/errors'
import type { CapdoDatabase } from '../database'
import { CURRENT_SCHEMA_VERSION } from '../schema'
import { documentChecksum } from './checksum'
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  countTables,
  type BackupAttachment,
  type BackupCounts,
  type BackupDocument,
  type BackupTables,
} from './format'
import { bytesToBase64 } from './base64'
import { gzip, gzipAsync } from './gzip'

export interface CreateBackupOptions {
  /** The app's version, recorded in the file for the officer's information. */
  appVersion?: string
  /** The instant written as `createdAt`; the clock by default. */
  now?: () => Date
  /**
   * The schema version the tables follow; today's by default. The backup taken before a schema
   * upgrade holds the old version's records, which a restore migrates (migrations.ts).
   */
  schemaVersion?: number
}

/** An attachment as the backup document holds it: its bytes as base64. */
export function toBackupAttachment({ data, ...rest }: AttachmentRecord): BackupAttachment {
  return { ...rest, data: bytesToBase64(data) }
}

/**
 * The store keeps a file's description and its bytes in two tables under one id (schema v4); the
 * backup holds one attachment with both. Every write adds and deletes both together; should a
 * description still have no bytes, the backup is refused (naming the file) rather than written as
 * a file its own restore would reject.
 */
export function joinAttachmentData(
  attachments: readonly AttachmentInfo[],
  data: readonly AttachmentData[],
): AttachmentRecord[] {
  const bytes = new Map(data.map((row) => [row.id, row.data]))
  return attachments.map((info) => {
    const found = bytes.get(info.id)
    if (!found) {
      throw new DomainError(
        'backup_attachment_without_data',
        `Tệp đính kèm “${info.name}” không còn nội dung trong dữ liệu nên chưa sao lưu được. Hãy xóa tệp này (rồi đính kèm lại bản gốc) và sao lưu lại.`,
      )
    }
    return { ...info, data: found }
  })
}

/** Every table a backup holds: what it reads together and what a restore replaces together. */
export function backedUpTables(db: CapdoDatabase) {
  return [
    db.units,
    db.systems,
    db.assessments,
    db.history,
    db.settings,
    db.exchange,
    db.attachments,
    db.attachmentData,
    db.rounds,
  ]
}

/** Every table of the store, read in one transaction. */
export async function readAllTables(db: CapdoDatabase): Promise<BackupTables> {
  const read = await db.transaction('r', backedUpTables(db), async () => {
    const [units, systems, assessments, history, settings, exchange, attachments, attachmentData, rounds] =
      await Promise.all([
        db.units.toArray(),
        db.systems.toArray(),
        db.assessments.toArray(),
        db.history.toArray(),
        db.settings.toArray(),
        db.exchange.toArray(),
        db.attachments.toArray(),
        db.attachmentData.toArray(),
        db.rounds.toArray(),
      ])
    return { units, systems, assessments, history, settings, exchange, attachments, attachmentData, rounds }
  })
  const { attachmentData, ...rest } = read
  return {
    ...rest,
    attachments: joinAttachmentData(read.attachments, attachmentData).map(toBackupAttachment),
  }
}

/** How many records each table holds, read together. */
export async function countStore(db: CapdoDatabase): Promise<BackupCounts> {
  const tables = [
    db.units,
    db.systems,
    db.assessments,
    db.history,
    db.settings,
    db.exchange,
    db.attachments,
    db.rounds,
  ]
  return db.transaction('r', tables, async () => {
    const [units, systems, assessments, history, settings, exchange, attachments, rounds] = await Promise.all([
      db.units.count(),
      db.systems.count(),
      db.assessments.count(),
      db.history.count(),
      db.settings.count(),
      db.exchange.count(),
      db.attachments.count(),
      db.rounds.count(),
    ])
    return { units, systems, assessments, history, settings, exchange, attachments, rounds }
  })
}

export async function buildBackupDocument(
  tables: BackupTables,
  options: CreateBackupOptions = {},
): Promise<BackupDocument> {
  const doc: Omit<BackupDocument, 'checksum'> = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: options.schemaVersion ?? CURRENT_SCHEMA_VERSION,
    createdAt: (options.now?.() ?? new Date()).toISOString(),
    appVersion: options.appVersion ?? '',
    counts: countTables(tables),
    tables,
  }
  // Written last, so the header (with `counts`) still opens the file for a partial read.
  return { ...doc, checksum: await documentChecksum(doc) }
}

/** The compressed file of a document (pure: tests build hostile variants from it). */
export function encodeBackup(doc: unknown): Uint8Array {
  return gzip(new TextEncoder().encode(JSON.stringify(doc)))
}

/** The same file, compressed by the platform's zlib where there is one (gzip.ts: much faster). */
export function encodeBackupAsync(doc: unknown): Promise<Uint8Array> {
  return gzipAsync(new TextEncoder().encode(JSON.stringify(doc)))
}

export async function createBackup(
  db: CapdoDatabase,
  options: CreateBackupOptions = {},
): Promise<Uint8Array> {
  return encodeBackupAsync(await buildBackupDocument(await readAllTables(db), options))
}

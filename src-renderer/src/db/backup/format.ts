/**
 * The backup file: a gzip-compressed JSON document holding every table of the store, the schema
 * version its records follow and a SHA-256 checksum of the tables. One document type, written by
 * createBackup and read back by parseBackup; the limits below are what a restore accepts.
 */
import { MAX_FILE_BYTES } from '../../../../src-main/preload/api'
import type { ExchangeRow, SettingsRow } from '../database'
import { MAX_ATTACHMENT_BYTES, type AttachmentRecord } from '../../domain/attachments'
import type { Round } from '../../domain/rounds/round'
import type { Assessment, HistoryEntry, SystemRecord, Unit } from '../../domain/types'

export const BACKUP_FORMAT = 'capdo-backup'
/**
 * The layout of the document itself (not of its records: that is `schemaVersion`). Version 1's
 * checksum covered the tables only, so its `createdAt` and `appVersion` could be changed unseen;
 * version 2's covers the whole document but the checksum (documentChecksum). Both are read.
 */
export const BACKUP_FORMAT_VERSION = 2
/** The first format version whose checksum covers the header too. */
export const HEADER_CHECKSUM_FORMAT_VERSION = 2
export const BACKUP_EXTENSION = 'capdo'

/**
 * Tables in the order they are written and restored (units before the systems that name them).
 * `exchange` (schema v3) holds the office identity and the exchange ledger: a restore without it
 * would renumber every record as a fresh local change. `attachments` (schema v4) come after the
 * systems and assessments that own them; their bytes are base64 (BackupAttachment). `rounds`
 * (schema v5) are the collection rounds, with their recipients' tokens.
 */
export const BACKUP_TABLES = [
  'units',
  'systems',
  'assessments',
  'history',
  'settings',
  'exchange',
  'attachments',
  'rounds',
] as const
export type BackupTableName = (typeof BACKUP_TABLES)[number]

export interface BackupTables {
  units: Unit[]
  systems: SystemRecord[]
  assessments: Assessment[]
  history: HistoryEntry[]
  settings: SettingsRow[]
  exchange: ExchangeRow[]
  attachments: BackupAttachment[]
  rounds: Round[]
}

/** An attachment in a backup: its bytes as base64 text, the document being JSON. */
export type BackupAttachment = Omit<AttachmentRecord, 'data'> & { data: string }

export type BackupCounts = Record<BackupTableName, number>

export interface BackupDocument {
  format: typeof BACKUP_FORMAT
  formatVersion: number
  /** CURRENT_SCHEMA_VERSION of the app that wrote it: the shape of the records in `tables`. */
  schemaVersion: number
  /** ISO instant. */
  createdAt: string
  appVersion: string
  counts: BackupCounts
  tables: BackupTables
  /**
   * Hex SHA-256 of the canonical JSON of the document without `checksum` (format 2); of `tables`
   * alone in format 1.
   */
  checksum: string
}

/** A backup larger than this is refused before it is read further. */
export const BACKUP_LIMITS = {
  maxRecords: 1_000_000,
  maxDecompressedBytes: 500 * 1024 * 1024,
  /** Longest text in any field: a hostile file cannot hide megabytes in a name. */
  maxTextLength: 100_000,
} as const

/**
 * The backup file itself: what "Khôi phục từ tệp" opens and what main stores as an automatic
 * backup (both MAX_FILE_BYTES, 100 MB). A backup larger than this could be written (the browser's
 * download has no limit) but never opened again, so it is refused when written (verify-backup.ts).
 */
export const MAX_BACKUP_FILE_BYTES = MAX_FILE_BYTES

/**
 * The attachment bytes one backup can hold: 4 files at the 20 MB limit (80 MB). Scans are already
 * compressed, and base64 inside gzip costs about 3 % (measured: 20 MB of such bytes make a 20.6 MB
 * backup), so 80 MB of files make a backup of about 83 MB, which leaves room under
 * MAX_BACKUP_FILE_BYTES for the register itself (a 20,000-system register is a few MB compressed).
 */
export const MAX_BACKUP_ATTACHMENT_BYTES = 4 * MAX_ATTACHMENT_BYTES

export type BackupLimits = { [K in keyof typeof BACKUP_LIMITS]: number }

export function countTables(tables: BackupTables): BackupCounts {
  return {
    units: tables.units.length,
    systems: tables.systems.length,
    assessments: tables.assessments.length,
    history: tables.history.length,
    settings: tables.settings.length,
    exchange: tables.exchange.length,
    attachments: tables.attachments.length,
    rounds: tables.rounds.length,
  }
}

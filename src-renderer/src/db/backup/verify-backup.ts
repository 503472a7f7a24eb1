/**
 * Checking a backup as soon as it is written (issue #13): the bytes go through exactly what a
 * restore runs before it replaces anything (parseBackup: gzip and size limits, header, checksum,
 * every record against its schema, the links between tables, every attachment against its
 * SHA-256), plus the file size "Khôi phục từ tệp" and the automatic-backup store accept. Nothing is
 * written. A backup that fails is refused at once with a Vietnamese message instead of being saved
 * or kept as a restore point that would only fail on the day it is needed.
 */
import { DomainError } from '../../domain/errors'
import type { CapdoDatabase } from '../database'
import { createBackup, type CreateBackupOptions } from './create-backup'
import { MAX_BACKUP_ATTACHMENT_BYTES, MAX_BACKUP_FILE_BYTES, type BackupDocument } from './format'
import { backupMessages } from './messages'
import { parseBackup } from './parse-backup'

const megabytes = (bytes: number) => Math.ceil(bytes / 1024 / 1024)

/** Why `bytes` would not restore (the restore's own message), or the document a restore would read. */
async function readAsRestore(
  bytes: Uint8Array,
): Promise<{ doc: BackupDocument } | { reason: string; tooLarge: boolean }> {
  if (bytes.byteLength > MAX_BACKUP_FILE_BYTES) {
    const reason = backupMessages.tooLargeToRestore(
      megabytes(bytes.byteLength),
      megabytes(MAX_BACKUP_FILE_BYTES),
    )
    return { reason, tooLarge: true }
  }
  try {
    return { doc: await parseBackup(bytes) }
  } catch (error) {
    if (!(error instanceof DomainError)) throw error
    return { reason: error.message, tooLarge: error.code === 'backup_too_large' }
  }
}

export interface VerifyOptions {
  /**
   * The message of a failure, from the restore's reason (and, when the file is too large, the
   * attachment total in MB that keeps a backup openable); a backup just written by default.
   */
  say?: (reason: string, tooLarge: boolean, attachmentsMb: number) => string
}

/**
 * Resolves with what a restore of `bytes` would read; rejects with a DomainError
 * (`backup_unrestorable`, details.reason: the restore's own message) when it would refuse them.
 */
export async function verifyBackup(bytes: Uint8Array, options: VerifyOptions = {}): Promise<BackupDocument> {
  const read = await readAsRestore(bytes)
  if ('doc' in read) return read.doc
  const say = options.say ?? backupMessages.unrestorable
  const message = say(read.reason, read.tooLarge, megabytes(MAX_BACKUP_ATTACHMENT_BYTES))
  throw new DomainError('backup_unrestorable', message, { reason: read.reason })
}

/** The backup file of `db`, built (createBackup) and then checked as its restore would check it. */
export async function createVerifiedBackup(
  db: CapdoDatabase,
  options: CreateBackupOptions = {},
): Promise<Uint8Array> {
  const bytes = await createBackup(db, options)
  await verifyBackup(bytes)
  return bytes
}

/**
 * Restoring a backup: the file is validated completely first (parseBackup), a safety backup of the
 * current data is taken, checked as its own restore would check it (verify-backup.ts: a restore
 * whose safety copy could not be restored is refused, since it could lose the data it replaces)
 * and handed back to the caller to save, then every table is replaced in one
 * read-write transaction, so a failure anywhere leaves the store exactly as it was. Replacing
 * (clear, then add) rather than merging is what makes a second restore of the same file a no-op
 * instead of a duplicate. The restore itself is recorded as the last history entry.
 */
import { formatViDate, vietnamDate } from '../../domain/calendar-date'
import type { AttachmentData, AttachmentInfo } from '../../domain/attachments'
import type { HistoryEntry } from '../../domain/types'
import type { CapdoDatabase } from '../database'
import { historyEntry, nowIso } from '../repos/changes'
import { restoredExchangeRows } from '../../domain/exchange/restore-policy'
import { backedUpTables, createBackup, type CreateBackupOptions } from './create-backup'
import { base64ToBytes } from './base64'
import { countTables, type BackupAttachment, type BackupCounts, type BackupDocument } from './format'
import { backupMessages } from './messages'
import { parseBackup, type ParseBackupOptions } from './parse-backup'
import { verifyBackup } from './verify-backup'

export interface RestoreOptions extends ParseBackupOptions, Pick<CreateBackupOptions, 'appVersion'> {
  /** Who restored, for the history entry. */
  by?: string
  /**
   * Called with the safety backup after the file was validated and before anything is replaced,
   * so it can be stored first (the automatic "before restore" backup). Should it reject, nothing
   * is replaced; callers that must not block the restore catch their own failure.
   */
  beforeReplace?: (safetyBackup: Uint8Array) => Promise<void>
}

export interface RestoreResult {
  /** The store as it was just before the restore, as a backup file the UI offers to save. */
  safetyBackup: Uint8Array
  /** The document that was restored. */
  restored: BackupDocument
  /** Records per table after the restore (the restore's own history entry included). */
  counts: BackupCounts
}

/** The history entry saying that the register was replaced by a backup, and which one. */
export function restoreEntry(doc: BackupDocument, id: number, by: string): HistoryEntry {
  return {
    id,
    ...historyEntry({
      entity: 'settings',
      entityId: 'backup',
      systemId: null,
      action: 'import',
      changes: [],
      at: nowIso(),
      by,
      note: `Khôi phục dữ liệu từ bản sao lưu tạo ngày ${formatViDate(vietnamDate(new Date(doc.createdAt)))}.`,
    }),
  }
}

/**
 * An attachment as the store holds it: the description and, apart under the same id, the bytes
 * decoded (parseBackup checked them).
 */
function fromBackupAttachment({ data, ...info }: BackupAttachment): [AttachmentInfo, AttachmentData] {
  return [info, { id: info.id, data: base64ToBytes(data) }]
}

/** Replaces every table by the document's records, in one transaction. */
export async function replaceStore(db: CapdoDatabase, doc: BackupDocument, by = ''): Promise<BackupCounts> {
  const { units, systems, assessments, history, settings, rounds } = doc.tables
  // An explicit id after the backup's own, so restoring the same file twice gives the same rows.
  const nextId = history.reduce((max, h) => Math.max(max, h.id ?? 0), 0) + 1
  // The restore's own entry carries an explicit id, so the database's hook does not stamp it.
  const officer = db.officer().trim()
  const restore = restoreEntry(doc, nextId, by)
  const allHistory = [...history, officer ? { ...restore, officer } : restore]
  let exchange = doc.tables.exchange
  const files = doc.tables.attachments.map(fromBackupAttachment)
  await db.transaction('rw', backedUpTables(db), async () => {
    // Our exchange revision counter never goes back (domain/exchange/restore-policy.ts).
    exchange = restoredExchangeRows(doc.tables.exchange, await db.exchange.toArray())
    await Promise.all([
      db.units.clear(),
      db.systems.clear(),
      db.assessments.clear(),
      db.history.clear(),
      db.settings.clear(),
      db.exchange.clear(),
      db.attachments.clear(),
      db.attachmentData.clear(),
      db.rounds.clear(),
    ])
    await db.units.bulkAdd(units)
    await db.systems.bulkAdd(systems)
    await db.assessments.bulkAdd(assessments)
    await db.history.bulkAdd(allHistory)
    await db.settings.bulkAdd(settings)
    await db.exchange.bulkAdd(exchange)
    await db.attachments.bulkAdd(files.map(([info]) => info))
    await db.attachmentData.bulkAdd(files.map(([, data]) => data))
    await db.rounds.bulkAdd(rounds)
  })
  return countTables({ ...doc.tables, history: allHistory, exchange })
}

export async function restoreBackup(
  db: CapdoDatabase,
  bytes: Uint8Array,
  options: RestoreOptions = {},
): Promise<RestoreResult> {
  const restored = await parseBackup(bytes, options)
  const safetyBackup = await createBackup(db, { appVersion: options.appVersion })
  // The state being replaced survives only in this copy: one that would not restore stops here.
  await verifyBackup(safetyBackup, { say: backupMessages.safetyUnrestorable })
  await options.beforeReplace?.(safetyBackup)
  const counts = await replaceStore(db, restored, options.by ?? '')
  return { safetyBackup, restored, counts }
}

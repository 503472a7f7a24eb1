/**
 * Attachments (schema v4): scanned decisions, appraisal opinions and assessment reports kept with
 * a system or one of its assessments. The bytes live in IndexedDB beside the register, so they
 * are in every backup and a restore brings them back with the records that name them. Each add
 * or removal is filed in the owner's history in the same transaction. Attaching a file does not
 * change the system's revision: files do not travel in the exchange workbook.
 *
 * A file is two rows under one id: its description in `attachments` and its bytes in
 * `attachmentData`. Lists read descriptions only; every write adds or deletes both together.
 */
import {
  ATTACHMENT_KINDS,
  ATTACHMENT_NAME_MAX,
  attachmentMessages,
  checkAttachmentFile,
  type AttachmentKind,
  type AttachmentOwnerKind,
  type AttachmentInfo,
  type AttachmentRecord,
} from '../../domain/attachments'
import { DomainError } from '../../domain/errors'
import { unlinkFiles } from '../../domain/law/dossier-checklist'
import { sha256OfBytes } from '../backup/checksum'
import { MAX_BACKUP_ATTACHMENT_BYTES } from '../backup/format'
import type { CapdoDatabase } from '../database'
import { checkOneOf, cleanText } from '../validate'
import { newId } from './changes'
import { writeWithHistory, type Write } from './write'

/** What an attachment list shows: everything but the bytes. */
export type { AttachmentInfo }

/**
 * The tables a transaction that adds or deletes files must include (deleteAttachmentsOf's
 * callers): the descriptions and the bytes, so no bytes outlive the file that named them.
 */
export function attachmentTables(db: CapdoDatabase) {
  return [db.attachments, db.attachmentData]
}

export interface AttachmentOwner {
  kind: AttachmentOwnerKind
  id: string
}

export interface AttachmentInput {
  owner: AttachmentOwner
  name: string
  data: Uint8Array
  kind?: AttachmentKind
  /** The MIME type the browser reported for a dropped or picked file, if any. */
  declaredType?: string
}

const attachmentRepoMessages = {
  dataMissing: (name: string) =>
    `Không tìm thấy nội dung của tệp đính kèm “${name}” trong dữ liệu. Hãy xóa tệp này rồi đính kèm lại bản gốc.`,
  overBackupLimit: (name: string, size: number, stored: number, limit: number) =>
    `Chưa đính kèm “${name}” (${megabytes(size)} MB): sổ đã có ${megabytes(stored)} MB tệp đính kèm, thêm tệp này sẽ vượt ${megabytes(limit)} MB mà một bản sao lưu chứa được, và các bản sao lưu sau đó sẽ không tạo được. Hãy gỡ bớt tệp lớn hoặc quét lại với độ phân giải thấp hơn rồi thử lại.`,
} as const

const megabytes = (bytes: number) =>
  (bytes / (1024 * 1024)).toLocaleString('vi-VN', { maximumFractionDigits: 1 })

function cleanName(name: unknown): string {
  const clean = cleanText(name, 'name')
  if (!clean || clean.length > ATTACHMENT_NAME_MAX)
    throw new DomainError('attachment_bad_name', attachmentMessages.badName)
  return clean
}

/** The system an owner belongs to; refuses an owner that no longer exists. */
async function systemOf(db: CapdoDatabase, owner: AttachmentOwner): Promise<string> {
  if (owner.kind === 'system') {
    if (!(await db.systems.get(owner.id))) {
      throw new DomainError('system_not_found', 'Không tìm thấy hệ thống thông tin (có thể đã bị xóa).')
    }
    return owner.id
  }
  const assessment = await db.assessments.get(owner.id)
  if (!assessment) {
    throw new DomainError('assessment_not_found', 'Không tìm thấy lần kiểm tra, đánh giá (có thể đã bị xóa).')
  }
  return assessment.systemId
}

export async function addAttachment(
  db: CapdoDatabase,
  input: AttachmentInput,
  by = '',
): Promise<AttachmentInfo> {
  const name = cleanName(input.name)
  const type = checkAttachmentFile(name, input.data, input.declaredType)
  const kind = checkOneOf(input.kind ?? 'other', ATTACHMENT_KINDS, 'kind')
  // Hashed before the transaction: an IndexedDB transaction commits when it waits on anything else.
  const sha256 = await sha256OfBytes(input.data)
  // A copy: the caller's buffer may be transferred or reused after this resolves.
  const data = input.data.slice()
  return writeWithHistory(
    db,
    [...attachmentTables(db), db.systems, db.assessments],
    { by },
    async ({ at, record }) => {
      const systemId = await systemOf(db, input.owner)
      // Every file travels in every backup, and a backup holds at most MAX_BACKUP_ATTACHMENT_BYTES of
      // them: a file past that would be accepted here and then make every later backup fail.
      let total = data.byteLength
      await db.attachments.each((a) => {
        total += a.size
      })
      if (total > MAX_BACKUP_ATTACHMENT_BYTES) {
        throw new DomainError(
          'attachments_over_backup_limit',
          attachmentRepoMessages.overBackupLimit(
            name,
            data.byteLength,
            total - data.byteLength,
            MAX_BACKUP_ATTACHMENT_BYTES,
          ),
        )
      }
      const info: AttachmentInfo = {
        id: newId(),
        ownerKind: input.owner.kind,
        ownerId: input.owner.id,
        systemId,
        name,
        type,
        size: data.byteLength,
        sha256,
        kind,
        addedAt: at,
      }
      await db.attachments.add(info)
      await db.attachmentData.add({ id: info.id, data })
      record({
        entity: input.owner.kind,
        entityId: input.owner.id,
        systemId,
        action: 'update',
        changes: [{ field: 'attachments', from: null, to: name }],
        note: `Đính kèm tệp “${name}”.`,
      })
      return info
    },
  )
}

async function requireAttachment(db: CapdoDatabase, id: string): Promise<AttachmentInfo> {
  const record = await db.attachments.get(id)
  if (!record)
    throw new DomainError('attachment_not_found', 'Không tìm thấy tệp đính kèm (có thể đã bị xóa).')
  return record
}

/**
 * A system's ticked dossier parts that link to deleted files lose the link, filed in the system's
 * history; inside the caller's write, which must include db.systems. Every
 * path that deletes files calls it, so no checklist ever points at a file that is gone.
 */
async function unlinkDeletedFiles(
  db: CapdoDatabase,
  systemId: string,
  fileIds: ReadonlySet<string>,
  write: Write,
): Promise<void> {
  if (fileIds.size === 0) return
  const system = await db.systems.get(systemId)
  const next = system && unlinkFiles(system.dossierChecklist, fileIds)
  if (!system || !next) return
  await db.systems.put({
    ...system,
    dossierChecklist: next,
    updatedAt: write.at,
    revision: system.revision + 1,
  })
  write.record({
    entity: 'system',
    entityId: systemId,
    systemId,
    action: 'update',
    changes: [{ field: 'dossierChecklist', from: system.dossierChecklist, to: next }],
    note: attachmentMessages.unlinked,
  })
}

export async function removeAttachment(db: CapdoDatabase, id: string, by = ''): Promise<void> {
  await writeWithHistory(db, [...attachmentTables(db), db.systems], { by }, async (write) => {
    const info = await requireAttachment(db, id)
    await db.attachments.delete(id)
    await db.attachmentData.delete(id)
    await unlinkDeletedFiles(db, info.systemId, new Set([id]), write)
    write.record({
      entity: info.ownerKind,
      entityId: info.ownerId,
      systemId: info.systemId,
      action: 'update',
      changes: [{ field: 'attachments', from: info.name, to: null }],
      note: `Xóa tệp đính kèm “${info.name}”.`,
    })
  })
}

/** The bytes and what to call them, for opening a copy with the system viewer. */
export async function readAttachment(db: CapdoDatabase, id: string): Promise<AttachmentRecord> {
  return db.transaction('r', attachmentTables(db), async () => {
    const record = await requireAttachment(db, id)
    const stored = await db.attachmentData.get(id)
    if (!stored) {
      throw new DomainError('attachment_data_missing', attachmentRepoMessages.dataMissing(record.name))
    }
    return { ...record, data: stored.data }
  })
}

const byAddedAt = (a: AttachmentInfo, b: AttachmentInfo) => a.addedAt.localeCompare(b.addedAt)

/** A system's files and its assessments' files, oldest first, without their bytes. */
export async function listSystemAttachments(db: CapdoDatabase, systemId: string): Promise<AttachmentInfo[]> {
  const records = await db.attachments.where('systemId').equals(systemId).toArray()
  return records.sort(byAddedAt)
}

/**
 * Removes every file of a system (its assessments' included) or of one assessment, inside the
 * caller's write (which must include attachmentTables(db) and db.systems),
 * descriptions and bytes; an assessment's files are also unlinked from its system's checklist.
 * Answers how many went.
 */
export async function deleteAttachmentsOf(
  db: CapdoDatabase,
  owner: AttachmentOwner,
  write: Write,
): Promise<number> {
  const index = owner.kind === 'system' ? 'systemId' : 'ownerId'
  const files = await db.attachments.where(index).equals(owner.id).toArray()
  const ids = files.map((f) => f.id)
  await db.attachments.bulkDelete(ids)
  await db.attachmentData.bulkDelete(ids)
  // A deleted system takes its checklist with it; an assessment's system stays.
  if (owner.kind === 'assessment' && files.length > 0)
    await unlinkDeletedFiles(db, files[0].systemId, new Set(ids), write)
  return ids.length
}

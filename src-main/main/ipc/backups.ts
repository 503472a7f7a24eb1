/**
 * backups:* — the automatic backups in `<userData>/backups/`. The renderer hands over the bytes it
 * built and a reason; it never names a path, only a backup's name as listAutoBackups gave it, and
 * that name must be an automatic-backup name (no folder, no other file). The folder and fs come in
 * as parameters so Vitest runs these against a temporary folder.
 */
import { z } from 'zod'
import {
  AUTO_BACKUP_KEEP,
  AUTO_BACKUP_NAME_MAX,
  AUTO_BACKUP_REASONS,
  isAutoBackupName,
  type AutoBackupEntry,
} from '../../../src-renderer/src/domain/auto-backup-policy'
import { MAX_FILE_BYTES } from '../../preload/api'
import {
  AutoBackupReadBackError,
  listAutoBackups as listIn,
  pruneAutoBackups as pruneIn,
  readAutoBackup as readIn,
  writeAutoBackup as writeIn,
  type AutoBackupsOptions,
} from '../services/backup-folder'
import { describeFileSystemError, FileAccessError } from './errors'

const parseOptions = { error: z.locales.vi().localeError }

const keepSchema = z
  .number({ error: 'số bản sao lưu giữ lại phải là một số' })
  .int({ error: 'số bản sao lưu giữ lại phải là số nguyên' })
  .min(AUTO_BACKUP_KEEP.min, { error: `phải giữ lại ít nhất ${AUTO_BACKUP_KEEP.min} bản sao lưu` })
  .max(AUTO_BACKUP_KEEP.max, { error: `chỉ giữ lại tối đa ${AUTO_BACKUP_KEEP.max} bản sao lưu` })

export const writeAutoBackupSchema = z.strictObject(
  {
    data: z
      .instanceof(Uint8Array, { error: 'bản sao lưu phải là dãy byte (Uint8Array)' })
      .refine((d) => d.byteLength <= MAX_FILE_BYTES, {
        error: `bản sao lưu lớn hơn giới hạn ${MAX_FILE_BYTES / 1024 / 1024} MB`,
      })
      // Only a gzip stream is a backup: main stores nothing else under a backup's name.
      .refine((d) => d.byteLength >= 18 && d[0] === 0x1f && d[1] === 0x8b, {
        error: 'bản sao lưu phải là tệp nén gzip',
      }),
    reason: z.enum(AUTO_BACKUP_REASONS, { error: 'lý do sao lưu không hợp lệ' }),
    keep: keepSchema,
  },
  { error: 'yêu cầu sao lưu tự động phải có dạng { data, reason, keep }' },
)

export const readAutoBackupSchema = z.strictObject(
  {
    name: z
      .string({ error: 'tên bản sao lưu phải là chuỗi ký tự' })
      .max(AUTO_BACKUP_NAME_MAX, { error: 'tên bản sao lưu quá dài' })
      .refine(isAutoBackupName, { error: 'không phải tên một bản sao lưu tự động' }),
  },
  { error: 'yêu cầu đọc bản sao lưu phải có dạng { name }' },
)

export const pruneAutoBackupsSchema = z.strictObject(
  { keep: keepSchema },
  { error: 'yêu cầu dọn bản sao lưu phải có dạng { keep }' },
)

export const noPayloadSchema = z.undefined({ error: 'yêu cầu này không nhận dữ liệu' })

export interface BackupsDeps extends AutoBackupsOptions {
  /** `<userData>/backups`. */
  folder: string
}

function backupError(action: string, cause: unknown): FileAccessError {
  const code =
    typeof cause === 'object' && cause !== null && 'code' in cause && typeof cause.code === 'string'
      ? cause.code
      : undefined
  const why =
    cause instanceof AutoBackupReadBackError
      ? 'tệp đọc lại từ ổ đĩa không giống nội dung vừa ghi (ổ đĩa có thể bị lỗi), nên bản này đã được xóa và các bản sao lưu cũ được giữ nguyên; hãy kiểm tra ổ đĩa, rồi bấm “Sao lưu ngay” trong Cài đặt để lưu một bản ra ổ đĩa khác (ví dụ USB)'
      : describeFileSystemError(cause)
  return new FileAccessError(`Không ${action} bản sao lưu tự động: ${why}.`, {
    cause,
    code,
  })
}

export async function writeAutoBackup(payload: unknown, deps: BackupsDeps): Promise<AutoBackupEntry> {
  const { data, reason, keep } = writeAutoBackupSchema.parse(payload, parseOptions)
  try {
    return await writeIn(deps.folder, data, reason, keep, deps)
  } catch (error) {
    throw backupError('ghi được', error)
  }
}

export async function listAutoBackups(payload: unknown, deps: BackupsDeps): Promise<AutoBackupEntry[]> {
  noPayloadSchema.parse(payload, parseOptions)
  try {
    return await listIn(deps.folder, deps)
  } catch (error) {
    throw backupError('đọc được danh sách', error)
  }
}

export async function readAutoBackup(payload: unknown, deps: BackupsDeps): Promise<Uint8Array> {
  const { name } = readAutoBackupSchema.parse(payload, parseOptions)
  try {
    return await readIn(deps.folder, name, deps)
  } catch (error) {
    throw backupError(`đọc được`, error)
  }
}

export async function pruneAutoBackups(payload: unknown, deps: BackupsDeps): Promise<{ removed: number }> {
  const { keep } = pruneAutoBackupsSchema.parse(payload, parseOptions)
  try {
    return { removed: (await pruneIn(deps.folder, keep, deps)).length }
  } catch (error) {
    throw backupError('dọn được', error)
  }
}

/**
 * files:save-file and files:open-file. The renderer never names a path: it hands over bytes and a
 * suggested file name, the user picks the place in the native dialog, and only the chosen file's
 * base name goes back. Dialogs and fs come in as parameters so Vitest runs these without Electron.
 */
import * as nodeFs from 'node:fs/promises'
import { basename, join } from 'node:path'
import { z } from 'zod'
import { MAX_FILE_BYTES, type FileFilter, type OpenFileResult, type SaveFileResult } from '../../preload/api'
import { writeFileAtomic, type AtomicWriteFs } from '../services/atomic-write'
import { fileAccessError, FileAccessError } from './errors'

const MAX_FILE_MEGABYTES = MAX_FILE_BYTES / (1024 * 1024)

/** Vietnamese messages for the checks this file does not word itself. */
export const parseOptions = { error: z.locales.vi().localeError }

export const fileNameSchema = z
  .string({ error: 'tên tệp phải là chuỗi ký tự' })
  .min(1, { error: 'tên tệp không được để trống' })
  .max(200, { error: 'tên tệp dài quá 200 ký tự' })
  .refine((name) => !/[\\/]/.test(name), { error: 'tên tệp không được chứa thư mục (dấu / hoặc \\)' })
  .refine((name) => !/\p{Cc}/u.test(name), { error: 'tên tệp chứa ký tự điều khiển' })
  .refine((name) => name !== '.' && name !== '..', { error: 'tên tệp không hợp lệ' })

export const fileDataSchema = z
  .instanceof(Uint8Array, { error: 'dữ liệu tệp phải là dãy byte (Uint8Array)' })
  .refine((data) => data.byteLength <= MAX_FILE_BYTES, {
    error: `tệp lớn hơn giới hạn ${MAX_FILE_MEGABYTES} MB`,
  })

const fileFilterSchema = z.strictObject(
  {
    name: z.string({ error: 'tên bộ lọc phải là chuỗi ký tự' }).min(1).max(100),
    extensions: z
      .array(
        z.string().regex(/^(\*|[A-Za-z0-9]{1,16})$/, {
          error: 'phần mở rộng viết không có dấu chấm, ví dụ xlsx',
        }),
      )
      .min(1)
      .max(20),
  },
  { error: 'bộ lọc tệp phải có dạng { name, extensions }' },
)

const fileFiltersSchema = z.array(fileFilterSchema, { error: 'filters phải là danh sách bộ lọc' }).max(20)

export function requestError(what: string) {
  return (issue: { code: string }) =>
    issue.code === 'unrecognized_keys' ? `${what} có trường không được phép` : `${what} phải là một đối tượng`
}

export const saveFileRequestSchema = z.strictObject(
  { suggestedName: fileNameSchema, data: fileDataSchema, filters: fileFiltersSchema },
  { error: requestError('yêu cầu lưu tệp') },
)

export const openFileRequestSchema = z.strictObject(
  { filters: fileFiltersSchema },
  { error: requestError('yêu cầu mở tệp') },
)

export interface SaveDialogOptions {
  title: string
  buttonLabel: string
  defaultPath: string
  filters: FileFilter[]
}

export interface OpenDialogOptions {
  title: string
  buttonLabel: string
  filters: FileFilter[]
  /** A file to open, or (save-folder) a folder to save into, which the dialog may create. */
  properties: Array<'openFile' | 'openDirectory' | 'createDirectory'>
  defaultPath?: string
}

/** Electron's dialog.showSaveDialog/showOpenDialog, bound to the main window by the wiring. */
export interface FileDialogs {
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>
  showOpenDialog(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>
}

/** The atomic write's fs plus the two reads openFile needs; node:fs/promises fits as is. */
export interface FilesFs extends AtomicWriteFs {
  stat(path: string): Promise<{ size: number }>
  readFile(path: string): Promise<Uint8Array>
}

export interface FilesDeps {
  dialogs: FileDialogs
  /** Where the save dialog opens (the user's Documents folder). */
  defaultDirectory: string
  fs?: FilesFs
}

/** Resolves `saved` only after the file is completely on disk; a failed write rejects. */
export async function saveFile(payload: unknown, deps: FilesDeps): Promise<SaveFileResult> {
  const request = saveFileRequestSchema.parse(payload, parseOptions)
  const choice = await deps.dialogs.showSaveDialog({
    title: 'Lưu tệp',
    buttonLabel: 'Lưu',
    defaultPath: join(deps.defaultDirectory, request.suggestedName),
    filters: request.filters,
  })
  if (choice.canceled || !choice.filePath) return { status: 'canceled' }

  const fileName = basename(choice.filePath)
  try {
    await writeFileAtomic(choice.filePath, request.data, deps.fs ?? nodeFs)
  } catch (error) {
    throw fileAccessError('lưu', fileName, error)
  }
  return { status: 'saved', fileName }
}

/** The file's bytes, or null when it is larger than the app accepts (checked before and after reading). */
async function readWithinLimit(filePath: string, fs: FilesFs): Promise<Uint8Array | null> {
  const stats = await fs.stat(filePath)
  if (stats.size > MAX_FILE_BYTES) return null
  const bytes = await fs.readFile(filePath)
  if (bytes.byteLength > MAX_FILE_BYTES) return null
  // A plain Uint8Array view (not a Buffer) is what crosses IPC.
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}

export async function openFile(payload: unknown, deps: FilesDeps): Promise<OpenFileResult> {
  const request = openFileRequestSchema.parse(payload, parseOptions)
  const choice = await deps.dialogs.showOpenDialog({
    title: 'Mở tệp',
    buttonLabel: 'Mở',
    filters: request.filters,
    properties: ['openFile'],
  })
  const filePath = choice.filePaths[0]
  if (choice.canceled || filePath === undefined) return { status: 'canceled' }

  const fileName = basename(filePath)
  let data: Uint8Array | null
  try {
    data = await readWithinLimit(filePath, deps.fs ?? nodeFs)
  } catch (error) {
    throw fileAccessError('đọc', fileName, error)
  }
  if (data === null) {
    throw new FileAccessError(
      `Tệp “${fileName}” lớn hơn ${MAX_FILE_MEGABYTES} MB nên CapDo không mở được; hãy tách thành các tệp nhỏ hơn.`,
      { code: 'TOO_LARGE' },
    )
  }
  return { status: 'opened', fileName, data }
}

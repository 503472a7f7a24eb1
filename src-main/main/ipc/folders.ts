/**
 * files:save-folder: several files written together into a new folder (a round's request
 * workbooks, one per unit, to copy to a USB stick or attach one by one). As with save-file, the
 * renderer names no path: it hands over a folder name and the files' names and bytes, the user
 * picks the place in the native dialog, and only the new folder's name goes back. Names are plain
 * file names (no folders, no control characters), distinct however they are cased, so no file
 * overwrites another on Windows or macOS; a folder of that name already there is never written
 * into: the new one gets " (2)", " (3)"…
 */
import * as nodeFs from 'node:fs/promises'
import { basename, join } from 'node:path'
import { z } from 'zod'
import { MAX_FOLDER_BYTES, MAX_FOLDER_FILES, type SaveFolderResult } from '../../preload/api'
import { writeFileAtomic, type AtomicWriteFs } from '../services/atomic-write'
import { describeFileSystemError, fileAccessError, FileAccessError } from './errors'
import { fileDataSchema, fileNameSchema, parseOptions, requestError, type FileDialogs } from './files'

const MAX_FOLDER_MEGABYTES = MAX_FOLDER_BYTES / (1024 * 1024)

/** How Windows and macOS compare names: one file per name whatever its case or Unicode form. */
const sameNameKey = (name: string) => name.normalize('NFC').toLocaleLowerCase('vi-VN')

const folderFileSchema = z.strictObject(
  { name: fileNameSchema, data: fileDataSchema },
  { error: 'mỗi tệp phải có dạng { name, data }' },
)

export const saveFolderRequestSchema = z
  .strictObject(
    {
      suggestedName: fileNameSchema,
      files: z
        .array(folderFileSchema, { error: 'files phải là danh sách tệp' })
        .min(1, { error: 'cần ít nhất một tệp' })
        .max(MAX_FOLDER_FILES, { error: `một thư mục lưu được tối đa ${MAX_FOLDER_FILES} tệp` }),
    },
    { error: requestError('yêu cầu lưu thư mục') },
  )
  .refine((r) => new Set(r.files.map((f) => sameNameKey(f.name))).size === r.files.length, {
    error: 'hai tệp trùng tên (không phân biệt chữ hoa, chữ thường)',
  })
  .refine((r) => r.files.reduce((sum, f) => sum + f.data.byteLength, 0) <= MAX_FOLDER_BYTES, {
    error: `các tệp lớn hơn giới hạn ${MAX_FOLDER_MEGABYTES} MB của một thư mục`,
  })

export type FoldersFs = AtomicWriteFs & Pick<typeof nodeFs, 'mkdir'>

export interface FoldersDeps {
  dialogs: Pick<FileDialogs, 'showOpenDialog'>
  /** Where the dialog opens (the user's Documents folder). */
  defaultDirectory: string
  fs?: FoldersFs
}

/** Names tried for the new folder before giving up: "Phiếu", "Phiếu (2)" … "Phiếu (100)". */
const MAX_SUFFIX = 100

function errorCode(error: unknown): unknown {
  return typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined
}

/** Creates the first free name in `parent` and answers its path; never reuses a folder that exists. */
async function createFreshFolder(parent: string, name: string, fs: FoldersFs): Promise<string> {
  for (let n = 1; n <= MAX_SUFFIX; n++) {
    const path = join(parent, n === 1 ? name : `${name} (${n})`)
    try {
      // Not recursive: an existing folder fails with EEXIST instead of being written into.
      await fs.mkdir(path)
      return path
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') throw error
    }
  }
  throw Object.assign(new Error('too many folders of that name'), { code: 'EEXIST' })
}

/** Resolves `saved` only after every file is completely on disk; a failed write rejects. */
export async function saveFolder(payload: unknown, deps: FoldersDeps): Promise<SaveFolderResult> {
  const request = saveFolderRequestSchema.parse(payload, parseOptions)
  const choice = await deps.dialogs.showOpenDialog({
    title: 'Chọn nơi lưu thư mục',
    buttonLabel: 'Lưu vào đây',
    filters: [],
    properties: ['openDirectory', 'createDirectory'],
    defaultPath: deps.defaultDirectory,
  })
  const parent = choice.filePaths[0]
  if (choice.canceled || parent === undefined) return { status: 'canceled' }

  const fs = deps.fs ?? nodeFs
  let folder: string
  try {
    folder = await createFreshFolder(parent, request.suggestedName, fs)
  } catch (error) {
    throw new FileAccessError(
      `Không tạo được thư mục “${request.suggestedName}”: ${describeFileSystemError(error)}.`,
      { cause: error },
    )
  }
  const folderName = basename(folder)
  for (const file of request.files) {
    try {
      await writeFileAtomic(join(folder, file.name), file.data, fs)
    } catch (error) {
      throw fileAccessError('lưu', `${folderName}/${file.name}`, error)
    }
  }
  return { status: 'saved', folderName, count: request.files.length }
}

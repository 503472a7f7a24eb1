/**
 * attachments:open — shows an attached PDF or image with the system viewer. The renderer hands over
 * the bytes, a name and a type, never a path: main checks that the bytes really are of that type
 * (an executable is never written), writes a copy atomically into a folder of its own,
 * `<userData>/attachments-open/<sha256>/<safe name>.<extension of the type>`, and asks the shell to
 * open that file. Same content, same folder: opening the same file twice reuses its copy's place.
 * fs and shell come in as parameters so Vitest runs this without Electron.
 */
import { createHash } from 'node:crypto'
import * as nodeFs from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import {
  ATTACHMENT_NAME_MAX,
  ATTACHMENT_TYPES,
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENT_MEGABYTES,
  safeAttachmentFileName,
  sniffAttachmentType,
} from '../../../src-renderer/src/domain/attachments'
import type { OpenAttachmentResult } from '../../preload/api'
import { writeFileAtomic, type AtomicWriteFs } from '../services/atomic-write'
import { fileAccessError } from './errors'

const parseOptions = { error: z.locales.vi().localeError }

export const openAttachmentSchema = z
  .strictObject(
    {
      name: z
        .string({ error: 'tên tệp phải là chuỗi ký tự' })
        .min(1, { error: 'tên tệp không được để trống' })
        .max(ATTACHMENT_NAME_MAX, { error: `tên tệp dài quá ${ATTACHMENT_NAME_MAX} ký tự` }),
      type: z.enum(ATTACHMENT_TYPES, { error: 'chỉ mở được tệp PDF hoặc ảnh (JPEG, PNG, TIFF, WebP)' }),
      data: z
        .instanceof(Uint8Array, { error: 'dữ liệu tệp phải là dãy byte (Uint8Array)' })
        .refine((d) => d.byteLength > 0 && d.byteLength <= MAX_ATTACHMENT_BYTES, {
          error: `tệp đính kèm phải có nội dung và không lớn hơn ${MAX_ATTACHMENT_MEGABYTES} MB`,
        }),
    },
    { error: 'yêu cầu mở tệp đính kèm phải có dạng { name, type, data }' },
  )
  // The content decides what is written, not the label the renderer put on it.
  .refine((r) => sniffAttachmentType(r.data) === r.type, {
    path: ['data'],
    error: 'nội dung tệp không phải là PDF hoặc ảnh như đã khai báo',
  })

export interface AttachmentsDeps {
  /** `<userData>/attachments-open`. */
  folder: string
  /** Electron's shell.openPath: resolves to '' on success, else the system's reason. */
  openPath: (path: string) => Promise<string>
  fs?: AtomicWriteFs & Pick<typeof nodeFs, 'mkdir'>
}

export async function openAttachment(payload: unknown, deps: AttachmentsDeps): Promise<OpenAttachmentResult> {
  const { name, type, data } = openAttachmentSchema.parse(payload, parseOptions)
  const fs = deps.fs ?? nodeFs
  const digest = createHash('sha256').update(data).digest('hex')
  const folder = join(deps.folder, digest)
  const path = join(folder, safeAttachmentFileName(name, type))
  try {
    await fs.mkdir(folder, { recursive: true })
    await writeFileAtomic(path, data, fs)
  } catch (error) {
    throw fileAccessError('lưu', name, error)
  }
  const failure = await deps.openPath(path)
  if (failure) console.error(`Could not open ${path}: ${failure}`)
  return { opened: failure === '' }
}

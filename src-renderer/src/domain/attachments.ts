/**
 * Attachments: the scanned approval decision, the appraisal opinion, an assessment report … kept
 * with a system or one of its assessments. What may be attached is decided here, once, for the
 * renderer's repo and for the main process that opens a copy with the system viewer: only PDF and
 * the common image formats, recognised by their first bytes as well as by their name (a program
 * renamed `.pdf` is refused), never larger than MAX_ATTACHMENT_BYTES.
 */
import { DomainError } from './errors'

/** 20 MB: a scanned decision of a few pages is 1–5 MB; every byte also goes into every backup. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024
export const MAX_ATTACHMENT_MEGABYTES = MAX_ATTACHMENT_BYTES / (1024 * 1024)
export const ATTACHMENT_NAME_MAX = 200

export const ATTACHMENT_TYPES = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'image/tiff',
  'image/webp',
] as const
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number]

/** The extension a copy opened with the system viewer gets, whatever the stored name says. */
export const ATTACHMENT_EXTENSION: Readonly<Record<AttachmentType, string>> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/tiff': 'tif',
  'image/webp': 'webp',
}

const TYPE_BY_EXTENSION: Readonly<Record<string, AttachmentType>> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  webp: 'image/webp',
}

/** The extensions a file picker offers. */
export const ATTACHMENT_EXTENSIONS: readonly string[] = Object.keys(TYPE_BY_EXTENSION)

export const ATTACHMENT_KINDS = [
  'approval-decision',
  'appraisal-opinion',
  'assessment-report',
  'other',
] as const
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number]

export type AttachmentOwnerKind = 'system' | 'assessment'

/**
 * What describes and proves one attached file (schema v4, table `attachments`). The bytes are
 * kept apart (AttachmentData, table `attachmentData`): a list of files, and every live query
 * that redraws it, reads descriptions only, never megabytes of scans.
 */
export interface AttachmentInfo {
  id: string
  ownerKind: AttachmentOwnerKind
  /** The system's id, or the assessment's. */
  ownerId: string
  /** The system the owner belongs to: deleting a system removes its assessments' files too. */
  systemId: string
  name: string
  type: AttachmentType
  size: number
  /** Hex SHA-256 of the bytes (AttachmentData), checked again when a backup is restored. */
  sha256: string
  kind: AttachmentKind
  /** ISO instant. */
  addedAt: string
}

/** The bytes of one attached file, under the description's id (table `attachmentData`). */
export interface AttachmentData {
  id: string
  data: Uint8Array
}

/** A file with its bytes: what a backup holds and what opening a copy needs. */
export interface AttachmentRecord extends AttachmentInfo {
  data: Uint8Array
}

function startsWith(bytes: Uint8Array, prefix: readonly number[], at = 0): boolean {
  return bytes.length >= at + prefix.length && prefix.every((b, i) => bytes[at + i] === b)
}

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0))

/** The type the content itself declares by its signature, or null for anything else. */
export function sniffAttachmentType(bytes: Uint8Array): AttachmentType | null {
  if (startsWith(bytes, ascii('%PDF-'))) return 'application/pdf'
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg'
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png'
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) {
    return 'image/tiff'
  }
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp'
  return null
}

/** The type a file name's extension promises, or null. */
export function typeFromName(name: string): AttachmentType | null {
  const match = /\.([a-z0-9]+)$/iu.exec(name.trim())
  return match ? (TYPE_BY_EXTENSION[match[1].toLowerCase()] ?? null) : null
}

export function isAttachmentType(value: unknown): value is AttachmentType {
  return (ATTACHMENT_TYPES as readonly unknown[]).includes(value)
}

const TYPE_LABEL: Readonly<Record<AttachmentType, string>> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'ảnh JPEG',
  'image/png': 'ảnh PNG',
  'image/tiff': 'ảnh TIFF',
  'image/webp': 'ảnh WebP',
}

export const attachmentMessages = {
  unlinked: 'Bỏ liên kết thành phần hồ sơ với tệp đính kèm đã xóa.',
  empty: (name: string) => `Tệp “${name}” rỗng (0 byte), không đính kèm được.`,
  tooLarge: (name: string) =>
    `Tệp “${name}” lớn hơn ${MAX_ATTACHMENT_MEGABYTES} MB, không đính kèm được. Hãy quét lại với độ phân giải thấp hơn hoặc tách thành nhiều tệp.`,
  wrongType: (name: string) =>
    `Chỉ đính kèm được tệp PDF hoặc ảnh (JPEG, PNG, TIFF, WebP); tệp “${name}” không phải loại này.`,
  mismatch: (name: string, declared: AttachmentType) =>
    `Nội dung tệp “${name}” không phải là ${TYPE_LABEL[declared]} như tên tệp cho biết (có thể tệp đã bị đổi tên), nên không đính kèm được.`,
  badName: 'Tên tệp đính kèm không được để trống và không dài quá 200 ký tự.',
} as const

/**
 * The type of a file about to be attached, or a DomainError saying why it may not be: empty,
 * too large, not a PDF or image by its content, or content that is not what its name (and the
 * browser's declared MIME type, when there is one) says.
 */
export function checkAttachmentFile(name: string, bytes: Uint8Array, declaredMime?: string): AttachmentType {
  const shown = name.length > 80 ? `${name.slice(0, 80)}…` : name
  if (bytes.byteLength === 0) throw new DomainError('attachment_empty', attachmentMessages.empty(shown))
  if (bytes.byteLength > MAX_ATTACHMENT_BYTES) {
    throw new DomainError('attachment_too_large', attachmentMessages.tooLarge(shown), {
      size: bytes.byteLength,
    })
  }
  const byName = typeFromName(name)
  const byContent = sniffAttachmentType(bytes)
  if (byName === null || byContent === null) {
    throw new DomainError('attachment_wrong_type', attachmentMessages.wrongType(shown))
  }
  if (byContent !== byName) {
    throw new DomainError('attachment_type_mismatch', attachmentMessages.mismatch(shown, byName))
  }
  // A browser that guesses a MIME type from the extension says nothing new; one that says
  // something else (an executable's type) is believed over the name.
  if (declaredMime && declaredMime !== byName && !(declaredMime === 'image/jpg' && byName === 'image/jpeg')) {
    throw new DomainError('attachment_wrong_type', attachmentMessages.wrongType(shown))
  }
  return byContent
}

/** Characters no file name on Windows, macOS or Linux may hold, and control characters. */
const UNSAFE_CHARACTERS = /[\p{Cc}<>:"/\\|?*]/gu

/**
 * A name safe to create in a folder of our own: no folder separator, no `..`, no reserved or control
 * characters, no trailing dots or spaces (Windows drops them), at most 120 characters, and always
 * the extension of the content's type — so a copy handed to the system viewer can never be run
 * as a program whatever its stored name says.
 */
export function safeAttachmentFileName(name: string, type: AttachmentType): string {
  const extension = ATTACHMENT_EXTENSION[type]
  // A slash becomes "_" rather than a folder: decision numbers are written "123/QĐ-UBND".
  const base = name
    .normalize('NFC')
    .replace(UNSAFE_CHARACTERS, '_')
    .replace(/\.[a-z0-9]{1,5}$/iu, '')
    .replace(/\.{2,}/gu, '.')
    .replace(/^[.\s]+|[.\s]+$/gu, '')
    .slice(0, 120)
  // "CON.pdf" or "nul.png" names a device on Windows, not a file.
  const safe = /^(con|prn|aux|nul|com\d|lpt\d)$/iu.test(base) ? `_${base}` : base
  return `${safe || 'tep-dinh-kem'}.${extension}`
}

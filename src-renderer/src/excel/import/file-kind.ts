/**
 * What a chosen file really is, by its first bytes rather than its name (a .xls renamed .xlsx, a
 * CSV saved as .xls by a web portal, a PDF picked by mistake): the reader to use, or a plain
 * Vietnamese message saying what the file is and what to do. Cheap: a zip's central directory is
 * listed without inflating anything; an OLE2 compound file (old Office) is told apart by the
 * UTF-16 names of its streams ("Workbook", "WordDocument", "EncryptedPackage").
 */
import { unzipSync } from 'fflate'
import { DomainError } from '../../domain/errors'

export type ReadableKind = 'xlsx' | 'xls' | 'ods' | 'text'

const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0): boolean =>
  bytes.length >= at + magic.length && magic.every((b, i) => b === -1 || bytes[at + i] === b)

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0))
/** A stream's name as an OLE2 directory entry holds it: UTF-16 LE, ended by a zero character. */
const streamName = (text: string): number[] => [...[...text].flatMap((c) => [c.charCodeAt(0), 0]), 0, 0]

function contains(bytes: Uint8Array, needle: readonly number[], limit = bytes.length): boolean {
  const end = Math.min(limit, bytes.length) - needle.length
  for (let i = bytes.indexOf(needle[0]); i !== -1 && i <= end; i = bytes.indexOf(needle[0], i + 1)) {
    if (startsWith(bytes, needle, i)) return true
  }
  return false
}

const ZIP = [0x50, 0x4b, 0x03, 0x04]
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06]
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
const PDF = ascii('%PDF')
const RTF = ascii('{\\rtf')

const IMAGES: ReadonlyArray<{ name: string; magic: readonly number[]; at?: number }> = [
  { name: 'PNG', magic: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'JPEG', magic: [0xff, 0xd8, 0xff] },
  { name: 'GIF', magic: ascii('GIF8') },
  // "BM", the file size, then four reserved zero bytes (a text starting "BM" has no zeros there).
  { name: 'BMP', magic: [...ascii('BM'), -1, -1, -1, -1, 0, 0, 0, 0] },
  { name: 'TIFF', magic: [0x49, 0x49, 0x2a, 0x00] },
  { name: 'TIFF', magic: [0x4d, 0x4d, 0x00, 0x2a] },
  { name: 'WebP', magic: ascii('WEBP'), at: 8 },
  { name: 'HEIC', magic: ascii('ftypheic'), at: 4 },
]

const OTHER_ARCHIVES: ReadonlyArray<{ name: string; magic: readonly number[] }> = [
  { name: 'RAR', magic: ascii('Rar!') },
  { name: '7-Zip', magic: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'gzip', magic: [0x1f, 0x8b] },
]

const SAVE_AS =
  'Hãy mở danh mục gốc bằng Excel hoặc LibreOffice rồi chọn tệp bảng tính (.xlsx, .xls, .ods) hoặc tệp CSV.'

export const UNREADABLE_MESSAGES = {
  empty:
    'Tệp trống (0 byte): không có dữ liệu nào để nhập. Có thể tệp chưa được lưu hoặc tải về chưa xong. ' +
    SAVE_AS,
  pdf:
    'Tệp này là tài liệu PDF, không phải bảng tính: CapDo không lấy được các cột từ bản in. ' +
    'Hãy dùng tệp Excel hoặc CSV mà bản PDF được in ra từ đó.',
  word:
    'Tệp này là văn bản Word (hoặc văn bản LibreOffice Writer), không phải bảng tính. Nếu danh mục là một bảng ' +
    'trong văn bản, hãy chép bảng đó sang Excel, lưu thành .xlsx rồi chọn tệp vừa lưu.',
  rtf:
    'Tệp này là văn bản RTF, không phải bảng tính. Nếu danh mục là một bảng trong văn bản, hãy chép bảng đó ' +
    'sang Excel, lưu thành .xlsx rồi chọn tệp vừa lưu.',
  presentation: 'Tệp này là bản trình chiếu (PowerPoint), không phải bảng tính. ' + SAVE_AS,
  image: (format: string) =>
    `Tệp này là hình ảnh (${format}), không phải bảng tính: CapDo không đọc chữ trong ảnh. ` +
    'Hãy dùng tệp Excel hoặc CSV gốc của danh mục.',
  encrypted:
    'Bảng tính này được đặt mật khẩu mở tệp (đã mã hoá), nên CapDo không đọc được nội dung. Hãy mở tệp bằng ' +
    'Excel với mật khẩu, bỏ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc › Mã hoá bằng mật khẩu, xoá mật ' +
    'khẩu rồi bấm OK), lưu lại và chọn lại tệp.',
  archive: (format: string) =>
    `Tệp này là tệp nén ${format}, không phải bảng tính. Hãy giải nén rồi chọn bảng tính bên trong.`,
  zip: 'Tệp này là tệp nén (.zip) không chứa bảng tính Excel hay LibreOffice. Hãy giải nén rồi chọn bảng tính bên trong.',
  brokenZip:
    'Tệp có dạng bảng tính Excel (.xlsx) hoặc LibreOffice (.ods) nhưng bị hỏng hoặc chưa tải về hết. ' +
    'Hãy mở tệp bằng Excel hoặc LibreOffice; nếu mở được, lưu lại thành "Excel Workbook (*.xlsx)" rồi chọn lại tệp.',
  otherOffice: 'Tệp này là tệp Microsoft Office cũ nhưng không phải bảng tính Excel. ' + SAVE_AS,
} as const

function unreadable(message: string, kind: string): DomainError {
  return new DomainError('unreadable_file', message, { kind })
}

/** The names of a zip's entries, from its central directory (nothing inflated); null when damaged. */
function zipEntryNames(bytes: Uint8Array): string[] | null {
  const names: string[] = []
  try {
    unzipSync(bytes, {
      filter: (entry) => {
        names.push(entry.name)
        return false
      },
    })
  } catch {
    return null
  }
  return names
}

const ODF_MIMETYPE = 'application/vnd.oasis.opendocument.'

function zipKind(bytes: Uint8Array): ReadableKind {
  // An OpenDocument file stores its mimetype uncompressed as the first entry.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200))
  const odf = head.indexOf(ODF_MIMETYPE)
  if (odf !== -1) {
    const type = head.slice(odf + ODF_MIMETYPE.length)
    if (type.startsWith('spreadsheet')) return 'ods'
    if (type.startsWith('text')) throw unreadable(UNREADABLE_MESSAGES.word, 'odt')
    if (type.startsWith('presentation')) throw unreadable(UNREADABLE_MESSAGES.presentation, 'odp')
  }
  const names = zipEntryNames(bytes)
  if (names === null) throw unreadable(UNREADABLE_MESSAGES.brokenZip, 'broken-zip')
  if (names.some((n) => n.startsWith('xl/'))) return 'xlsx'
  if (names.some((n) => n.startsWith('word/'))) throw unreadable(UNREADABLE_MESSAGES.word, 'docx')
  if (names.some((n) => n.startsWith('ppt/'))) throw unreadable(UNREADABLE_MESSAGES.presentation, 'pptx')
  if (names.includes('content.xml') && names.includes('mimetype')) return 'ods'
  throw unreadable(UNREADABLE_MESSAGES.zip, 'zip')
}

/** Old Office files: the directory names its streams in UTF-16. */
function oleKind(bytes: Uint8Array): ReadableKind {
  // A workbook saved with a password to open is an OLE2 file holding the encrypted .xlsx.
  if (contains(bytes, streamName('EncryptedPackage')) || contains(bytes, streamName('EncryptionInfo'))) {
    throw unreadable(UNREADABLE_MESSAGES.encrypted, 'encrypted')
  }
  if (contains(bytes, streamName('WordDocument'))) throw unreadable(UNREADABLE_MESSAGES.word, 'doc')
  if (contains(bytes, streamName('Workbook')) || contains(bytes, streamName('Book'))) return 'xls'
  if (contains(bytes, streamName('PowerPoint Document'))) {
    throw unreadable(UNREADABLE_MESSAGES.presentation, 'ppt')
  }
  throw unreadable(UNREADABLE_MESSAGES.otherOffice, 'ole')
}

/**
 * Which reader opens these bytes; throws a DomainError naming what the file is when none can.
 * Whatever matches no known signature is tried as text (the text reader refuses binary data).
 */
export function sniffFileKind(bytes: Uint8Array): ReadableKind {
  if (bytes.length === 0) throw unreadable(UNREADABLE_MESSAGES.empty, 'empty')
  if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) return zipKind(bytes)
  if (startsWith(bytes, OLE2)) return oleKind(bytes)
  if (startsWith(bytes, PDF)) throw unreadable(UNREADABLE_MESSAGES.pdf, 'pdf')
  if (startsWith(bytes, RTF)) throw unreadable(UNREADABLE_MESSAGES.rtf, 'rtf')
  for (const image of IMAGES) {
    if (startsWith(bytes, image.magic, image.at))
      throw unreadable(UNREADABLE_MESSAGES.image(image.name), 'image')
  }
  for (const archive of OTHER_ARCHIVES) {
    if (startsWith(bytes, archive.magic))
      throw unreadable(UNREADABLE_MESSAGES.archive(archive.name), 'archive')
  }
  return 'text'
}

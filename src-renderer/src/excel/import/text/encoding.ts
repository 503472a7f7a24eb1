/**
 * Decoding a text file (.csv, .txt) an office saved: the bytes carry no label, so the encoding is
 * found from a byte-order mark (UTF-8, UTF-16 LE/BE — Excel's "Unicode Text" is UTF-16 LE with a
 * BOM), else from whether the bytes are valid UTF-8, else Windows-1258: what Excel on a Vietnamese
 * Windows writes for "CSV". Windows-1258 spells most Vietnamese letters as a base letter plus a
 * combining tone mark ("ế" = ê + U+0301), so the text is normalised to NFC after decoding, or
 * "Sở Y tế" from such a file would not be the same unit as the one typed in CapDo.
 * TextDecoder knows all four in Chromium and in Node (full ICU), so no table is carried here.
 */
import { DomainError } from '../../../domain/errors'

export const TEXT_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1258'] as const
export type TextEncoding = (typeof TEXT_ENCODINGS)[number]

export function isTextEncoding(value: unknown): value is TextEncoding {
  return typeof value === 'string' && (TEXT_ENCODINGS as readonly string[]).includes(value)
}

const BOMS: ReadonlyArray<{ encoding: TextEncoding; bytes: readonly number[] }> = [
  { encoding: 'utf-8', bytes: [0xef, 0xbb, 0xbf] },
  { encoding: 'utf-16le', bytes: [0xff, 0xfe] },
  { encoding: 'utf-16be', bytes: [0xfe, 0xff] },
]

/** The encoding a byte-order mark at the start names, with the mark's length. */
export function byteOrderMark(bytes: Uint8Array): { encoding: TextEncoding; length: number } | null {
  for (const bom of BOMS) {
    if (bytes.length >= bom.bytes.length && bom.bytes.every((b, i) => bytes[i] === b)) {
      return { encoding: bom.encoding, length: bom.bytes.length }
    }
  }
  return null
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return true
  } catch {
    return false
  }
}

/**
 * UTF-16 without a mark: text in the Latin range has a zero in every other byte. Only said when
 * the zeros sit on one side almost everywhere, so binary data is not taken for text.
 */
function utf16WithoutMark(bytes: Uint8Array): TextEncoding | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096) & ~1)
  if (sample.length < 8) return null
  let evenZeros = 0
  let oddZeros = 0
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++
    if (sample[i + 1] === 0) oddZeros++
  }
  const pairs = sample.length / 2
  if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.05) return 'utf-16le'
  if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.05) return 'utf-16be'
  return null
}

export interface DecodedText {
  text: string
  encoding: TextEncoding
  /** Whether the file starts with a byte-order mark. */
  bom: boolean
}

/** The encoding of the bytes, as far as the bytes tell. */
export function detectEncoding(bytes: Uint8Array): TextEncoding {
  const bom = byteOrderMark(bytes)
  if (bom) return bom.encoding
  return utf16WithoutMark(bytes) ?? (isValidUtf8(bytes) ? 'utf-8' : 'windows-1258')
}

/**
 * Decodes the bytes in the given encoding (the detected one when none is given), dropping the
 * file's byte-order mark, and normalises to NFC. A mark naming another encoding than the one
 * chosen is not dropped: the officer chose to read the bytes otherwise.
 */
export function decodeText(bytes: Uint8Array, encoding: TextEncoding = detectEncoding(bytes)): DecodedText {
  const bom = byteOrderMark(bytes)
  const skip = bom?.encoding === encoding ? bom.length : 0
  let text: string
  try {
    text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(skip))
  } catch (error) {
    throw new DomainError('unreadable_file', `Máy này không giải mã được bảng mã ${encoding}.`, {
      cause: String(error),
    })
  }
  return { text: text.normalize('NFC'), encoding, bom: skip > 0 }
}

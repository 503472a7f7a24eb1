/**
 * Bytes in a backup: the document is JSON, so attachment bytes travel as standard base64 (RFC 4648,
 * with padding). Decoding is strict: a character outside the alphabet, a wrong length or padding in
 * the middle is refused rather than silently skipped, so a damaged file cannot restore altered bytes.
 *
 * Everything here is one linear pass over the text with a lookup table, never a regular expression:
 * a 20 MB attachment is 28 million characters, and V8's regex engine ran out of stack on a
 * `^(?:[A-Za-z0-9+/]{4})*…$` pattern from about 3.5 MB on, so a sound backup was refused as damaged
 * (issue #13). Encoding is a lookup table too (no 20 MB argument list, no 20 MB intermediate
 * "binary string" for btoa).
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const PAD = 0x3d // '='
/** The 6-bit value of each character code below 128; 255 for anything else. */
const VALUE = (() => {
  const table = new Uint8Array(128).fill(255)
  for (let i = 0; i < ALPHABET.length; i++) table[ALPHABET.charCodeAt(i)] = i
  return table
})()

const ALPHABET_CODES = Uint8Array.from(ALPHABET, (c) => c.charCodeAt(0))
/** Base64 text per slice when encoding, in characters (a multiple of 4): 4 MB of ASCII at a time. */
const ENCODE_SLICE = 4 * 1024 * 1024

/**
 * The ASCII bytes of the base64 of `bytes`, written through a lookup table and turned into text a
 * slice at a time by TextDecoder (ASCII is UTF-8): no argument list, no intermediate binary string.
 */
export function bytesToBase64(bytes: Uint8Array): string {
  const n = bytes.length
  const whole = n - (n % 3)
  const sliceBytes = (ENCODE_SLICE / 4) * 3
  const decoder = new TextDecoder()
  const parts: string[] = []
  const ascii = new Uint8Array(ENCODE_SLICE)
  for (let start = 0; start < whole; start += sliceBytes) {
    const end = Math.min(start + sliceBytes, whole)
    let o = 0
    for (let i = start; i < end; i += 3) {
      const v = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2]
      ascii[o++] = ALPHABET_CODES[v >> 18]
      ascii[o++] = ALPHABET_CODES[(v >> 12) & 63]
      ascii[o++] = ALPHABET_CODES[(v >> 6) & 63]
      ascii[o++] = ALPHABET_CODES[v & 63]
    }
    parts.push(decoder.decode(ascii.subarray(0, o)))
  }
  // The last one or two bytes, padded.
  if (n > whole) {
    const v = (bytes[whole] << 16) | (n - whole === 2 ? bytes[whole + 1] << 8 : 0)
    parts.push(
      ALPHABET[v >> 18] + ALPHABET[(v >> 12) & 63] + (n - whole === 2 ? ALPHABET[(v >> 6) & 63] : '=') + '=',
    )
  }
  return parts.join('')
}

/** How many padding characters end `text` (0, 1 or 2); the caller checks they are well placed. */
function paddingOf(text: string): number {
  const n = text.length
  if (n >= 1 && text.charCodeAt(n - 1) === PAD) return n >= 2 && text.charCodeAt(n - 2) === PAD ? 2 : 1
  return 0
}

/**
 * True for strict base64: a length that is a multiple of 4, only alphabet characters, and at most
 * two "=" at the very end. Linear, constant stack, whatever the length.
 */
export function isBase64(text: string): boolean {
  const n = text.length
  if (n % 4 !== 0) return false
  const body = n - paddingOf(text)
  for (let i = 0; i < body; i++) {
    const code = text.charCodeAt(i)
    if (code >= 128 || VALUE[code] === 255) return false
  }
  return true
}

/** How many bytes a valid base64 text decodes to, without decoding it. */
export function base64DecodedLength(text: string): number {
  return (text.length / 4) * 3 - paddingOf(text)
}

/** Throws on anything that is not strict base64. */
export function base64ToBytes(text: string): Uint8Array {
  if (!isBase64(text)) throw new Error('not base64')
  const out = new Uint8Array(base64DecodedLength(text))
  const body = text.length - paddingOf(text)
  let o = 0
  let i = 0
  // Whole groups of four characters: three bytes each.
  for (const whole = body - (body % 4); i < whole; i += 4) {
    const v =
      (VALUE[text.charCodeAt(i)] << 18) |
      (VALUE[text.charCodeAt(i + 1)] << 12) |
      (VALUE[text.charCodeAt(i + 2)] << 6) |
      VALUE[text.charCodeAt(i + 3)]
    out[o++] = v >> 16
    out[o++] = (v >> 8) & 0xff
    out[o++] = v & 0xff
  }
  // The padded tail: two characters give one byte, three give two.
  const rest = body - i
  if (rest >= 2) {
    const v =
      (VALUE[text.charCodeAt(i)] << 18) |
      (VALUE[text.charCodeAt(i + 1)] << 12) |
      (rest === 3 ? VALUE[text.charCodeAt(i + 2)] << 6 : 0)
    out[o++] = v >> 16
    if (rest === 3) out[o++] = (v >> 8) & 0xff
  }
  return out
}

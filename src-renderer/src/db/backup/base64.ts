/**
 * Bytes in a backup: the document is JSON, so attachment bytes travel as standard base64 (RFC 4648,
 * with padding). Decoding is strict: a character outside the alphabet, a wrong length or padding in
 * the middle is refused rather than silently skipped, so a damaged file cannot restore altered bytes.
 */

/** Built in slices: String.fromCharCode with a 20 MB argument list would overflow the stack. */
export function bytesToBase64(bytes: Uint8Array): string {
  const chunks: string[] = []
  for (let i = 0; i < bytes.length; i += 0x8000) {
    chunks.push(String.fromCharCode(...bytes.subarray(i, i + 0x8000)))
  }
  return btoa(chunks.join(''))
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/u

export function isBase64(text: string): boolean {
  return BASE64.test(text)
}

/** How many bytes a valid base64 text decodes to, without decoding it. */
export function base64DecodedLength(text: string): number {
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0
  return (text.length / 4) * 3 - padding
}

/** Throws on anything that is not strict base64. */
export function base64ToBytes(text: string): Uint8Array {
  if (!isBase64(text)) throw new Error('not base64')
  const binary = atob(text)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

/**
 * Compression of backup files (fflate's gzip). Reading is bounded: the stream is inflated chunk by
 * chunk and stopped as soon as the output passes the limit, so a gzip bomb is refused without its
 * output ever being held in memory. The trailer's size and CRC-32 are checked too (fflate does not),
 * so a damaged file is called damaged rather than being passed on to the JSON reader.
 */
import { Gunzip, gzipSync } from 'fflate'
import { DomainError } from '../../domain/errors'
import { backupMessages } from './messages'

const CHUNK = 64 * 1024

export function gzip(data: Uint8Array): Uint8Array {
  return gzipSync(data, { level: 6 })
}

function isGzip(bytes: Uint8Array): boolean {
  // Magic bytes 1f 8b, method 8 (deflate); header 10 bytes + trailer 8 bytes at least.
  return bytes.length >= 18 && bytes[0] === 0x1f && bytes[1] === 0x8b && bytes[2] === 8
}

function tooLarge(maxBytes: number): DomainError {
  return new DomainError('backup_too_large', backupMessages.tooLarge(Math.round(maxBytes / 1024 / 1024)), {
    maxBytes,
  })
}

/**
 * Inflates a gzip file whose output must not exceed `maxBytes`; refuses anything else. Below 4 GB
 * the trailer's ISIZE is the exact output size, so a valid backup inflates to exactly that many
 * bytes: more or fewer means a damaged file. When the trailer announces more than the limit, the
 * stream is still inflated (counted, not kept) to tell a truncated file from a real bomb.
 */
export function gunzipBounded(bytes: Uint8Array, maxBytes: number): Uint8Array {
  if (!isGzip(bytes)) throw new DomainError('backup_not_gzip', backupMessages.notGzip)
  const n = bytes.length
  const declared = (bytes[n - 4] | (bytes[n - 3] << 8) | (bytes[n - 2] << 16) | (bytes[n - 1] << 24)) >>> 0
  const keep = declared <= maxBytes

  const out = new Uint8Array(keep ? declared : 0)
  let total = 0
  let crc = 0xffffffff
  let ended = false
  const inflater = new Gunzip((chunk, final) => {
    if (keep) {
      if (total + chunk.length > declared) throw corrupt()
      out.set(chunk, total)
      crc = crc32Update(crc, chunk)
    }
    total += chunk.length
    if (total > maxBytes) throw tooLarge(maxBytes)
    if (final) ended = true
  })
  try {
    for (let at = 0; at < n; at += CHUNK) {
      inflater.push(bytes.subarray(at, Math.min(at + CHUNK, n)), at + CHUNK >= n)
    }
  } catch (error) {
    if (error instanceof DomainError) throw error
    throw corrupt(error)
  }
  const declaredCrc = (bytes[n - 8] | (bytes[n - 7] << 8) | (bytes[n - 6] << 16) | (bytes[n - 5] << 24)) >>> 0
  if (!ended || total !== declared || (crc ^ 0xffffffff) >>> 0 !== declaredCrc) throw corrupt()
  return out
}

function corrupt(cause?: unknown): DomainError {
  return new DomainError(
    'backup_corrupt',
    backupMessages.corrupt,
    cause ? { cause: String(cause) } : undefined,
  )
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256)
  for (let i = 0; i < 256; i++) {
    let c = i
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    table[i] = c >>> 0
  }
  return table
})()

/** CRC-32 as gzip uses it (fflate computes it when writing but does not export it). */
function crc32Update(crc: number, chunk: Uint8Array): number {
  let c = crc
  for (let i = 0; i < chunk.length; i++) c = CRC_TABLE[(c ^ chunk[i]) & 0xff] ^ (c >>> 8)
  return c
}

/**
 * Compression of backup files. Reading is bounded: the stream is inflated chunk by chunk and
 * stopped as soon as the output passes the limit, so a gzip bomb is refused without its output
 * ever being held in memory. The trailer's size and CRC-32 are checked too (fflate does not), so a
 * damaged file is called damaged rather than being passed on to the JSON reader.
 *
 * The asynchronous pair uses the platform's own zlib (CompressionStream / DecompressionStream, in
 * Chromium, its workers and Node 20) where there is one: on a backup holding a 20 MB scan it
 * compressed 8 times and inflated 4 times faster than fflate (measured here), which is what keeps
 * a backup at the attachment limit, and the read-back check after it, to a few seconds. fflate
 * stays as the fallback and for the synchronous encodeBackup the tests build hostile files with.
 */
import { Gunzip, gzipSync } from 'fflate'
import { DomainError } from '../../domain/errors'
import { backupMessages } from './messages'

const CHUNK = 64 * 1024

export function gzip(data: Uint8Array): Uint8Array {
  return gzipSync(data, { level: 6 })
}

/** The platform has streams and zlib's own gzip (jsdom, for one, has no Blob streams). */
function nativeZlib(): boolean {
  return typeof CompressionStream !== 'undefined' && typeof ReadableStream !== 'undefined'
}

/**
 * `bytes` as a stream of CHUNK-sized pieces, handed out only as the reader asks for them. The
 * Compression Standard has a DecompressionStream inflate each written chunk completely before it
 * enqueues anything (Chromium does), so one chunk holding a whole 100 MB file could expand to
 * about 100 GB before the bound below ever sees a byte; a 64 KB piece expands to at most ~66 MB.
 */
function streamOf(bytes: Uint8Array): ReadableStream<Uint8Array> {
  let at = 0
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (at >= bytes.length) {
          controller.close()
          return
        }
        controller.enqueue(bytes.subarray(at, Math.min(at + CHUNK, bytes.length)))
        at += CHUNK
      },
    },
    { highWaterMark: 0 },
  )
}

/** gzip through the platform's zlib where there is one, else fflate. */
export async function gzipAsync(data: Uint8Array): Promise<Uint8Array> {
  if (!nativeZlib()) return gzip(data)
  const reader = streamOf(data)
    .pipeThrough(new CompressionStream('gzip') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>)
    .getReader()
  const chunks: Uint8Array[] = []
  let length = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    chunks.push(value)
    length += value.length
  }
  const out = new Uint8Array(length)
  let at = 0
  for (const chunk of chunks) {
    out.set(chunk, at)
    at += chunk.length
  }
  return out
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
  const plan = planInflate(bytes, maxBytes)
  const sink = new Sink(plan, maxBytes)
  const inflater = new Gunzip((chunk, final) => {
    sink.take(chunk)
    if (final) sink.ended = true
  })
  const n = bytes.length
  try {
    for (let at = 0; at < n; at += CHUNK) {
      inflater.push(bytes.subarray(at, Math.min(at + CHUNK, n)), at + CHUNK >= n)
    }
  } catch (error) {
    if (error instanceof DomainError) throw error
    throw corrupt(error)
  }
  return sink.finish()
}

/** gunzipBounded through the platform's zlib where there is one (same checks, same errors). */
export async function gunzipBoundedAsync(bytes: Uint8Array, maxBytes: number): Promise<Uint8Array> {
  if (!nativeZlib() || typeof DecompressionStream === 'undefined') return gunzipBounded(bytes, maxBytes)
  const plan = planInflate(bytes, maxBytes)
  const sink = new Sink(plan, maxBytes)
  const reader = streamOf(bytes)
    .pipeThrough(new DecompressionStream('gzip') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>)
    .getReader()
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      sink.take(value)
    }
    sink.ended = true
  } catch (error) {
    // Stop inflating what is left (a bomb's remaining output) before saying why.
    await reader.cancel().catch(() => undefined)
    if (error instanceof DomainError) throw error
    throw corrupt(error)
  }
  return sink.finish()
}

interface InflatePlan {
  /** The trailer's ISIZE: the exact output size of a sound file below 4 GB. */
  declared: number
  declaredCrc: number
  /** False when the trailer announces more than the limit: the output is counted, not kept. */
  keep: boolean
}

function planInflate(bytes: Uint8Array, maxBytes: number): InflatePlan {
  if (!isGzip(bytes)) throw new DomainError('backup_not_gzip', backupMessages.notGzip)
  const n = bytes.length
  const declared = (bytes[n - 4] | (bytes[n - 3] << 8) | (bytes[n - 2] << 16) | (bytes[n - 1] << 24)) >>> 0
  const declaredCrc = (bytes[n - 8] | (bytes[n - 7] << 8) | (bytes[n - 6] << 16) | (bytes[n - 5] << 24)) >>> 0
  return { declared, declaredCrc, keep: declared <= maxBytes }
}

/** Where the inflated chunks go: kept up to the declared size, counted against the limit, CRC'd. */
class Sink {
  readonly out: Uint8Array
  total = 0
  crc = 0xffffffff
  ended = false

  constructor(
    private readonly plan: InflatePlan,
    private readonly maxBytes: number,
  ) {
    this.out = new Uint8Array(plan.keep ? plan.declared : 0)
  }

  take(chunk: Uint8Array): void {
    if (this.plan.keep) {
      if (this.total + chunk.length > this.plan.declared) throw corrupt()
      this.out.set(chunk, this.total)
      this.crc = crc32Update(this.crc, chunk)
    }
    this.total += chunk.length
    if (this.total > this.maxBytes) throw tooLarge(this.maxBytes)
  }

  finish(): Uint8Array {
    const { declared, declaredCrc } = this.plan
    if (!this.ended || this.total !== declared || (this.crc ^ 0xffffffff) >>> 0 !== declaredCrc)
      throw corrupt()
    return this.out
  }
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

/**
 * The 500 MB inflate bound on the platform's zlib path. Node's DecompressionStream inflates lazily,
 * as the reader asks; the Compression Standard (and Chromium, where the app runs) inflates each
 * written chunk completely before enqueueing any of it. The stand-in below does what the standard
 * says and records the most it held at once, so the bound is checked the way Chromium runs it.
 */
import { Gunzip, Gzip } from 'fflate'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { gunzipBounded, gunzipBoundedAsync } from './gzip'

const MB = 1024 * 1024

let largestHeld = 0

/** A DecompressionStream that inflates each written chunk whole, then enqueues it (spec order). */
class SpecDecompressionStream {
  readonly readable: ReadableStream<Uint8Array>
  readonly writable: WritableStream<Uint8Array>

  constructor() {
    let pending: Uint8Array[] = []
    const inflater = new Gunzip((chunk) => pending.push(chunk))
    const enqueueAll = (controller: TransformStreamDefaultController<Uint8Array>) => {
      largestHeld = Math.max(
        largestHeld,
        pending.reduce((n, c) => n + c.length, 0),
      )
      for (const chunk of pending) controller.enqueue(chunk)
      pending = []
    }
    const stream = new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        inflater.push(chunk)
        enqueueAll(controller)
      },
      flush(controller) {
        inflater.push(new Uint8Array(0), true)
        enqueueAll(controller)
      },
    })
    this.readable = stream.readable
    this.writable = stream.writable
  }
}

/** `megabytes` MB of zeros, gzipped: about 1 KB per MB. */
function bombOf(megabytes: number): Uint8Array {
  const parts: Uint8Array[] = []
  const zipper = new Gzip({ level: 9 }, (chunk) => parts.push(chunk))
  const zeros = new Uint8Array(MB)
  for (let i = 0; i < megabytes; i++) zipper.push(zeros, i === megabytes - 1)
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

afterEach(() => {
  vi.unstubAllGlobals()
  largestHeld = 0
})

describe('inflating a backup through the platform’s zlib', () => {
  it('stops a gzip bomb near the limit even where a written chunk is inflated whole', async () => {
    vi.stubGlobal('DecompressionStream', SpecDecompressionStream)
    // 200 MB of zeros in about 200 KB, read with a 1 MB limit: handed to the inflater whole, the
    // file would be held as 200 MB before the limit was looked at.
    const bomb = bombOf(200)
    await expect(gunzipBoundedAsync(bomb, MB)).rejects.toMatchObject({ code: 'backup_too_large' })
    // One 64 KB piece of deflate expands to at most about 66 MB (1032:1).
    expect(largestHeld).toBeLessThanOrEqual(66 * MB)
  }, 60_000)

  it('still reads a sound file back byte for byte, piece by piece', async () => {
    vi.stubGlobal('DecompressionStream', SpecDecompressionStream)
    const text = new TextEncoder().encode('Hệ thống thông tin cấp độ 3. '.repeat(5_000))
    const parts: Uint8Array[] = []
    const zipper = new Gzip({ level: 1 }, (chunk) => parts.push(chunk))
    zipper.push(text, true)
    const file = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
    let at = 0
    for (const p of parts) {
      file.set(p, at)
      at += p.length
    }
    expect(await gunzipBoundedAsync(file, 10 * MB)).toEqual(text)
  })
})

describe('the inflate limit itself, on both paths', () => {
  const paths = [
    ['the platform’s zlib', gunzipBoundedAsync],
    [
      'fflate (where the platform has none)',
      async (bytes: Uint8Array, max: number) => gunzipBounded(bytes, max),
    ],
  ] as const

  it.each(paths)(
    '%s: a file inflating to exactly the limit is read, one byte more is refused',
    async (_, inflate) => {
      const file = bombOf(2)
      expect((await inflate(file, 2 * MB)).length).toBe(2 * MB)
      await expect(inflate(file, 2 * MB - 1)).rejects.toMatchObject({ code: 'backup_too_large' })
    },
  )
})

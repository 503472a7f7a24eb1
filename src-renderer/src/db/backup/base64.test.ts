import { describe, expect, it } from 'vitest'
import { MAX_ATTACHMENT_BYTES } from '../../domain/attachments'
import { base64DecodedLength, base64ToBytes, bytesToBase64, isBase64 } from './base64'

/** Bytes that do not repeat in any short period (a PRNG), so an off-by-one shifts visible data. */
function noise(length: number, seed = 1): Uint8Array {
  const out = new Uint8Array(length)
  let x = seed
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0
    out[i] = x >>> 24
  }
  return out
}

describe('base64 in backups', () => {
  it('encodes and decodes exactly as Node’s reference base64 at every tail length', () => {
    for (const length of [0, 1, 2, 3, 4, 5, 24_575, 24_576, 24_577, 100_003]) {
      const bytes = noise(length, length + 1)
      const reference = Buffer.from(bytes).toString('base64')
      expect(bytesToBase64(bytes)).toBe(reference)
      expect(isBase64(reference)).toBe(true)
      expect(base64DecodedLength(reference)).toBe(length)
      expect(base64ToBytes(reference)).toEqual(bytes)
    }
  })

  it('refuses what strict base64 is not: wrong length, foreign characters, padding in the middle', () => {
    for (const bad of [
      'A',
      'AB',
      'ABC',
      'AB=C',
      'A===',
      '====',
      'AB==AAAA',
      'AAA-',
      'AAA_',
      'AA A',
      'AAAé',
      'AA\nA',
    ]) {
      expect(isBase64(bad), bad).toBe(false)
      expect(() => base64ToBytes(bad), bad).toThrow('not base64')
    }
  })

  it(`checks and decodes an attachment at the ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB limit without running out of stack`, () => {
    const bytes = noise(MAX_ATTACHMENT_BYTES, 7)
    const text = bytesToBase64(bytes)
    expect(text).toBe(Buffer.from(bytes).toString('base64'))
    expect(isBase64(text)).toBe(true)
    expect(base64DecodedLength(text)).toBe(MAX_ATTACHMENT_BYTES)
    expect(Buffer.from(base64ToBytes(text)).equals(Buffer.from(bytes))).toBe(true)
    // One wrong character anywhere in 28 million is still found.
    const damaged = `${text.slice(0, 20_000_000)}*${text.slice(20_000_001)}`
    expect(isBase64(damaged)).toBe(false)
  })
})

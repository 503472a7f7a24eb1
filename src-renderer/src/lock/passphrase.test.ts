import { describe, expect, it } from 'vitest'
import { hashPassphrase, retryDelayMs, verifyPassphrase } from './passphrase'

// Few iterations keep the test fast; the derivation is the same code path.
const FAST = 1_000

describe('the screen-lock passphrase', () => {
  it('is accepted as typed and refused with any other text, case included', async () => {
    const stored = await hashPassphrase('Mật khẩu 2026', FAST)
    expect(await verifyPassphrase('Mật khẩu 2026', stored)).toBe(true)
    expect(await verifyPassphrase('mật khẩu 2026', stored)).toBe(false)
    expect(await verifyPassphrase('Mật khẩu 202', stored)).toBe(false)
    expect(await verifyPassphrase('', stored)).toBe(false)
  })

  it('is never stored as typed, and the same passphrase hashes differently each time (salted)', async () => {
    const a = await hashPassphrase('bimat123', FAST)
    const b = await hashPassphrase('bimat123', FAST)
    expect(JSON.stringify(a)).not.toContain('bimat123')
    expect(a.salt).not.toBe(b.salt)
    expect(a.hash).not.toBe(b.hash)
  })

  it('matches whichever Unicode form the keyboard produced (NFD ế vs NFC ế)', async () => {
    const stored = await hashPassphrase('Thế giới', FAST)
    expect(await verifyPassphrase('Thế giới'.normalize('NFD'), stored)).toBe(true)
  })

  it('lets three typos pass, then makes each further guess wait longer, up to a minute', () => {
    expect([0, 1, 2].map(retryDelayMs)).toEqual([0, 0, 0])
    expect(retryDelayMs(3)).toBe(2_000)
    expect(retryDelayMs(4)).toBe(4_000)
    expect(retryDelayMs(20)).toBe(60_000)
  })
})

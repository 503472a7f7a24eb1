import { describe, expect, it } from 'vitest'
import { formatBytes, isStorageLow, readStorageUse, requestPersistence } from './storage'

const MB = 1024 * 1024
const GB = 1024 * MB

describe('storage figures in Vietnamese', () => {
  it('use a decimal comma and binary units', () => {
    expect(formatBytes(12.3 * MB)).toBe('12,3 MB')
    expect(formatBytes(2.1 * GB)).toBe('2,1 GB')
    expect(formatBytes(512)).toBe('512 B')
    expect(formatBytes(1536)).toBe('1,5 KB')
    expect(formatBytes(3 * GB)).toBe('3 GB')
    expect(formatBytes(1500 * GB)).toBe('1,5 TB')
  })

  it('never show four digits: from 1.000 of a unit on, the next unit is used', () => {
    expect(formatBytes(1020 * 1024)).toBe('1 MB')
    expect(formatBytes(999)).toBe('999 B')
    expect(formatBytes(1000)).toBe('1 KB')
  })
})

describe('low storage', () => {
  it('is under 10 % of the quota or under 200 MB free', () => {
    // 10 GB quota: 10 % is 1 GB.
    expect(isStorageLow({ usage: 8.5 * GB, quota: 10 * GB })).toBe(false)
    expect(isStorageLow({ usage: 9.2 * GB, quota: 10 * GB })).toBe(true)
    // 1 GB quota: 10 % is 102 MB, but 200 MB is the floor.
    expect(isStorageLow({ usage: 700 * MB, quota: GB })).toBe(false)
    expect(isStorageLow({ usage: 850 * MB, quota: GB })).toBe(true)
    expect(isStorageLow({ usage: 0, quota: 0 })).toBe(false)
  })
})

describe('asking the browser', () => {
  it('reports granted, denied, or unsupported where there is no API', async () => {
    expect(await requestPersistence({ persist: async () => true, persisted: async () => false })).toBe(
      'granted',
    )
    expect(await requestPersistence({ persist: async () => false, persisted: async () => false })).toBe(
      'denied',
    )
    expect(await requestPersistence(undefined)).toBe('unsupported')
    expect(await requestPersistence({})).toBe('unsupported')
  })

  it('does not ask again when persistence is already granted', async () => {
    let asked = 0
    const storage = {
      persisted: async () => true,
      persist: async () => (asked++, true),
    }
    expect(await requestPersistence(storage)).toBe('granted')
    expect(asked).toBe(0)
  })

  it('reads used and quota, or nothing when the browser does not say', async () => {
    expect(await readStorageUse({ estimate: async () => ({ usage: 5, quota: 10 }) })).toEqual({
      usage: 5,
      quota: 10,
    })
    expect(await readStorageUse({ estimate: async () => ({}) })).toBeNull()
    expect(await readStorageUse(undefined)).toBeNull()
  })
})

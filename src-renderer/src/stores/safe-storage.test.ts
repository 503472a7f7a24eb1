// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { digestKey } from '../domain/reminders'
import { useRemindersMemory } from './reminders'

afterEach(() => vi.restoreAllMocks())

describe('the persisted UI stores', () => {
  it('keep working in memory when localStorage is full, with a warning instead of a crash', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    })
    const keys = Array.from({ length: 100_000 }, (_, i) => `assessment-overdue:system-${i}`)
    expect(() => useRemindersMemory.getState().markNotified('2026-11-30', keys)).not.toThrow()
    expect(useRemindersMemory.getState().seenKeys).toHaveLength(100_000)
    expect(warn).toHaveBeenCalled()
  })

  it('reads the memory of version 1 (full keys) as digests, so nothing is reported again', async () => {
    vi.restoreAllMocks()
    const full = 'system-1:assessment:overdue:2026-10-01'
    localStorage.setItem(
      'capdo.reminders',
      JSON.stringify({ state: { lastNotifiedOn: '2026-11-29', seenKeys: [full] }, version: 1 }),
    )
    await useRemindersMemory.persist.rehydrate()
    expect(useRemindersMemory.getState().lastNotifiedOn).toBe('2026-11-29')
    expect(useRemindersMemory.getState().seenKeys).toEqual([digestKey(full)])
  })
})

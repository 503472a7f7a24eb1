import { describe, expect, it } from 'vitest'
import { isIsoInstant } from './instant'

describe('an instant a record may carry', () => {
  it('accepts what toISOString writes, and an explicit Vietnam offset', () => {
    expect(isIsoInstant(new Date(Date.UTC(2026, 10, 30, 5, 14, 13, 123)).toISOString())).toBe(true)
    expect(isIsoInstant('2026-11-30T12:14:13+07:00')).toBe(true)
    expect(isIsoInstant('2028-02-29T00:00Z')).toBe(true)
  })

  it.each([
    ['a day that does not exist (30/02)', '2026-02-30T10:00:00.000Z'],
    ['29/02 of a common year', '2026-02-29T10:00:00.000Z'],
    ['hour 24', '2026-01-01T24:00:00.000Z'],
    ['minute 60', '2026-01-01T10:60:00.000Z'],
    ['second 60', '2026-01-01T10:00:60.000Z'],
    ['month 13', '2026-13-01T10:00:00.000Z'],
    ['day 00', '2026-01-00T10:00:00.000Z'],
    ['an offset beyond 14 hours', '2026-01-01T10:00:00+15:00'],
    ['no offset (a local time, ambiguous)', '2026-01-01T10:00:00'],
    ['a calendar date only', '2026-01-01'],
    ['a Vietnamese date', '01/01/2026 10:00'],
    ['spaces around it', ' 2026-01-01T10:00:00Z'],
    ['year 0000', '0000-01-01T10:00:00Z'],
    ['a short string', 'x'],
  ])('refuses %s', (_label, value) => {
    expect(isIsoInstant(value)).toBe(false)
  })

  it('refuses what is not a string', () => {
    expect(isIsoInstant(1_767_225_600_000)).toBe(false)
    expect(isIsoInstant(null)).toBe(false)
  })
})

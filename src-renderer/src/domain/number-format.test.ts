import { describe, expect, it } from 'vitest'
import { formatCount } from './number-format'

describe('formatCount', () => {
  it('groups thousands with a dot, as Vietnamese writes them', () => {
    expect(formatCount(0)).toBe('0')
    expect(formatCount(999)).toBe('999')
    expect(formatCount(1005)).toBe('1.005')
    expect(formatCount(20000)).toBe('20.000')
    expect(formatCount(100000)).toBe('100.000')
    expect(formatCount(1234567)).toBe('1.234.567')
    expect(formatCount(-1005)).toBe('-1.005')
  })
})

import { describe, expect, it } from 'vitest'
import { growthRatio, medianOf, percentile } from '../../bench/browser/stats'

describe('bench statistics', () => {
  it('reports the nearest-rank percentile, a latency that was really observed', () => {
    const samples = Array.from({ length: 50 }, (_, i) => 50 - i) // 50, 49, … 1, unsorted
    expect(percentile(samples, 50)).toBe(25)
    expect(percentile(samples, 95)).toBe(48) // ceil(0.95 × 50) = 48th smallest
    expect(percentile(samples, 100)).toBe(50)
    expect(percentile(samples, 0)).toBe(1)
    expect(percentile([7.5], 95)).toBe(7.5)
  })

  it('lets one slow keystroke in twenty show at p95 but not at the median', () => {
    const samples = [...Array.from({ length: 19 }, () => 20), 400]
    expect(medianOf(samples)).toBe(20)
    expect(percentile(samples, 95)).toBe(20)
    expect(percentile([...samples, 400], 95)).toBe(400)
  })

  it('does not reorder the caller’s samples', () => {
    const samples = [3, 1, 2]
    percentile(samples, 50)
    expect(samples).toEqual([3, 1, 2])
  })

  it('refuses an empty sample or a percentile outside 0–100', () => {
    expect(() => percentile([], 50)).toThrow()
    expect(() => percentile([1], 101)).toThrow()
    expect(() => percentile([1], Number.NaN)).toThrow()
  })

  it('calls growth linear when the time per system stays the same', () => {
    expect(growthRatio({ ms: 1000, systems: 20_000 }, { ms: 5000, systems: 100_000 })).toBeCloseTo(1)
    expect(growthRatio({ ms: 1000, systems: 20_000 }, { ms: 25_000, systems: 100_000 })).toBeCloseTo(5)
    expect(growthRatio({ ms: 1000, systems: 20_000 }, { ms: 4000, systems: 100_000 })).toBeCloseTo(0.8)
  })
})

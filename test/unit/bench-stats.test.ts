import { describe, expect, it } from 'vitest'
import { growthRatio, medianOf, percentile } from '../../bench/browser/stats'
import { formatMs, formatRatio, formatTable, timedRow } from '../../bench/table'

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

describe('bench table: each figure beside its floor', () => {
  it('gives the ratio to the floor and judges every bound of the target', () => {
    const load = timedRow('load', 1800, 1500, { maxRatio: 1.2 })
    expect(load).toMatchObject({
      value: '1800 ms',
      floor: '1500 ms',
      ratio: '1.20×',
      target: '≤ 1.2× floor',
      met: true,
    })
    expect(timedRow('load', 1801, 1500, { maxRatio: 1.2 }).met).toBe(false)
    // Both bounds must hold: fast enough in absolute time but too far above the floor is missed.
    const open = timedRow('open', 900, 500, { maxMs: 1000, maxRatio: 1.5 })
    expect(open).toMatchObject({ ratio: '1.80×', target: '≤ 1000 ms and ≤ 1.5× floor', met: false })
    expect(timedRow('open', 1100, 1000, { maxMs: 1000, maxRatio: 1.5 }).met).toBe(false)
    expect(timedRow('open', 740, 500, { maxMs: 1000, maxRatio: 1.5 }).met).toBe(true)
  })

  it('does not pass a ratio target when the floor is missing or not a time', () => {
    for (const floor of [undefined, 0, Number.NaN]) {
      const row = timedRow('x', 10, floor, { maxRatio: 2 })
      expect(row.met).toBe(false)
      expect(row.ratio).toBeUndefined()
    }
    expect(timedRow('x', 10, undefined, {})).not.toHaveProperty('met')
    expect(timedRow('x', 10, undefined, {}).target).toBe('—')
  })

  it('keeps the figure’s own text (wall clock with CPU) and formats short times to a tenth', () => {
    expect(formatMs(49.96)).toBe('50.0 ms')
    expect(formatMs(100.4)).toBe('100 ms')
    expect(formatRatio(1.234)).toBe('1.23×')
    expect(timedRow('x', 120, 60, { maxMs: 100 }, '120 ms (CPU 90.0 ms)')).toMatchObject({
      value: '120 ms (CPU 90.0 ms)',
      ratio: '2.00×',
      met: false,
    })
  })

  it('prints aligned columns: figure, value, floor, ratio, target and the mark', () => {
    const lines = formatTable([
      timedRow('search p95', 194, 12.5, { maxMs: 50 }),
      { figure: 'heap', value: '70 MB', target: '≤ 400 MB', met: true },
    ])
    expect(lines).toEqual([
      'figure       value    floor   ratio  target',
      'search p95  194 ms  12.5 ms  15.52×  ≤ 50 ms  ✗ missed',
      'heap         70 MB                   ≤ 400 MB  ✓',
    ])
  })
})

import { describe, expect, it } from 'vitest'
import { Random, mulberry32 } from './prng'

describe('seeded random', () => {
  it('repeats the same sequence for the same seed and differs for another', () => {
    const a = mulberry32(42)
    const b = mulberry32(42)
    const c = mulberry32(43)
    const seqA = Array.from({ length: 5 }, a)
    expect(Array.from({ length: 5 }, b)).toEqual(seqA)
    expect(Array.from({ length: 5 }, c)).not.toEqual(seqA)
    for (const x of seqA) expect(x >= 0 && x < 1).toBe(true)
  })

  it('draws integers and dates inside their bounds, both ends included', () => {
    const rng = new Random(7)
    const ints = new Set(Array.from({ length: 500 }, () => rng.int(1, 3)))
    expect([...ints].sort()).toEqual([1, 2, 3])
    const dates = Array.from({ length: 500 }, () => rng.date('2024-02-27', '2024-03-01'))
    expect(new Set(dates)).toEqual(new Set(['2024-02-27', '2024-02-28', '2024-02-29', '2024-03-01']))
  })

  it('makes version-4-shaped ids', () => {
    const id = new Random(1).uuid()
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  })
})

/**
 * A seeded pseudo-random generator (mulberry32) and the few draws the demo data needs. The same
 * seed gives the same sequence on every machine, so the demo register, the benchmark's 20,000
 * systems and the e2e fixtures are reproducible. Never Math.random, never the clock.
 */
import type { IsoDate } from '../domain/calendar-date'
import { dateOf, dayOf } from './dates'

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'))

export function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export class Random {
  private readonly next: () => number

  constructor(seed: number) {
    this.next = mulberry32(seed)
  }

  /** In [0, 1). */
  float(): number {
    return this.next()
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  chance(probability: number): boolean {
    return this.next() < probability
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]
  }

  /** One value, drawn in proportion to its weight. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, w]) => sum + w, 0)
    let r = this.next() * total
    for (const [value, weight] of entries) {
      r -= weight
      if (r < 0) return value
    }
    return entries[entries.length - 1][0]
  }

  /**
   * A drawer over fixed weights: cumulative sums once, then a binary search per draw (for
   * choosing among hundreds of units 20,000 times).
   */
  weightedTable<T>(entries: readonly (readonly [T, number])[]): () => T {
    const cumulative: number[] = []
    let total = 0
    for (const [, weight] of entries) cumulative.push((total += weight))
    return () => {
      const r = this.next() * total
      let lo = 0
      let hi = cumulative.length - 1
      while (lo < hi) {
        const mid = (lo + hi) >>> 1
        if (cumulative[mid] > r) hi = mid
        else lo = mid + 1
      }
      return entries[lo][0]
    }
  }

  /** A calendar date in [from, to], both included (`from` if the range is empty). */
  date(from: IsoDate, to: IsoDate): IsoDate {
    const a = dayOf(from)
    const b = dayOf(to)
    return b <= a ? from : dateOf(this.int(a, b))
  }

  /** A date `min`–`max` days after (or, with negative numbers, before) `date`. */
  daysFrom(date: IsoDate, min: number, max: number): IsoDate {
    return dateOf(dayOf(date) + this.int(min, max))
  }

  /** `YYYY-MM-DDThh:mm:00.000Z` on `date`, during Vietnamese office hours. */
  instant(date: IsoDate): string {
    const hh = String(this.int(1, 9)).padStart(2, '0')
    const mm = String(this.int(0, 59)).padStart(2, '0')
    return `${date}T${hh}:${mm}:00.000Z`
  }

  /** An RFC 4122 version-4-shaped id drawn from the sequence (stable per seed, unlike randomUUID). */
  uuid(): string {
    const b: number[] = []
    for (let i = 0; i < 4; i++) {
      const word = Math.floor(this.next() * 0x100000000)
      b.push(word >>> 24, (word >>> 16) & 0xff, (word >>> 8) & 0xff, word & 0xff)
    }
    b[6] = (b[6] & 0x0f) | 0x40
    b[8] = (b[8] & 0x3f) | 0x80
    const h = b.map((x) => HEX[x])
    // One flat string (join), as an id read from IndexedDB is: a template literal this long is a
    // V8 rope, and Map lookups by rope ids cost the evaluation of 20,000 systems a few ms more.
    h.splice(10, 0, '-')
    h.splice(8, 0, '-')
    h.splice(6, 0, '-')
    h.splice(4, 0, '-')
    return h.join('')
  }
}

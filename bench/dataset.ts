/**
 * The benchmark's register: the demo generator at province scale (20,000 systems over 300 units
 * in 8 blocks by default), topped up with periodic assessments to the target count. Seeded, so
 * every run measures the same data.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { addDays, type IsoDate } from '../src-renderer/src/domain/calendar-date'
import type { Assessment } from '../src-renderer/src/domain/types'
import { generateDemoDataset, type DemoDataset } from '../src-renderer/src/demo/generate'
import { Random } from '../src-renderer/src/demo/prng'
import { parseUnitsCsv } from '../src-renderer/src/demo/units-csv'

export interface BenchScale {
  systems: number
  units: number
  assessments: number
}

export function scaleOf(factor: number): BenchScale {
  return {
    systems: Math.max(50, Math.round(20_000 * factor)),
    units: Math.max(95, Math.round(300 * Math.min(factor, 5))),
    assessments: Math.max(100, Math.round(50_000 * factor)),
  }
}

/** The seed of the benchmark's dataset, in Node and in Chromium alike. */
export const BENCH_SEED = 2026

export function benchDataset(scale: BenchScale, asOf: IsoDate, seed = BENCH_SEED): DemoDataset {
  const csv = readFileSync(resolve(__dirname, '../resources/seed/don-vi-mau-hai-phong.csv'), 'utf8')
  const data = generateDemoDataset({
    seed,
    asOf,
    seedUnits: parseUnitsCsv(csv),
    systemsCount: scale.systems,
    unitsCount: scale.units,
  })
  const random = new Random(seed + 1)
  const extra: Assessment[] = []
  for (let i = data.assessments.length; i < scale.assessments; i++) {
    const system = data.systems[random.int(0, data.systems.length - 1)]
    extra.push({
      id: `bench-asm-${i}`,
      systemId: system.id,
      date: addDays(asOf, -random.int(1, 1500)),
      kind: 'periodic',
      assessor: 'Trung tâm Giám sát an toàn không gian mạng',
      result: 'Đạt',
      findings: '',
      createdAt: system.createdAt,
      updatedAt: system.createdAt,
    })
  }
  return { ...data, assessments: [...data.assessments, ...extra] }
}

import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { isIsoDate } from '../domain/calendar-date'
import { systemBelowCriteria } from '../domain/law/justification-record'
import { evaluateRegister } from '../domain/register'
import { ND85_CT09_2024 } from '../domain/rule-set'
import { normalizeText } from '../domain/text'
import type { SystemRecord } from '../domain/types'
import { generateDemoDataset } from './generate'
import { parseUnitsCsv } from './units-csv'

const seedUnits = parseUnitsCsv(
  readFileSync(
    fileURLToPath(new URL('../../../resources/seed/don-vi-mau-hai-phong.csv', import.meta.url)),
    'utf8',
  ),
)
const asOf = '2026-11-22'

function share(systems: readonly SystemRecord[], test: (s: SystemRecord) => boolean): number {
  return systems.filter(test).length / systems.length
}

describe('generateDemoDataset', () => {
  it('gives identical records for the same seed and different ones for another seed', () => {
    const a = generateDemoDataset({ seed: 7, asOf, seedUnits })
    const b = generateDemoDataset({ seed: 7, asOf, seedUnits })
    const c = generateDemoDataset({ seed: 8, asOf, seedUnits })
    expect(b).toEqual(a)
    expect(c.systems.map((s) => s.id)).not.toEqual(a.systems.map((s) => s.id))
  })

  it('saves level-wizard answers on some systems, a few with a level below what the answers call for', () => {
    const { systems } = generateDemoDataset({ seed: 1, asOf, seedUnits })
    const justified = systems.filter((s) => s.levelJustification !== null)
    expect(justified.length).toBeGreaterThanOrEqual(10)
    for (const s of justified) {
      expect(s.levelJustification?.text).toContain(`Hệ thống thông tin: ${s.name}`)
      expect(s.levelJustification?.answers.systemType).toBe(s.systemType)
    }
    const below = systems.filter(systemBelowCriteria)
    expect(below.length).toBeGreaterThan(0)
    expect(below.length).toBeLessThan(justified.length)
  })

  it('uses the 95 units of the seed list in their 8 blocks and spreads 300 systems over all of them', () => {
    const { units, systems } = generateDemoDataset({ seed: 1, asOf, seedUnits })
    expect(units).toHaveLength(95)
    expect(new Set(units.map((u) => u.block)).size).toBe(8)
    expect(units.map((u) => u.name)).toEqual(seedUnits.map((u) => u.name))
    expect(systems).toHaveLength(300)
    expect(new Set(systems.map((s) => s.unitId))).toEqual(new Set(units.map((u) => u.id)))
    expect(new Set(systems.map((s) => s.id)).size).toBe(300)
    expect(new Set(systems.map((s) => s.name)).size).toBe(300)
  })

  it('adds communes beyond the seed list for a benchmark-sized register', () => {
    const { units, systems } = generateDemoDataset({
      seed: 1,
      asOf,
      seedUnits,
      unitsCount: 300,
      systemsCount: 2000,
    })
    expect(units).toHaveLength(300)
    expect(new Set(units.map((u) => u.name)).size).toBe(300)
    expect(units[95].name).toBe('Ủy ban nhân dân phường An Biên')
    expect(units[95].block).toBe('Ủy ban nhân dân các xã, phường')
    expect(systems).toHaveLength(2000)
  })

  it('writes plausible Vietnamese in NFC, with decision numbers like 1234/QĐ-UBND', () => {
    const { systems } = generateDemoDataset({ seed: 3, asOf, seedUnits })
    for (const s of systems) expect(s.name).toBe(normalizeText(s.name))
    expect(systems.some((s) => s.name.startsWith('Cổng thông tin điện tử Sở '))).toBe(true)
    const approved = systems.filter((s) => s.dossierState === 'approved')
    for (const s of approved) expect(s.decisionNo).toMatch(/^\d{3,4}\/QĐ-[A-ZĐ]+$/)
    expect(approved.some((s) => s.decisionNo.endsWith('/QĐ-UBND'))).toBe(true)
  })

  it('keeps levels mostly 2 and 3, with some 1, 4, 5 and about 5 % unknown', () => {
    const { systems } = generateDemoDataset({ seed: 5, asOf, seedUnits, systemsCount: 3000 })
    const level = (l: number | null) => share(systems, (s) => s.level === l)
    expect(level(2) + level(3)).toBeGreaterThan(0.7)
    for (const l of [1, 4, 5]) expect(level(l)).toBeGreaterThan(0.01)
    expect(level(null)).toBeGreaterThan(0.03)
    expect(level(null)).toBeLessThan(0.08)
    for (const state of [
      'not_started',
      'drafting',
      'submitted',
      'appraised',
      'approved',
      'revising',
    ] as const) {
      expect(share(systems, (s) => s.dossierState === state)).toBeGreaterThan(0.02)
    }
    for (const d of ['none', 'partial', 'full'] as const) {
      expect(share(systems, (s) => s.deploymentState === d)).toBeGreaterThan(0.1)
    }
  })

  it.each(['2026-11-22', '2025-06-15', '2019-03-01'])('dates every recorded fact on or before %s', (day) => {
    const { systems, assessments } = generateDemoDataset({ seed: 11, asOf: day, seedUnits })
    const facts = systems.flatMap((s) => [
      s.submittedOn,
      s.appraisedOn,
      s.approvedOn,
      s.securityRulesOn,
      s.deployedOn,
    ])
    for (const d of [...facts, ...assessments.map((a) => a.date)]) {
      if (d === null) continue
      expect(isIsoDate(d)).toBe(true)
      expect(d <= day).toBe(true)
    }
    for (const s of systems) {
      expect(s.createdAt.slice(0, 10) <= day).toBe(true)
      if (s.approvedOn && s.submittedOn) expect(s.submittedOn < s.approvedOn).toBe(true)
      if (s.deployedOn) expect(s.deploymentState).toBe('full')
      if (s.commissionedOn && s.commissionedOn > day) expect(s.dossierState).not.toBe('approved')
    }
  })

  it.each(['2026-11-22', '2025-06-15'])(
    'shows a realistic mix of overdue, due-soon and on-time assessments on %s',
    (day) => {
      const dataset = generateDemoDataset({ seed: 2024, asOf: day, seedUnits })
      const { totals } = evaluateRegister(dataset, ND85_CT09_2024, day).aggregates
      const applicable = dataset.systems.filter((s) => s.approvedOn !== null && s.level !== null).length
      expect(totals.assessmentOverdue / applicable).toBeGreaterThan(0.1)
      expect(totals.assessmentOverdue / applicable).toBeLessThan(0.5)
      expect(totals.assessmentDueSoon / applicable).toBeGreaterThan(0.03)
      expect(totals.assessmentDueSoon / applicable).toBeLessThan(0.25)
      expect(totals.approved / totals.systems).toBeGreaterThan(0.4)
      expect(totals.approved / totals.systems).toBeLessThan(0.85)
      expect(totals.missingLevel).toBeGreaterThan(0)
      for (const kind of ['periodic', 'pre_operation', 'ad_hoc'] as const) {
        expect(dataset.assessments.some((a) => a.kind === kind)).toBe(true)
      }
    },
  )

  it('refuses nonsense options in Vietnamese', () => {
    expect(() => generateDemoDataset({ seed: 1, asOf: '2026-02-30', seedUnits })).toThrow('Ngày không hợp lệ')
    expect(() => generateDemoDataset({ seed: 1, asOf, seedUnits, systemsCount: -1 })).toThrow(
      'Số hệ thống của dữ liệu mẫu phải là số nguyên không âm.',
    )
  })
})

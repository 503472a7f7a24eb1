/**
 * The units of the demo register: the seed list, plus communes when a benchmark asks for more,
 * and for each unit who owns its systems and how many it tends to run.
 */
import type { IsoDate } from '../domain/calendar-date'
import { foldKey } from '../domain/text'
import type { Unit } from '../domain/types'
import {
  CITY_PARTY_COMMITTEE,
  CITY_PEOPLES_COMMITTEE,
  COMMUNE_NAMES,
  EXTRA_UNITS_BLOCK,
  GENERAL_SYSTEMS,
  SECTOR_SYSTEMS,
  type SystemTemplate,
} from './catalogue'
import { plusDays as addDays } from './dates'
import type { Random } from './prng'
import type { SeedUnit } from './units-csv'

export function hasPhrase(folded: string, phrase: string): boolean {
  return ` ${folded} `.includes(` ${phrase} `)
}

export interface UnitProfile {
  unit: Unit
  owner: string
  /** How many systems this unit tends to run, relative to others. */
  weight: number
  /** The kinds of systems it may run: its sector's (more likely) and the general ones. */
  templates: readonly (readonly [SystemTemplate, number])[]
}

export function profile(unit: Unit): UnitProfile {
  const block = foldKey(unit.block)
  const folded = `${foldKey(unit.name)} | ${block}`
  let owner = CITY_PEOPLES_COMMITTEE
  let weight = 1
  if (hasPhrase(block, 'dang')) {
    owner = CITY_PARTY_COMMITTEE
    weight = 1.5
  } else if (hasPhrase(block, 'trung uong')) {
    owner = unit.name
    weight = 2
  } else if (hasPhrase(block, 'doanh nghiep')) {
    owner = unit.name
    weight = 1.5
  } else if (hasPhrase(block, 'chinh tri')) {
    owner = unit.name
  } else if (hasPhrase(block, 'truc thuoc uy ban nhan dan thanh pho')) {
    weight = 4
  } else if (hasPhrase(block, 'quan uy')) {
    weight = 3
  } else if (hasPhrase(block, 'su nghiep')) {
    weight = 2
  }
  const sector = SECTOR_SYSTEMS.filter((t) => t.sectors?.some((phrase) => hasPhrase(folded, phrase)))
  const templates = [...sector.map((t) => [t, 3] as const), ...GENERAL_SYSTEMS.map((t) => [t, 1] as const)]
  return { unit, owner, weight, templates }
}

export function makeUnits(rng: Random, seedUnits: readonly SeedUnit[], count: number, asOf: IsoDate): Unit[] {
  const createdAt = `${addDays(asOf, -400)}T01:00:00.000Z`
  const unit = (name: string, block: string): Unit => ({
    id: rng.uuid(),
    name,
    block,
    parentId: null,
    createdAt,
    updatedAt: createdAt,
  })
  const units = seedUnits.slice(0, count).map((s) => unit(s.name, s.block))
  const taken = new Set(units.map((u) => u.name))
  for (let i = 0; units.length < count; i++) {
    const place = COMMUNE_NAMES[i % COMMUNE_NAMES.length]
    const round = Math.floor(i / COMMUNE_NAMES.length)
    const kind = round % 2 === 0 ? 'phường' : 'xã'
    const suffix = round >= 2 ? ` ${Math.floor(round / 2) + 1}` : ''
    const name = `Ủy ban nhân dân ${kind} ${place}${suffix}`
    if (taken.has(name)) continue
    taken.add(name)
    units.push(unit(name, EXTRA_UNITS_BLOCK))
  }
  return units
}

/** Which unit each system belongs to: one per unit first (when there are enough), then by weight. */
export function assignUnits(rng: Random, profiles: readonly UnitProfile[], count: number): UnitProfile[] {
  if (profiles.length === 0) return []
  const out = count >= profiles.length ? [...profiles] : []
  const draw = rng.weightedTable(profiles.map((p) => [p, p.weight] as const))
  while (out.length < count) out.push(draw())
  return out
}

/** Capitalised words' first letters without accents but with Đ, as in document symbols: "Viettel Hải Phòng" → "VHP". */

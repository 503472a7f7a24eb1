/**
 * The Units screen's rows: units grouped by block, each with its number of systems, filtered by
 * the search box (case- and diacritic-insensitive, on the unit's name or its block).
 */
import { compareVi, foldText, matchesFolded, queryWords } from '../../domain/text'
import type { Unit } from '../../domain/types'

export interface UnitRow {
  kind: 'unit'
  key: string
  unit: Unit
  parentName: string | null
  systems: number
}

export interface BlockGroup {
  kind: 'block'
  key: string
  /** The block's name; '' for units not yet put in a block. */
  block: string
  /** Units and systems of the whole block, whatever the search shows. */
  unitCount: number
  systemCount: number
  children: UnitRow[]
}

/** Block groups in Vietnamese order (units without a block last), units alphabetical inside. */
export function groupUnitsByBlock(
  units: readonly Unit[],
  counts: ReadonlyMap<string, number>,
  query: string,
): BlockGroup[] {
  const names = new Map(units.map((u) => [u.id, u.name]))
  const words = queryWords(query)
  const groups = new Map<string, BlockGroup>()
  for (const unit of units) {
    let group = groups.get(unit.block)
    if (!group) {
      group = {
        kind: 'block',
        key: `block:${unit.block}`,
        block: unit.block,
        unitCount: 0,
        systemCount: 0,
        children: [],
      }
      groups.set(unit.block, group)
    }
    const systems = counts.get(unit.id) ?? 0
    group.unitCount += 1
    group.systemCount += systems
    if (words.length === 0 || matchesFolded(foldText(`${unit.name} ${unit.block}`), words)) {
      const parentName = unit.parentId === null ? null : (names.get(unit.parentId) ?? null)
      group.children.push({ kind: 'unit', key: unit.id, unit, parentName, systems })
    }
  }
  return [...groups.values()]
    .filter((g) => g.children.length > 0)
    .map((g) => ({ ...g, children: g.children.sort((a, b) => compareVi(a.unit.name, b.unit.name)) }))
    .sort((a, b) => Number(a.block === '') - Number(b.block === '') || compareVi(a.block, b.block))
}

/** The distinct non-empty blocks, for the form's choices. */
export function listBlocks(units: readonly Unit[]): string[] {
  return [...new Set(units.map((u) => u.block).filter(Boolean))].sort(compareVi)
}

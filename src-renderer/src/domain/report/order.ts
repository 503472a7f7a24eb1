/**
 * The order systems are listed in every report sheet: by block, then unit, then name, in
 * Vietnamese alphabetical order, systems with no block last. Names of blocks and units are the
 * ones the aggregates use, so a sheet's grouping matches the summary's figures.
 */
import type { EvaluatedSystem } from '../register'
import { UNKNOWN_BLOCK, UNKNOWN_UNIT } from '../register'
import { compareVi } from '../text'

export function unitNameOf(row: EvaluatedSystem): string {
  return row.unit?.name ?? UNKNOWN_UNIT
}

export function blockNameOf(row: EvaluatedSystem): string {
  return row.unit?.block || UNKNOWN_BLOCK
}

/** Vietnamese order with the "unknown" bucket last. */
export function compareGroupNames(a: string, b: string, unknown: string): number {
  if (a === b) return 0
  if (a === unknown) return 1
  if (b === unknown) return -1
  return compareVi(a, b)
}

export function compareSystems(a: EvaluatedSystem, b: EvaluatedSystem): number {
  return (
    compareGroupNames(blockNameOf(a), blockNameOf(b), UNKNOWN_BLOCK) ||
    compareGroupNames(unitNameOf(a), unitNameOf(b), UNKNOWN_UNIT) ||
    compareVi(a.system.name, b.system.name)
  )
}

export function sortSystems(rows: readonly EvaluatedSystem[]): EvaluatedSystem[] {
  return [...rows].sort(compareSystems)
}

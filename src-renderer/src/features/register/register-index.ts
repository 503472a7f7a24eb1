/**
 * What the register screen precomputes once per data change, so that typing in the search box or
 * clicking a column header at 20,000 systems does no Vietnamese folding or collation per row:
 * the rows in name order, each row's folded search text, and the collation rank of every name,
 * unit and block (sorting then compares numbers).
 */
import { UNKNOWN_BLOCK, UNKNOWN_UNIT, type EvaluatedSystem } from '../../domain/register'
import { searchText } from '../../domain/register-filter'
import { compareVi } from '../../domain/text'
import type { Level } from '../../domain/types'

export interface RegisterIndex {
  /** Every row, in Vietnamese alphabetical order of the system's name. */
  rows: EvaluatedSystem[]
  byId: Map<string, EvaluatedSystem>
  /** The folded search text of a row, for filterRegister's `folded` argument. */
  folded: (row: EvaluatedSystem) => string
  nameRank: (row: EvaluatedSystem) => number
  unitRank: (row: EvaluatedSystem) => number
  blockRank: (row: EvaluatedSystem) => number
  /** The blocks the rows belong to, sorted; UNKNOWN_BLOCK last when some unit has none. */
  blocks: string[]
  /** The level a row's saved answers call for, when its proposed level is below it. */
  belowCriteria: (row: EvaluatedSystem) => Level | undefined
}

/** The unit's name, and its block under the name the aggregates and the filter give a missing one. */
export const unitNameOf = (row: EvaluatedSystem): string => row.unit?.name || UNKNOWN_UNIT
export const blockOf = (row: EvaluatedSystem): string => row.unit?.block || UNKNOWN_BLOCK

/** Rank of each distinct value in Vietnamese order; `last` (the "unknown" label) after every name. */
function ranks(values: Iterable<string>, last: string): Map<string, number> {
  const sorted = [...new Set(values)].sort((a, b) => (a === last ? 1 : b === last ? -1 : compareVi(a, b)))
  return new Map(sorted.map((v, i) => [v, i]))
}

/**
 * A row's folded search text, kept per stored record: the register's snapshot keeps every record
 * that did not change as the same object (db/hooks/register-snapshot.ts), so after an edit only
 * the edited system is folded again. The unit is part of the text, hence part of the check.
 */
const foldedByRecord = new WeakMap<
  EvaluatedSystem['system'],
  { unit: EvaluatedSystem['unit']; text: string }
>()

function foldedOnce(row: EvaluatedSystem): string {
  const cached = foldedByRecord.get(row.system)
  if (cached && cached.unit === row.unit) return cached.text
  const text = searchText(row)
  foldedByRecord.set(row.system, { unit: row.unit, text })
  return text
}

/** @param below the systems below their criteria (useBelowCriteria), judged once per snapshot. */
export function buildRegisterIndex(
  input: readonly EvaluatedSystem[],
  below: ReadonlyMap<string, Level> = new Map(),
): RegisterIndex {
  const rows = [...input].sort(
    (a, b) => compareVi(a.system.name, b.system.name) || compareVi(unitNameOf(a), unitNameOf(b)),
  )
  const byId = new Map(rows.map((r) => [r.system.id, r]))
  const folded = new Map(rows.map((r) => [r.system.id, foldedOnce(r)]))
  const names = new Map(rows.map((r, i) => [r.system.id, i]))
  const units = ranks(rows.map(unitNameOf), UNKNOWN_UNIT)
  const blockRanks = ranks(rows.map(blockOf), UNKNOWN_BLOCK)
  return {
    rows,
    byId,
    folded: (row) => folded.get(row.system.id) ?? searchText(row),
    nameRank: (row) => names.get(row.system.id) ?? 0,
    unitRank: (row) => units.get(unitNameOf(row)) ?? 0,
    blockRank: (row) => blockRanks.get(blockOf(row)) ?? 0,
    blocks: [...blockRanks.keys()],
    belowCriteria: (row) => below.get(row.system.id),
  }
}

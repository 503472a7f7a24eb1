/**
 * What importing the province's unit list (khối, stt, tên đơn vị) into the register would do,
 * before anything is written (issue 15): the units to add, the register's units whose block
 * would change, the units already as the list has them. A listed unit is the register's unit of
 * the same name ignoring case, diacritics, punctuation and spacing (foldKey, the import's own
 * matching, so an inventory naming "SỞ Y TẾ" later finds the unit the list added as "Sở Y tế").
 * A unit is never renamed by the list; its block changes only where the officer ticks it.
 */
import type { KnownUnit } from './inventory/unit-blocks'
import { foldKey } from './text'
import type { Unit } from './types'

/** A unit of the list, with the row of the file it is on (as a spreadsheet program numbers it). */
export interface ListedUnit extends KnownUnit {
  row: number
}

export interface UnitToAdd {
  name: string
  block: string
  row: number
}

export interface BlockChange {
  unitId: string
  /** The unit's name in the register (kept). */
  name: string
  /** The name as the list writes it, when it is written otherwise. */
  listName?: string
  /** The block the unit has now; '' when it has none ("Chưa phân khối"). */
  from: string
  to: string
  row: number
}

export interface MatchingUnit {
  unitId: string
  name: string
  block: string
}

/** A later row naming a unit already listed: left out. */
export interface RepeatedUnit {
  name: string
  row: number
  /** The row the unit was first listed on, whose block counts. */
  firstRow: number
  /** Whether the repeated row gives another block than the first. */
  otherBlock: boolean
}

export interface UnitListPlan {
  add: UnitToAdd[]
  blockChanges: BlockChange[]
  matching: MatchingUnit[]
  repeated: RepeatedUnit[]
  /** Units of the register the list does not name: left as they are. */
  notListed: number
}

/**
 * The plan of a list against the register's units. In the list's order; the first row naming a
 * unit counts, later ones are reported as repeated.
 */
export function planUnitList(units: readonly Unit[], listed: readonly ListedUnit[]): UnitListPlan {
  const registered = new Map<string, Unit>()
  for (const u of units) if (!registered.has(foldKey(u.name))) registered.set(foldKey(u.name), u)
  const plan: UnitListPlan = { add: [], blockChanges: [], matching: [], repeated: [], notListed: 0 }
  const seen = new Map<string, ListedUnit>()
  for (const entry of listed) {
    const key = foldKey(entry.name)
    const first = seen.get(key)
    if (first) {
      plan.repeated.push({
        name: entry.name,
        row: entry.row,
        firstRow: first.row,
        otherBlock: foldKey(first.block) !== foldKey(entry.block),
      })
      continue
    }
    seen.set(key, entry)
    const unit = registered.get(key)
    if (!unit) {
      plan.add.push({ name: entry.name, block: entry.block, row: entry.row })
    } else if (unit.block !== entry.block) {
      plan.blockChanges.push({
        unitId: unit.id,
        name: unit.name,
        ...(unit.name !== entry.name ? { listName: entry.name } : {}),
        from: unit.block,
        to: entry.block,
        row: entry.row,
      })
    } else {
      plan.matching.push({ unitId: unit.id, name: unit.name, block: unit.block })
    }
  }
  plan.notListed = [...registered.keys()].filter((key) => !seen.has(key)).length
  return plan
}

/**
 * The block changes ticked before the officer chooses: filling an empty block ("Chưa phân khối")
 * is ticked, moving a unit out of the block it has is not — it waits for the officer's tick.
 */
export function defaultBlockChoices(plan: UnitListPlan): string[] {
  return plan.blockChanges.filter((c) => c.from === '').map((c) => c.unitId)
}

/** What a plan would write, as comparable text: a plan made again must say the same to be applied. */
export function unitListSignature(plan: UnitListPlan): string {
  return JSON.stringify([
    plan.add.map((u) => [foldKey(u.name), u.block]),
    plan.blockChanges.map((c) => [c.unitId, c.from, c.to]),
  ])
}

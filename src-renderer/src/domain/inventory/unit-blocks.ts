/**
 * Which block (Khối) each unit of an import lands in, and why (issue 15). The report's by-block
 * part is empty while units sit in "(Chưa phân khối)", so an import fills the block of the units
 * it creates, and of the register's units that have none yet, from two sources in this order:
 * the file's own block column (the first block a row gives the unit), else the province's unit
 * list (khối, stt, tên đơn vị) when the officer gave one and the unit's name is on it. A unit that
 * already has a block keeps it: an import does not move a unit between blocks. Such a unit is
 * listed too, with the register as its source (the province's list imported on the Units page
 * puts every unit there), and with the file's block when the file says another one.
 */
import { foldKey } from '../text'
import type { Unit } from '../types'
import type { InventoryRow } from './types'

/** A unit of the province's list: its name and its block. */
export interface KnownUnit {
  name: string
  block: string
}

export interface BlockAssignment {
  /** The unit's name as first written in the file. */
  unit: string
  /** The unit's folded name (foldKey). */
  key: string
  /** The register's name of the unit, when the file writes it otherwise ("SO Y TE" for "Sở Y tế"). */
  registerName?: string
  /** The register's unit (whose empty block is filled, or whose block is kept); absent for a unit the import creates. */
  unitId?: string
  /** "" when neither source gives one: the unit stays in "(Chưa phân khối)". */
  block: string
  /**
   * Where the block comes from; null when there is none. `register`: the unit's own block, kept;
   * `fileBlock` is the other block the file's Khối column gives it (not applied).
   */
  source:
    | { kind: 'column'; row: number }
    | { kind: 'list' }
    | { kind: 'register'; fileBlock?: { block: string; row: number } }
    | null
}

/** Whether the import writes this block: a new unit's, or one filled in a register unit without one. */
export function fillsBlock(assignment: BlockAssignment): boolean {
  return assignment.block !== '' && assignment.source !== null && assignment.source.kind !== 'register'
}

/**
 * The block of every unit the rows name: the register's own block for a unit that has one, else
 * the file's or the list's. In file order of each unit's first row.
 */
export function assignBlocks(
  rows: readonly InventoryRow[],
  units: readonly Unit[],
  known: readonly KnownUnit[] = [],
): BlockAssignment[] {
  const registered = new Map(units.map((u) => [foldKey(u.name), u]))
  const listed = new Map<string, string>()
  for (const k of known) if (k.block && !listed.has(foldKey(k.name))) listed.set(foldKey(k.name), k.block)

  const assignments = new Map<string, BlockAssignment>()
  for (const { record, excelRow } of rows) {
    const key = foldKey(record.unit)
    const unit = registered.get(key)
    if (unit && unit.block !== '') {
      const kept = assignments.get(key) ?? {
        unit: record.unit,
        key,
        ...(unit.name !== record.unit ? { registerName: unit.name } : {}),
        unitId: unit.id,
        block: unit.block,
        source: { kind: 'register' as const },
      }
      assignments.set(key, kept)
      const differs = record.block !== '' && foldKey(record.block) !== foldKey(unit.block)
      if (differs && kept.source?.kind === 'register' && kept.source.fileBlock === undefined) {
        kept.source = { kind: 'register', fileBlock: { block: record.block, row: excelRow } }
      }
      continue
    }
    let assignment = assignments.get(key)
    if (!assignment) {
      assignment = {
        unit: record.unit,
        key,
        ...(unit ? { unitId: unit.id } : {}),
        block: '',
        source: null,
      }
      assignments.set(key, assignment)
    }
    if (assignment.source?.kind !== 'column' && record.block !== '') {
      assignment.block = record.block
      assignment.source = { kind: 'column', row: excelRow }
    }
  }
  for (const assignment of assignments.values()) {
    const block = listed.get(assignment.key)
    if (assignment.source === null && block !== undefined) {
      assignment.block = block
      assignment.source = { kind: 'list' }
    }
  }
  return [...assignments.values()]
}

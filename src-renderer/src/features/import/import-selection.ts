/**
 * The choices the officer makes on the preview, as pure functions: which rows cannot be imported
 * because their new unit was not chosen for creation, how many rows carry errors, and a mapping
 * override that gives a column to exactly one field.
 */
import type { InventoryField } from '../../domain/inventory/columns'
import type { CellError, MappingOverrides } from '../../domain/inventory/types'
import type { PlanPreview, PreviewRow, PreviewUpdate } from '../../workers/import-client'

export interface PlanSelection {
  /** Rows that add or update and will be written. */
  add: PreviewRow[]
  update: PreviewUpdate[]
  /** Rows of a new unit the officer chose not to create: listed, not imported. */
  blocked: PreviewRow[]
  /** The new unit names to create. */
  createUnits: string[]
}

/** `excludedUnits`: folded names (foldKey) of the new units left unticked. */
export function selectPlan(plan: PlanPreview, excludedUnits: ReadonlySet<string>): PlanSelection {
  const isBlocked = (row: PreviewRow): boolean => excludedUnits.has(row.unitKey)
  return {
    add: plan.add.filter((r) => !isBlocked(r)),
    update: plan.update.filter((r) => !isBlocked(r)),
    blocked: [...plan.add, ...plan.update].filter(isBlocked).sort((a, b) => a.excelRow - b.excelRow),
    createUnits: plan.newUnits.filter((u) => !excludedUnits.has(u.key)).map((u) => u.name),
  }
}

/** Rows with at least one unreadable cell (a row may have several). */
export function errorRowCount(errors: readonly CellError[]): number {
  return new Set(errors.map((e) => e.row)).size
}

/**
 * The overrides after the officer maps `field` to column `index` (negative: no column). A column
 * feeds one field, so an earlier override pointing at the same column is dropped.
 */
export function withOverride(
  overrides: MappingOverrides,
  field: InventoryField,
  index: number,
): MappingOverrides {
  const next: MappingOverrides = {}
  for (const [other, otherIndex] of Object.entries(overrides) as [InventoryField, number][]) {
    if (other === field || (index >= 0 && otherIndex === index)) continue
    next[other] = otherIndex
  }
  next[field] = index
  return next
}

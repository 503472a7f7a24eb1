/** An import plan as the preview shows it: a few fields per row, unit names folded once. */
import type { ImportPlan, PlannedRow } from '../domain/inventory/plan-import'
import { foldKey } from '../domain/text'
import type { PlanPreview, PreviewRow } from './import-protocol'

/** @param unitList the province's unit list the plan took blocks from, when the officer gave one. */
export function planPreview(plan: ImportPlan, unitList: PlanPreview['unitList'] = null): PlanPreview {
  // A file repeats a few unit names over thousands of rows: fold each spelling once.
  const keys = new Map<string, string>()
  const keyOf = (unit: string): string => {
    let key = keys.get(unit)
    if (key === undefined) {
      key = foldKey(unit)
      keys.set(unit, key)
    }
    return key
  }
  const row = ({ row: { excelRow, record }, systemId, currentName }: PlannedRow): PreviewRow => ({
    excelRow,
    systemId,
    name: record.name,
    unit: record.unit,
    unitKey: keyOf(record.unit),
    level: record.level,
    dossierState: record.dossierState,
    ...(currentName === undefined ? {} : { currentName }),
  })
  const add = plan.add.map(row)
  const update = plan.update.map((p) => ({ ...row(p), changes: p.changes }))
  const rowsOfUnit = new Map<string, number>()
  for (const p of [...add, ...update]) rowsOfUnit.set(p.unitKey, (rowsOfUnit.get(p.unitKey) ?? 0) + 1)
  return {
    add,
    update,
    unchanged: plan.unchanged.map(row),
    newUnits: plan.newUnits.map((name) => {
      const key = keyOf(name)
      return { name, key, rows: rowsOfUnit.get(key) ?? 0 }
    }),
    levelHeld: plan.levelHeld,
    blocks: plan.blocks,
    unitList,
    unknownKindAssessments:
      plan.add.filter((p) => p.row.record.lastAssessedOn !== null).length +
      plan.update.filter((p) => p.changes.some((c) => c.field === 'lastAssessedOn')).length,
  }
}

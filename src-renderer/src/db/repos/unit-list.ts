/**
 * Writing the province's unit list into the register (Units page, "Nhập danh sách đơn vị (CSV)"):
 * one transaction that adds the units the register lacks and changes the blocks the officer
 * ticked, each with its history entry (action 'import', by "Nhập danh sách đơn vị: <file>"). The
 * plan the officer saw is made again inside the transaction; when the units changed since the
 * preview, nothing is written and the officer is asked to look again.
 */
import { DomainError } from '../../domain/errors'
import { planUnitList, unitListSignature, type ListedUnit, type UnitListPlan } from '../../domain/unit-list'
import type { Unit } from '../../domain/types'
import type { CapdoDatabase } from '../database'
import { cleanText, requireName } from '../validate'
import { createdFields, newId } from './changes'
import { UNIT_FIELDS } from './units'
import { writeWithHistory } from './write'

export interface ApplyUnitListOptions {
  /** The list's file name, as the officer picked it (the history names it). */
  fileName: string
  /** Ids of the units whose block change the officer ticked; the others keep their block. */
  changeBlocks: readonly string[]
}

export interface UnitListResult {
  added: Unit[]
  /** Units whose block was changed. */
  moved: Unit[]
}

export const unitListBy = (fileName: string): string => `Nhập danh sách đơn vị: ${fileName}`

/** The plan of a list against the register's units as they are now. */
export async function planUnitListImport(
  db: CapdoDatabase,
  listed: readonly ListedUnit[],
): Promise<UnitListPlan> {
  return planUnitList(await db.units.toArray(), listed)
}

/**
 * Writes `plan` (made by planUnitList from `listed`) with the block changes chosen.
 * @throws DomainError `unit_list_stale` when the register's units no longer give the same plan.
 */
export async function applyUnitList(
  db: CapdoDatabase,
  listed: readonly ListedUnit[],
  plan: UnitListPlan,
  options: ApplyUnitListOptions,
): Promise<UnitListResult> {
  const chosen = new Set(options.changeBlocks)
  return writeWithHistory(db, [db.units], { by: unitListBy(options.fileName) }, async ({ at, record }) => {
    const units = await db.units.toArray()
    const current = planUnitList(units, listed)
    if (unitListSignature(current) !== unitListSignature(plan)) {
      throw new DomainError(
        'unit_list_stale',
        'Danh sách đơn vị trong sổ đã thay đổi từ lúc xem trước (có thể do một cửa sổ khác). ' +
          'Hãy chọn lại tệp danh sách để xem trước rồi nhập lại.',
      )
    }
    const added: Unit[] = current.add.map((u) => ({
      id: newId(),
      name: requireName(u.name, 'Cần nhập tên đơn vị.'),
      block: cleanText(u.block, 'block'),
      parentId: null,
      createdAt: at,
      updatedAt: at,
    }))
    for (const [i, unit] of added.entries()) {
      record({
        entity: 'unit',
        entityId: unit.id,
        systemId: null,
        action: 'import',
        changes: createdFields(unit, UNIT_FIELDS),
        note: `Thêm từ dòng ${current.add[i].row} của danh sách đơn vị.`,
      })
    }
    const byId = new Map(units.map((u) => [u.id, u]))
    const moved: Unit[] = []
    for (const change of current.blockChanges) {
      const before = byId.get(change.unitId)
      if (!before || !chosen.has(change.unitId)) continue
      const after: Unit = { ...before, block: cleanText(change.to, 'block'), updatedAt: at }
      moved.push(after)
      record({
        entity: 'unit',
        entityId: after.id,
        systemId: null,
        action: 'import',
        changes: [{ field: 'block', from: before.block, to: after.block }],
        note: `Khối theo dòng ${change.row} của danh sách đơn vị.`,
      })
    }
    await db.units.bulkAdd(added)
    await db.units.bulkPut(moved)
    return { added, moved }
  })
}

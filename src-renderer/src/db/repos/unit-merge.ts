/**
 * Merging two units (gộp đơn vị): when agencies are reorganised, or one agency was imported under
 * two spellings, every system of the source unit moves to the target and the source is deleted.
 * Its subordinate units move under the target too. It is one transaction: each moved system and
 * each re-parented unit gets its own history entry, the source's deletion gets one as well, and
 * if anything fails nothing is changed.
 */
import { DomainError } from '../../domain/errors'
import type { SystemRecord, Unit } from '../../domain/types'
import type { CapdoDatabase } from '../database'
import { deletedFields, diffFields } from './changes'
import { SYSTEM_FIELDS } from './system-fields'
import { UNIT_FIELDS } from './units'
import { writeWithHistory } from './write'

export interface MergeUnitsResult {
  /** The unit that received everything. */
  target: Unit
  /** How many systems moved from the source to the target. */
  movedSystems: number
  /** How many subordinate units of the source now sit under the target. */
  movedChildren: number
}

async function requireUnit(db: CapdoDatabase, id: string): Promise<Unit> {
  const unit = await db.units.get(id)
  if (!unit) throw new DomainError('unit_not_found', 'Không tìm thấy đơn vị (có thể đã bị xóa).', { id })
  return unit
}

/** Is `unitId` the unit `ancestorId` or below it? Walks up the parent chain. */
async function isWithin(db: CapdoDatabase, unitId: string, ancestorId: string): Promise<boolean> {
  const seen = new Set<string>()
  let cursor: string | null = unitId
  while (cursor !== null && !seen.has(cursor)) {
    if (cursor === ancestorId) return true
    seen.add(cursor)
    const unit: Unit | undefined = await db.units.get(cursor)
    cursor = unit?.parentId ?? null
  }
  return false
}

/**
 * Moves every system and subordinate unit of `sourceId` to `targetId`, then deletes the source.
 * Refused when the two are the same unit, when either is missing, and when the target is one of
 * the source's own subordinate units (it would end up under itself).
 */
export async function mergeUnits(
  db: CapdoDatabase,
  sourceId: string,
  targetId: string,
  by = '',
): Promise<MergeUnitsResult> {
  if (sourceId === targetId) {
    throw new DomainError('unit_merge_self', 'Không thể gộp một đơn vị vào chính nó; hãy chọn đơn vị khác.', {
      id: sourceId,
    })
  }
  return writeWithHistory(db, [db.units, db.systems], { by }, async ({ at, record }) => {
    const source = await requireUnit(db, sourceId)
    const target = await requireUnit(db, targetId)
    if (await isWithin(db, target.id, source.id)) {
      throw new DomainError(
        'unit_merge_into_child',
        `Không thể gộp đơn vị "${source.name}" vào "${target.name}" vì "${target.name}" là đơn vị cấp dưới của nó.`,
        { sourceId, targetId },
      )
    }
    const note = `Gộp đơn vị "${source.name}" vào "${target.name}".`

    const systems = await db.systems.where('unitId').equals(source.id).toArray()
    const moved: SystemRecord[] = systems.map((before) => {
      const after: SystemRecord = {
        ...before,
        unitId: target.id,
        updatedAt: at,
        revision: before.revision + 1,
      }
      record({
        entity: 'system',
        entityId: before.id,
        systemId: before.id,
        action: 'update',
        changes: diffFields(before, after, SYSTEM_FIELDS),
        note,
      })
      return after
    })

    const children = await db.units.where('parentId').equals(source.id).toArray()
    const reparented: Unit[] = children.map((before) => {
      const after: Unit = { ...before, parentId: target.id, updatedAt: at }
      record({
        entity: 'unit',
        entityId: before.id,
        systemId: null,
        action: 'update',
        changes: diffFields(before, after, UNIT_FIELDS),
        note,
      })
      return after
    })

    record({
      entity: 'unit',
      entityId: source.id,
      systemId: null,
      action: 'delete',
      changes: deletedFields(source, UNIT_FIELDS),
      note,
    })

    await db.systems.bulkPut(moved)
    await db.units.bulkPut(reparented)
    await db.units.delete(source.id)
    return { target, movedSystems: moved.length, movedChildren: reparented.length }
  })
}

/**
 * Units (đơn vị quản lý, vận hành): the agencies systems belong to, grouped by block in reports.
 * A unit's name is its identity for people and for imports, so two units may not share a name
 * (compared without case or diacritics); a unit that still has systems cannot be deleted.
 */
import { DomainError } from '../../domain/errors'
import { compareVi, foldText } from '../../domain/text'
import type { Unit } from '../../domain/types'
import type { CapdoDatabase } from '../database'
import { cleanText, requireName } from '../validate'
import { createdFields, deletedFields, diffFields, newId } from './changes'
import { writeWithHistory } from './write'

export interface UnitInput {
  name: string
  block?: string
  parentId?: string | null
}

export type UnitPatch = Partial<UnitInput>

export const UNIT_FIELDS = ['name', 'block', 'parentId'] as const satisfies readonly (keyof Unit)[]

async function requireUnit(db: CapdoDatabase, id: string): Promise<Unit> {
  const unit = await db.units.get(id)
  if (!unit) throw new DomainError('unit_not_found', 'Không tìm thấy đơn vị (có thể đã bị xóa).', { id })
  return unit
}

async function checkNameFree(db: CapdoDatabase, name: string, selfId: string | null): Promise<void> {
  const folded = foldText(name)
  const clash = await db.units.filter((u) => u.id !== selfId && foldText(u.name) === folded).first()
  if (clash) {
    throw new DomainError(
      'unit_name_taken',
      `Đã có đơn vị "${clash.name}". Tên đơn vị không được trùng nhau.`,
      {
        name,
      },
    )
  }
}

async function checkParent(db: CapdoDatabase, parentId: string | null, selfId: string | null): Promise<void> {
  if (parentId === null) return
  // Walk up from the proposed parent: reaching the unit itself would make a cycle.
  let cursor: string | null = parentId
  while (cursor !== null) {
    if (cursor === selfId) {
      throw new DomainError(
        'unit_parent_cycle',
        'Không thể chọn chính đơn vị này hoặc đơn vị cấp dưới của nó làm đơn vị cấp trên.',
      )
    }
    const parent: Unit | undefined = await db.units.get(cursor)
    if (!parent)
      throw new DomainError('unit_parent_not_found', 'Không tìm thấy đơn vị cấp trên đã chọn.', { parentId })
    cursor = parent.parentId
  }
}

function cleanParentId(value: unknown): string | null {
  if (value === undefined || value === null || value === '') return null
  if (typeof value !== 'string')
    throw new DomainError('invalid_value', 'Đơn vị cấp trên không hợp lệ.', { value })
  return value
}

export async function createUnit(db: CapdoDatabase, input: UnitInput, by = ''): Promise<Unit> {
  const name = requireName(input.name, 'Cần nhập tên đơn vị.')
  const block = cleanText(input.block, 'block')
  const parentId = cleanParentId(input.parentId)
  return writeWithHistory(db, [db.units], { by }, async ({ at, record }) => {
    await checkNameFree(db, name, null)
    await checkParent(db, parentId, null)
    const unit: Unit = { id: newId(), name, block, parentId, createdAt: at, updatedAt: at }
    await db.units.add(unit)
    record({
      entity: 'unit',
      entityId: unit.id,
      systemId: null,
      action: 'create',
      changes: createdFields(unit, UNIT_FIELDS),
    })
    return unit
  })
}

/** Changes the given fields; a patch that changes nothing writes nothing. */
export async function updateUnit(db: CapdoDatabase, id: string, patch: UnitPatch, by = ''): Promise<Unit> {
  return writeWithHistory(db, [db.units], { by }, async ({ at, record }) => {
    const before = await requireUnit(db, id)
    const after: Unit = { ...before }
    if (patch.name !== undefined) after.name = requireName(patch.name, 'Cần nhập tên đơn vị.')
    if (patch.block !== undefined) after.block = cleanText(patch.block, 'block')
    if (patch.parentId !== undefined) after.parentId = cleanParentId(patch.parentId)
    const changes = diffFields(before, after, UNIT_FIELDS)
    if (changes.length === 0) return before
    if (after.name !== before.name) await checkNameFree(db, after.name, id)
    if (after.parentId !== before.parentId) await checkParent(db, after.parentId, id)
    after.updatedAt = at
    await db.units.put(after)
    record({ entity: 'unit', entityId: id, systemId: null, action: 'update', changes })
    return after
  })
}

/** Refused while the unit still has systems or subordinate units: nothing is deleted silently. */
export async function deleteUnit(db: CapdoDatabase, id: string, by = ''): Promise<void> {
  await writeWithHistory(db, [db.units, db.systems], { by }, async ({ record }) => {
    const unit = await requireUnit(db, id)
    const systems = await db.systems.where('unitId').equals(id).count()
    if (systems > 0) {
      throw new DomainError(
        'unit_has_systems',
        `Không thể xóa đơn vị "${unit.name}" vì đơn vị còn ${systems} hệ thống thông tin. Hãy chuyển các hệ thống này sang đơn vị khác hoặc xóa chúng trước.`,
        { id, systems },
      )
    }
    const children = await db.units.where('parentId').equals(id).count()
    if (children > 0) {
      throw new DomainError(
        'unit_has_children',
        `Không thể xóa đơn vị "${unit.name}" vì còn ${children} đơn vị cấp dưới.`,
        { id, children },
      )
    }
    await db.units.delete(id)
    record({
      entity: 'unit',
      entityId: id,
      systemId: null,
      action: 'delete',
      changes: deletedFields(unit, UNIT_FIELDS),
    })
  })
}

/** All units in Vietnamese alphabetical order. */
export async function listUnits(db: CapdoDatabase): Promise<Unit[]> {
  const units = await db.units.toArray()
  return units.sort((a, b) => compareVi(a.name, b.name))
}

export function getUnit(db: CapdoDatabase, id: string): Promise<Unit | undefined> {
  return db.units.get(id)
}

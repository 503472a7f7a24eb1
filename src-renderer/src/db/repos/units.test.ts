import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CapdoDatabase } from '../database'
import { freshDatabase, watchWrites } from '../test-support/test-db'
import { listHistoryForEntity } from './history'
import { createSystem, deleteSystem } from './systems'
import { createUnit, deleteUnit, listUnits, updateUnit } from './units'

let db: CapdoDatabase

beforeEach(() => {
  db = freshDatabase()
})

afterEach(async () => {
  await db.delete()
})

describe('units', () => {
  it('creates a unit with its history entry in the same transaction', async () => {
    const watch = watchWrites(db)
    const unit = await createUnit(
      db,
      { name: 'Sở  Y tế ', block: 'Khối các cơ quan quản lý nhà nước' },
      'Quản trị',
    )
    expect(watch.writes).toEqual(['units:create', 'history:create'])
    expect(watch.transactions.size).toBe(1)
    expect(unit).toMatchObject({
      name: 'Sở Y tế',
      block: 'Khối các cơ quan quản lý nhà nước',
      parentId: null,
    })
    const [entry] = await listHistoryForEntity(db, unit.id)
    expect(entry).toMatchObject({ entity: 'unit', systemId: null, action: 'create', by: 'Quản trị' })
    expect(entry.changes).toEqual([
      { field: 'name', from: null, to: 'Sở Y tế' },
      { field: 'block', from: null, to: 'Khối các cơ quan quản lý nhà nước' },
    ])
  })

  it('refuses a second unit of the same name, whatever its case, accents or Unicode form', async () => {
    await createUnit(db, { name: 'Sở Y tế' })
    await expect(createUnit(db, { name: 'SỞ Y TẾ'.normalize('NFD') })).rejects.toMatchObject({
      code: 'unit_name_taken',
      message: 'Đã có đơn vị "Sở Y tế". Tên đơn vị không được trùng nhau.',
    })
    expect(await db.units.count()).toBe(1)
  })

  it('refuses a unit without a name', async () => {
    await expect(createUnit(db, { name: ' ' })).rejects.toMatchObject({ message: 'Cần nhập tên đơn vị.' })
  })

  it('records only the changed fields of an update', async () => {
    const unit = await createUnit(db, { name: 'Sở Y tế', block: 'Khối A' })
    const updated = await updateUnit(db, unit.id, { name: 'Sở Y tế', block: 'Khối B' })
    expect(updated.block).toBe('Khối B')
    const [latest] = await listHistoryForEntity(db, unit.id)
    expect(latest).toMatchObject({
      action: 'update',
      changes: [{ field: 'block', from: 'Khối A', to: 'Khối B' }],
    })
  })

  it('refuses to make a unit its own parent, directly or through a subordinate', async () => {
    const city = await createUnit(db, { name: 'Ủy ban nhân dân thành phố' })
    const dept = await createUnit(db, { name: 'Sở Nội vụ', parentId: city.id })
    await expect(updateUnit(db, city.id, { parentId: dept.id })).rejects.toMatchObject({
      code: 'unit_parent_cycle',
    })
    await expect(updateUnit(db, city.id, { parentId: city.id })).rejects.toMatchObject({
      code: 'unit_parent_cycle',
    })
  })

  it('refuses to delete a unit that still has systems, and deletes it once they are gone', async () => {
    const unit = await createUnit(db, { name: 'Sở Y tế' })
    const system = await createSystem(db, { name: 'Cổng thông tin điện tử', unitId: unit.id })
    await expect(deleteUnit(db, unit.id)).rejects.toMatchObject({
      code: 'unit_has_systems',
      message:
        'Không thể xóa đơn vị "Sở Y tế" vì đơn vị còn 1 hệ thống thông tin. Hãy chuyển các hệ thống này sang đơn vị khác hoặc xóa chúng trước.',
    })
    expect(await db.units.get(unit.id)).toEqual(unit)
    expect(await listHistoryForEntity(db, unit.id)).toHaveLength(1)

    await deleteSystem(db, system.id)
    await deleteUnit(db, unit.id)
    expect(await db.units.get(unit.id)).toBeUndefined()
    const [latest] = await listHistoryForEntity(db, unit.id)
    expect(latest).toMatchObject({
      action: 'delete',
      changes: [{ field: 'name', from: 'Sở Y tế', to: null }],
    })
  })

  it('lists units in Vietnamese alphabetical order', async () => {
    for (const name of ['Sở Xây dựng', 'Đài Phát thanh', 'Ban Dân tộc', 'Sở Y tế', 'Cục Thuế']) {
      await createUnit(db, { name })
    }
    expect((await listUnits(db)).map((u) => u.name)).toEqual([
      'Ban Dân tộc',
      'Cục Thuế',
      'Đài Phát thanh',
      'Sở Xây dựng',
      'Sở Y tế',
    ])
  })
})

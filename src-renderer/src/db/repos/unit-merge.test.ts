import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CapdoDatabase } from '../database'
import { freshDatabase, watchWrites } from '../test-support/test-db'
import { listHistoryForEntity, listHistoryForSystem } from './history'
import { createSystem } from './systems'
import { mergeUnits } from './unit-merge'
import { createUnit } from './units'

let db: CapdoDatabase

beforeEach(() => {
  db = freshDatabase()
})

afterEach(async () => {
  await db.delete()
})

async function twoUnitsWithSystems() {
  const tourism = await createUnit(db, { name: 'Sở Du lịch', block: 'Khối sở, ngành' })
  const culture = await createUnit(db, { name: 'Sở Văn hóa và Thể thao', block: 'Khối sở, ngành' })
  const portal = await createSystem(db, { name: 'Cổng thông tin du lịch', unitId: tourism.id, level: 2 })
  const booking = await createSystem(db, { name: 'Hệ thống đặt phòng', unitId: tourism.id })
  const library = await createSystem(db, { name: 'Thư viện số', unitId: culture.id })
  return { tourism, culture, portal, booking, library }
}

describe('merging units', () => {
  it('moves every system of the source to the target and deletes the source, in one transaction', async () => {
    const { tourism, culture, portal, booking, library } = await twoUnitsWithSystems()
    const watch = watchWrites(db)

    const result = await mergeUnits(db, tourism.id, culture.id, 'Quản trị')

    expect(watch.transactions.size).toBe(1)
    expect(result).toMatchObject({ target: { id: culture.id }, movedSystems: 2, movedChildren: 0 })
    expect(await db.units.get(tourism.id)).toBeUndefined()
    const systems = await db.systems.where('unitId').equals(culture.id).toArray()
    expect(systems.map((s) => s.id).sort()).toEqual([portal.id, booking.id, library.id].sort())
    const movedPortal = await db.systems.get(portal.id)
    expect(movedPortal).toMatchObject({ name: 'Cổng thông tin du lịch', level: 2, revision: 2 })
  })

  it('gives each moved system a history entry and records the deletion of the source', async () => {
    const { tourism, culture, portal, booking, library } = await twoUnitsWithSystems()
    await mergeUnits(db, tourism.id, culture.id, 'Quản trị')

    for (const system of [portal, booking]) {
      const [latest] = await listHistoryForSystem(db, system.id)
      expect(latest).toMatchObject({
        entity: 'system',
        action: 'update',
        by: 'Quản trị',
        changes: [{ field: 'unitId', from: tourism.id, to: culture.id }],
        note: 'Gộp đơn vị "Sở Du lịch" vào "Sở Văn hóa và Thể thao".',
      })
    }
    // The target's own system did not move, so its story has only its creation.
    expect(await listHistoryForSystem(db, library.id)).toHaveLength(1)

    const [deletion] = await listHistoryForEntity(db, tourism.id)
    expect(deletion).toMatchObject({
      entity: 'unit',
      action: 'delete',
      by: 'Quản trị',
      changes: [
        { field: 'name', from: 'Sở Du lịch', to: null },
        { field: 'block', from: 'Khối sở, ngành', to: null },
      ],
    })
  })

  it('puts the subordinate units of the source under the target', async () => {
    const { tourism, culture } = await twoUnitsWithSystems()
    const centre = await createUnit(db, { name: 'Trung tâm Xúc tiến du lịch', parentId: tourism.id })

    const result = await mergeUnits(db, tourism.id, culture.id)

    expect(result.movedChildren).toBe(1)
    expect((await db.units.get(centre.id))?.parentId).toBe(culture.id)
    const [latest] = await listHistoryForEntity(db, centre.id)
    expect(latest).toMatchObject({
      action: 'update',
      changes: [{ field: 'parentId', from: tourism.id, to: culture.id }],
    })
  })

  it('refuses to merge a unit into itself and changes nothing', async () => {
    const { tourism } = await twoUnitsWithSystems()
    const historyBefore = await db.history.count()
    await expect(mergeUnits(db, tourism.id, tourism.id)).rejects.toMatchObject({
      code: 'unit_merge_self',
      message: 'Không thể gộp một đơn vị vào chính nó; hãy chọn đơn vị khác.',
    })
    // The unit is left exactly as it was, not half-merged.
    expect(await db.units.get(tourism.id)).toEqual(tourism)
    expect(await db.history.count()).toBe(historyBefore)
  })

  it('refuses to merge a unit into one of its own subordinate units', async () => {
    const city = await createUnit(db, { name: 'Ủy ban nhân dân thành phố' })
    const office = await createUnit(db, { name: 'Văn phòng Ủy ban nhân dân thành phố', parentId: city.id })
    await expect(mergeUnits(db, city.id, office.id)).rejects.toMatchObject({
      code: 'unit_merge_into_child',
    })
    expect(await db.units.count()).toBe(2)
  })

  it('refuses a target that no longer exists, leaving the source and its systems as they were', async () => {
    const { tourism } = await twoUnitsWithSystems()
    await expect(mergeUnits(db, tourism.id, 'gone')).rejects.toMatchObject({ code: 'unit_not_found' })
    expect(await db.systems.where('unitId').equals(tourism.id).count()).toBe(2)
  })

  it('rolls everything back when a write fails half-way: no system moves and the source stays', async () => {
    const { tourism, culture, portal } = await twoUnitsWithSystems()
    const historyBefore = await db.history.count()
    // The last write of the merge is the history; make it fail after the systems were moved.
    db.history.hook('creating', () => {
      throw new Error('Ổ đĩa đầy')
    })

    await expect(mergeUnits(db, tourism.id, culture.id)).rejects.toThrow('Ổ đĩa đầy')

    // The unit is left exactly as it was, not half-merged.
    expect(await db.units.get(tourism.id)).toEqual(tourism)
    expect(await db.systems.where('unitId').equals(tourism.id).count()).toBe(2)
    expect((await db.systems.get(portal.id))?.revision).toBe(1)
    expect(await db.history.count()).toBe(historyBefore)
  })
})

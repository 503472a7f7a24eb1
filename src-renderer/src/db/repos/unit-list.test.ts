import { readFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { defaultBlockChoices } from '../../domain/unit-list'
import { readUnitList } from '../../excel/import/read-unit-list'
import type { CapdoDatabase } from '../database'
import { freshDatabase, watchWrites } from '../test-support/test-db'
import { applyUnitList, planUnitListImport } from './unit-list'
import { createUnit } from './units'

let db: CapdoDatabase
beforeEach(() => {
  db = freshDatabase()
})
afterEach(async () => {
  await db.delete()
})

const SAMPLE = readUnitList(new Uint8Array(readFileSync('resources/seed/don-vi-mau-hai-phong.csv'))).units
const SO = 'Khối các cơ quan quản lý nhà nước trực thuộc Ủy ban nhân dân thành phố'

describe('importing the province’s unit list into the register', () => {
  it('adds the 95 units of Hải Phòng in their 8 blocks in one transaction, each with its history entry', async () => {
    const plan = await planUnitListImport(db, SAMPLE)
    const watch = watchWrites(db)
    const result = await applyUnitList(db, SAMPLE, plan, { fileName: 'don-vi.csv', changeBlocks: [] })
    expect(watch.transactions.size).toBe(1)
    expect(result.added).toHaveLength(95)
    const units = await db.units.toArray()
    expect(units).toHaveLength(95)
    expect(new Set(units.map((u) => u.block)).size).toBe(8)
    const history = await db.history.toArray()
    expect(history).toHaveLength(95)
    expect(history[2]).toMatchObject({
      entity: 'unit',
      action: 'import',
      by: 'Nhập danh sách đơn vị: don-vi.csv',
      note: 'Thêm từ dòng 4 của danh sách đơn vị.',
    })
    // Importing the same list again finds every unit as it is: nothing to add or change.
    const again = await planUnitListImport(db, SAMPLE)
    expect([again.add.length, again.blockChanges.length, again.matching.length]).toEqual([0, 0, 95])
  })

  it('changes a unit’s block only where the officer ticked it, and never renames the unit', async () => {
    const empty = await createUnit(db, { name: 'SỞ CÔNG THƯƠNG', block: '' })
    const placed = await createUnit(db, { name: 'Sở Tài chính', block: 'Khối kinh tế' })
    const plan = await planUnitListImport(db, SAMPLE)
    expect(plan.blockChanges.map((c) => [c.name, c.from, c.to])).toEqual([
      ['SỞ CÔNG THƯƠNG', '', SO],
      ['Sở Tài chính', 'Khối kinh tế', SO],
    ])
    const result = await applyUnitList(db, SAMPLE, plan, {
      fileName: 'don-vi.csv',
      changeBlocks: defaultBlockChoices(plan),
    })
    expect(result.moved.map((u) => u.name)).toEqual(['SỞ CÔNG THƯƠNG'])
    expect(result.added).toHaveLength(93)
    expect(await db.units.get(empty.id)).toMatchObject({ name: 'SỞ CÔNG THƯƠNG', block: SO })
    expect(await db.units.get(placed.id)).toEqual(placed)
    const entry = (await db.history.where('entityId').equals(empty.id).toArray()).at(-1)
    expect(entry).toMatchObject({
      changes: [{ field: 'block', from: '', to: SO }],
      note: 'Khối theo dòng 4 của danh sách đơn vị.',
    })

    // Ticked later, the move applies.
    const next = await planUnitListImport(db, SAMPLE)
    await applyUnitList(db, SAMPLE, next, { fileName: 'don-vi.csv', changeBlocks: [placed.id] })
    expect((await db.units.get(placed.id))?.block).toBe(SO)
  })

  it('writes nothing when the register changed since the preview', async () => {
    const plan = await planUnitListImport(db, SAMPLE)
    await createUnit(db, { name: 'Sở Y tế', block: '' })
    await expect(
      applyUnitList(db, SAMPLE, plan, { fileName: 'don-vi.csv', changeBlocks: [] }),
    ).rejects.toThrow('đã thay đổi từ lúc xem trước')
    expect(await db.units.count()).toBe(1)
  })
})

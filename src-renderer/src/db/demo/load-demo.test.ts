import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CapdoDatabase } from '../database'
import { createUnit } from '../repos/units'
import { freshDatabase, watchWrites } from '../test-support/test-db'
import { isRegisterEmpty, loadDemoData } from './index'

const asOf = '2026-11-22'
let db: CapdoDatabase

beforeEach(() => {
  db = freshDatabase()
})

afterEach(async () => {
  await db.delete()
})

async function snapshot(target: CapdoDatabase) {
  return {
    units: await target.units.orderBy('id').toArray(),
    systems: await target.systems.orderBy('id').toArray(),
    assessments: await target.assessments.orderBy('id').toArray(),
  }
}

describe('loadDemoData', () => {
  it('fills an empty register with the 95 units in 8 blocks and N systems, in one transaction', async () => {
    expect(await isRegisterEmpty(db)).toBe(true)
    const watch = watchWrites(db)
    const result = await loadDemoData(db, { asOf, systemsCount: 120 })
    expect(watch.transactions.size).toBe(1)

    expect(result.units).toBe(95)
    expect(result.systems).toBe(120)
    expect(await db.units.count()).toBe(95)
    expect(new Set((await db.units.toArray()).map((u) => u.block)).size).toBe(8)
    expect(await db.systems.count()).toBe(120)
    expect(await db.assessments.count()).toBe(result.assessments)
    expect(await isRegisterEmpty(db)).toBe(false)

    // One summary entry tells what was loaded (see load-demo.ts for why not one per system).
    const history = await db.history.toArray()
    expect(history).toHaveLength(1)
    expect(history[0]).toMatchObject({
      entity: 'system',
      entityId: 'demo:2024',
      systemId: null,
      action: 'import',
      by: '',
      note: `Nạp dữ liệu mẫu: 95 đơn vị, 120 hệ thống thông tin, ${result.assessments} lần kiểm tra, đánh giá (mã sinh 2024).`,
    })
    expect(history[0].changes).toEqual([
      { field: 'units', from: 0, to: 95 },
      { field: 'systems', from: 0, to: 120 },
      { field: 'assessments', from: 0, to: result.assessments },
    ])
  })

  it('loads the same register from the same seed into another database', async () => {
    await loadDemoData(db, { asOf, seed: 9, systemsCount: 50 })
    const other = freshDatabase()
    try {
      await loadDemoData(other, { asOf, seed: 9, systemsCount: 50 })
      expect(await snapshot(other)).toEqual(await snapshot(db))
    } finally {
      await other.delete()
    }
  })

  it('refuses to load into a register that already has data, and writes nothing', async () => {
    await createUnit(db, { name: 'Sở Y tế' })
    await expect(loadDemoData(db, { asOf, systemsCount: 10 })).rejects.toMatchObject({
      code: 'register_not_empty',
      message: 'Sổ theo dõi đã có dữ liệu. Chỉ có thể nạp dữ liệu mẫu vào sổ trống.',
    })
    expect(await db.units.count()).toBe(1)
    expect(await db.systems.count()).toBe(0)
  })

  it('replaces the register when asked', async () => {
    await createUnit(db, { name: 'Đơn vị cũ' })
    await loadDemoData(db, { asOf, systemsCount: 10, replace: true })
    expect(await db.units.filter((u) => u.name === 'Đơn vị cũ').count()).toBe(0)
    expect(await db.units.count()).toBe(95)
    expect(await db.history.count()).toBe(1)
  })
})

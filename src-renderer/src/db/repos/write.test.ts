import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CapdoDatabase } from '../database'
import { freshDatabase, watchWrites } from '../test-support/test-db'
import { listHistoryForEntity } from './history'
import { writeWithHistory } from './write'

let db: CapdoDatabase

beforeEach(() => {
  db = freshDatabase()
})

afterEach(async () => {
  await db.delete()
})

const unit = (id: string, name: string, at: string) => ({
  id,
  name,
  block: '',
  parentId: null,
  createdAt: at,
  updatedAt: at,
})

describe('writeWithHistory', () => {
  it('stores the change and its entries in one transaction, entries after the change and in the order recorded', async () => {
    const watch = watchWrites(db)
    await writeWithHistory(
      db,
      [db.units],
      { by: 'Quản trị', at: '2027-03-01T08:00:00.000Z' },
      async (write) => {
        await db.units.add(unit('u1', 'Sở Y tế', write.at))
        write.record({ entity: 'unit', entityId: 'u1', systemId: null, action: 'create', changes: [] })
        write.record({
          entity: 'unit',
          entityId: 'u1',
          systemId: null,
          action: 'update',
          changes: [{ field: 'block', from: '', to: 'Khối A' }],
          note: 'Khối lấy từ cột Khối.',
        })
      },
    )
    expect(watch.writes).toEqual(['units:create', 'history:create', 'history:create'])
    expect(watch.transactions.size).toBe(1)
    const [second, first] = await listHistoryForEntity(db, 'u1')
    expect(first).toMatchObject({
      action: 'create',
      at: '2027-03-01T08:00:00.000Z',
      by: 'Quản trị',
      note: '',
    })
    expect(second).toMatchObject({
      action: 'update',
      at: '2027-03-01T08:00:00.000Z',
      note: 'Khối lấy từ cột Khối.',
    })
  })

  it('keeps the instant and author an entry brings (a change received from another office)', async () => {
    await writeWithHistory(db, [db.units], { by: '' }, async (write) => {
      write.record({
        entity: 'unit',
        entityId: 'u1',
        systemId: null,
        action: 'update',
        changes: [],
        at: '2027-01-05T02:00:00.000Z',
        by: 'Sở Tài chính',
      })
    })
    const [entry] = await listHistoryForEntity(db, 'u1')
    expect(entry).toMatchObject({ at: '2027-01-05T02:00:00.000Z', by: 'Sở Tài chính' })
  })

  it('stores neither the change nor its entries when the write throws after recording', async () => {
    const failing = writeWithHistory(db, [db.units], { by: 'Quản trị' }, async (write) => {
      await db.units.add(unit('u1', 'Sở Y tế', write.at))
      write.record({ entity: 'unit', entityId: 'u1', systemId: null, action: 'create', changes: [] })
      throw new Error('refused')
    })
    await expect(failing).rejects.toThrow('refused')
    expect(await db.units.count()).toBe(0)
    expect(await db.history.count()).toBe(0)
  })

  it('a write inside another joins its transaction: both stories are kept, or neither when the outer one fails', async () => {
    const nested = (fail: boolean) =>
      writeWithHistory(db, [db.units], { by: 'A' }, async (outer) => {
        await writeWithHistory(db, [db.units], { by: 'B' }, async (inner) => {
          await db.units.add(unit('u1', 'Sở Y tế', inner.at))
          inner.record({ entity: 'unit', entityId: 'u1', systemId: null, action: 'create', changes: [] })
        })
        outer.record({ entity: 'unit', entityId: 'u1', systemId: null, action: 'update', changes: [] })
        if (fail) throw new Error('refused')
      })
    await expect(nested(true)).rejects.toThrow('refused')
    expect(await db.units.count()).toBe(0)
    expect(await db.history.count()).toBe(0)
    await nested(false)
    const entries = await listHistoryForEntity(db, 'u1')
    expect(entries.map((e) => [e.action, e.by])).toEqual([
      ['update', 'A'],
      ['create', 'B'],
    ])
  })

  it('a write that records nothing adds no history', async () => {
    await writeWithHistory(db, [db.units], {}, async () => undefined)
    expect(await db.history.count()).toBe(0)
  })
})

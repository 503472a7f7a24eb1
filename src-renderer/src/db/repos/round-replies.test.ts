/**
 * "Nhận phiếu" in the store: one unit's reply applied in one transaction with the history of a
 * reply ("Theo phiếu của Sở Y tế, đợt 125/STTTT-BCVT"), the recipient marked received today with
 * its count of changes, nothing written for a refused or stale reply, and nothing at all the
 * second time the same reply is applied.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { vietnamDate } from '../../domain/calendar-date'
import type { InventoryCellValue } from '../../domain/inventory/cell'
import { readReplyGrid } from '../../domain/rounds/reply-sheet'
import {
  BUILD,
  col,
  GIS,
  HEALTH,
  HIS,
  markerFor,
  PORTAL,
  PORTAL_CHECK,
  requestGrid,
  sampleRegister,
  sampleRound,
  TOKEN_BUILD,
} from '../../domain/rounds/test-support'
import type { CapdoDatabase } from '../database'
import { freshDatabase, watchWrites } from '../test-support/test-db'
import { applyRoundReply, previewReplies, type ReceivedReply } from './round-replies'

let db: CapdoDatabase
beforeEach(async () => {
  db = freshDatabase()
  const register = sampleRegister()
  await db.units.bulkAdd(register.units)
  await db.systems.bulkAdd(register.systems)
  await db.assessments.bulkAdd(register.assessments)
  await db.rounds.add(sampleRound())
})
afterEach(async () => {
  await db.delete()
})

const SOURCE = 'Theo phiếu của Sở Y tế, đợt 125/STTTT-BCVT'
const today = () => vietnamDate(new Date())
const rowOf = (grid: InventoryCellValue[][], id: string): InventoryCellValue[] =>
  grid.find((r) => r[col('Mã hệ thống')] === id) ?? []
const blankRow = (): InventoryCellValue[] => Array.from({ length: col('Ghi chú') + 1 }, () => null)

/** Sở Y tế's request as a unit returns it, edited by `edit`. */
function healthReply(edit: (grid: InventoryCellValue[][]) => void = () => {}): ReceivedReply {
  const round = sampleRound()
  const grid = requestGrid(HEALTH, [PORTAL, HIS], [PORTAL_CHECK])
  edit(grid)
  return {
    fileName: 'Phiếu - Sở Y tế.xlsx',
    marker: markerFor(round, HEALTH, [PORTAL, HIS]),
    sheet: readReplyGrid(grid, { sheetName: 'Danh mục HTTT', unitName: HEALTH.name }),
  }
}

/** A level raised, a system added, the approved portal's level changed without a decision, another unit's row. */
const editedReply = () =>
  healthReply((grid) => {
    rowOf(grid, HIS.id)[col('Cấp độ đề xuất')] = 3
    rowOf(grid, PORTAL.id)[col('Cấp độ đề xuất')] = 4
    const added = blankRow()
    added[col('Tên hệ thống thông tin')] = 'Hệ thống đặt lịch khám'
    added[col('Cấp độ đề xuất')] = 2
    const foreign = blankRow()
    foreign[col('Mã hệ thống')] = GIS.id
    foreign[col('Tên hệ thống thông tin')] = GIS.name
    foreign[col('Cấp độ đề xuất')] = 5
    grid.push(added, foreign)
  })

describe('applying one unit’s reply', () => {
  it('writes its changes in one transaction, with the reply named in every history entry', async () => {
    const watch = watchWrites(db)
    const result = await applyRoundReply(db, editedReply())
    expect(result).toMatchObject({ status: 'applied', added: 1, changed: 1, unitName: HEALTH.name })
    expect(watch.transactions.size).toBe(1)

    expect((await db.systems.get(HIS.id))?.level).toBe(3)
    // The approved level stays without a new decision; another unit's system is never touched.
    expect(await db.systems.get(PORTAL.id)).toEqual(PORTAL)
    expect(await db.systems.get(GIS.id)).toEqual(GIS)
    const added = (await db.systems.where('unitId').equals(HEALTH.id).toArray()).find(
      (s) => s.name === 'Hệ thống đặt lịch khám',
    )
    expect(added).toMatchObject({ level: 2, revision: 1 })

    const history = await db.history.toArray()
    expect(history.every((h) => h.by === SOURCE)).toBe(true)
    expect(
      history.filter((h) => h.entity === 'system').map((h) => [h.systemId, h.action, h.changes]),
    ).toEqual([
      [
        added?.id,
        'create',
        expect.arrayContaining([{ field: 'name', from: null, to: 'Hệ thống đặt lịch khám' }]),
      ],
      [HIS.id, 'update', [{ field: 'level', from: 2, to: 3 }]],
    ])
    expect(history.find((h) => h.systemId === HIS.id)?.note).toBe(
      'Cập nhật từ dòng 5 của phiếu "Phiếu - Sở Y tế.xlsx".',
    )
  })

  it('marks the recipient received today with the number of changes its reply brought', async () => {
    await applyRoundReply(db, editedReply())
    const round = await db.rounds.get('round-1')
    expect(round?.recipients.map((r) => [r.unitName, r.receivedOn, r.changes])).toEqual([
      [HEALTH.name, today(), 2],
      [BUILD.name, null, null],
    ])
    const entry = (await db.history.where('entityId').equals('round-1').toArray())[0]
    expect(entry).toMatchObject({ entity: 'round', by: SOURCE })
  })

  it('the same reply twice changes nothing the second time, and says so', async () => {
    await applyRoundReply(db, editedReply())
    const systems = await db.systems.toArray()
    const historyCount = await db.history.count()
    const watch = watchWrites(db)
    const again = await applyRoundReply(db, editedReply())
    expect(again).toMatchObject({ status: 'nothing_new', added: 0, changed: 0 })
    expect(watch.writes).toEqual([])
    expect(await db.systems.toArray()).toEqual(systems)
    expect(await db.history.count()).toBe(historyCount)
    expect((await db.rounds.get('round-1'))?.recipients[0].changes).toBe(2)
  })

  it('a reply that changes nothing still records that the unit reported', async () => {
    const result = await applyRoundReply(db, healthReply())
    expect(result).toMatchObject({ status: 'received', added: 0, changed: 0 })
    expect((await db.rounds.get('round-1'))?.recipients[0]).toMatchObject({ receivedOn: today(), changes: 0 })
    expect(await db.systems.bulkGet([PORTAL.id, HIS.id, GIS.id])).toEqual(sampleRegister().systems)
  })

  it('a reported assessment date is recorded with the kind the reply chose', async () => {
    await applyRoundReply(
      db,
      healthReply((grid) => {
        rowOf(grid, HIS.id)[col('Ngày kiểm tra, đánh giá gần nhất')] = new Date('2026-10-01T00:00:00Z')
        rowOf(grid, HIS.id)[col('Hình thức kiểm tra, đánh giá gần nhất')] = 'Đột xuất'
      }),
    )
    const checks = await db.assessments.where('systemId').equals(HIS.id).toArray()
    expect(checks.map((a) => [a.date, a.kind])).toEqual([['2026-10-01', 'ad_hoc']])
    const entry = (await db.history.where('entityId').equals(checks[0].id).toArray())[0]
    expect(entry).toMatchObject({ entity: 'assessment', action: 'create', by: SOURCE })
  })

  it('a reply for a closed round, or with another unit’s token, is refused and writes nothing', async () => {
    const closed = { ...sampleRound(), closedOn: '2026-12-01' }
    await db.rounds.put(closed)
    await expect(applyRoundReply(db, editedReply())).rejects.toThrow('đợt này đã đóng ngày 01/12/2026')
    await db.rounds.put(sampleRound())
    const forged = editedReply()
    forged.marker = { ...forged.marker, token: TOKEN_BUILD }
    await expect(applyRoundReply(db, forged)).rejects.toThrow('mã xác nhận không khớp')
    expect(await db.history.count()).toBe(0)
    expect(await db.systems.bulkGet([PORTAL.id, HIS.id, GIS.id])).toEqual(sampleRegister().systems)
  })

  it('when the register moved since the preview, nothing is written and the preview is to be redone', async () => {
    const [preview] = await previewReplies(db, [editedReply()])
    if (!preview.ok) throw new Error(preview.message)
    expect(preview.diff.changed.map((c) => c.systemId)).toEqual([HIS.id])
    await db.systems.put({ ...HIS, level: 3 })
    await expect(applyRoundReply(db, editedReply(), { expected: preview.signature })).rejects.toMatchObject({
      code: 'reply_stale',
    })
    expect(await db.history.count()).toBe(0)
  })
})

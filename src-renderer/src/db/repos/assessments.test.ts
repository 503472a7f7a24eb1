import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CapdoDatabase } from '../database'
import { freshDatabase, watchWrites } from '../test-support/test-db'
import { addAssessment, deleteAssessment, listAssessmentsForSystem, updateAssessment } from './assessments'
import { listHistoryForSystem } from './history'
import { createSystem } from './systems'
import { createUnit } from './units'
import type { SystemRecord } from '../../domain/types'

let db: CapdoDatabase
let system: SystemRecord

beforeEach(async () => {
  db = freshDatabase()
  const unit = await createUnit(db, { name: 'Sở Y tế' })
  system = await createSystem(db, { name: 'Hệ thống bệnh án điện tử', unitId: unit.id, level: 3 })
})

afterEach(async () => {
  await db.delete()
})

describe('assessments', () => {
  it('files an assessment under its system, in one transaction with the history and the system revision', async () => {
    const watch = watchWrites(db)
    const a = await addAssessment(db, {
      systemId: system.id,
      date: '2025-03-10',
      kind: 'periodic',
      assessor: 'Trung tâm Kiểm định',
      result: 'Đạt',
    })
    expect(watch.transactions.size).toBe(1)
    expect(watch.writes.sort()).toEqual(['assessments:create', 'history:create', 'systems:update'])
    expect((await db.systems.get(system.id))?.revision).toBe(2)
    const [entry] = await listHistoryForSystem(db, system.id)
    expect(entry).toMatchObject({
      entity: 'assessment',
      entityId: a.id,
      systemId: system.id,
      action: 'create',
    })
    expect(entry.changes).toContainEqual({ field: 'date', from: null, to: '2025-03-10' })
  })

  it('refuses an impossible date or an unknown system, writing nothing', async () => {
    await expect(
      addAssessment(db, { systemId: system.id, date: '2025-02-30', kind: 'periodic' }),
    ).rejects.toMatchObject({
      code: 'invalid_date',
      message: 'Ngày kiểm tra, đánh giá không phải là một ngày hợp lệ (dd/mm/yyyy).',
    })
    await expect(
      addAssessment(db, { systemId: 'gone', date: '2025-02-10', kind: 'periodic' }),
    ).rejects.toMatchObject({
      code: 'system_not_found',
    })
    await expect(
      addAssessment(db, { systemId: system.id, date: '2025-02-10', kind: 'yearly' as 'periodic' }),
    ).rejects.toMatchObject({ code: 'invalid_value', message: 'Hình thức kiểm tra, đánh giá không hợp lệ.' })
    expect(await db.assessments.count()).toBe(0)
    expect(await listHistoryForSystem(db, system.id)).toHaveLength(1)
  })

  it('records only what an update changes, and the deletion under the system', async () => {
    const a = await addAssessment(db, {
      systemId: system.id,
      date: '2025-03-10',
      kind: 'periodic',
      result: 'Đạt',
    })
    await updateAssessment(db, a.id, { result: 'Chưa đạt', date: '2025-03-10' })
    let [latest] = await listHistoryForSystem(db, system.id)
    expect(latest).toMatchObject({
      action: 'update',
      changes: [{ field: 'result', from: 'Đạt', to: 'Chưa đạt' }],
    })

    await deleteAssessment(db, a.id)
    ;[latest] = await listHistoryForSystem(db, system.id)
    expect(latest).toMatchObject({ entity: 'assessment', action: 'delete', systemId: system.id })
    expect(await db.assessments.count()).toBe(0)
  })

  it("lists a system's assessments newest first, and only its own", async () => {
    const unit = await createUnit(db, { name: 'Sở Tư pháp' })
    const other = await createSystem(db, { name: 'Hệ thống khác', unitId: unit.id })
    await addAssessment(db, { systemId: system.id, date: '2024-01-05', kind: 'pre_operation' })
    await addAssessment(db, { systemId: system.id, date: '2025-01-05', kind: 'periodic' })
    await addAssessment(db, { systemId: other.id, date: '2025-06-01', kind: 'ad_hoc' })
    await addAssessment(db, { systemId: system.id, date: '2024-07-05', kind: 'ad_hoc' })
    expect((await listAssessmentsForSystem(db, system.id)).map((a) => a.date)).toEqual([
      '2025-01-05',
      '2024-07-05',
      '2024-01-05',
    ])
  })
})

/**
 * "Xóa hệ thống" (issue #13): what deleting a system takes with it and what it keeps, as the
 * confirmation promises — its assessments and every file (bytes included) go in one transaction,
 * its history stays, and the next "Gửi lên" carries the deletion as a tombstone.
 */
import { describe, expect, it } from 'vitest'
import { SAMPLE_FILES } from '../../../../test/fixtures/attachment-samples'
import { watchWrites } from '../test-support/test-db'
import { addAssessment } from './assessments'
import { addAttachment } from './attachments'
import { prepareExchangeExport } from './exchange'
import { deleteOfficesAfterEach, office } from '../test-support/exchange-offices'
import { listHistoryForSystem } from './history'
import { createSystem, deleteSystem, updateSystem } from './systems'
import { createUnit } from './units'

deleteOfficesAfterEach()

describe('deleteSystem, as the system page calls it', () => {
  it('takes the assessments and the files with their bytes in one transaction, keeps the history, and travels as a tombstone', async () => {
    const db = await office('UBND phường An Dương')
    const unit = await createUnit(db, { name: 'UBND phường An Dương', block: 'Khối xã, phường' })
    const portal = await createSystem(db, { name: 'Cổng thông tin phường', unitId: unit.id, level: 2 })
    const other = await createSystem(db, { name: 'Hệ thống một cửa', unitId: unit.id })
    await updateSystem(db, portal.id, { owner: 'UBND thành phố Hải Phòng' })
    const assessment = await addAssessment(db, { systemId: portal.id, date: '2025-05-02', kind: 'periodic' })
    await addAttachment(db, { owner: { kind: 'system', id: portal.id }, name: 'qd.pdf', data: SAMPLE_FILES.pdf })
    await addAttachment(db, {
      owner: { kind: 'assessment', id: assessment.id },
      name: 'bien-ban.pdf',
      data: SAMPLE_FILES.pdf,
    })
    await addAttachment(db, { owner: { kind: 'system', id: other.id }, name: 'khac.pdf', data: SAMPLE_FILES.pdf })
    // The portal and its assessment have been sent upward once: other offices know them.
    await prepareExchangeExport(db)
    const historyBefore = await listHistoryForSystem(db, portal.id)

    const watch = watchWrites(db)
    await deleteSystem(db, portal.id, 'Nguyễn Văn A')

    expect(watch.transactions.size).toBe(1)
    expect(await db.systems.get(portal.id)).toBeUndefined()
    expect(await db.assessments.get(assessment.id)).toBeUndefined()
    // Only the other system's file is left, metadata and bytes.
    expect((await db.attachments.toArray()).map((a) => a.name)).toEqual(['khac.pdf'])
    expect(await db.attachmentData.count()).toBe(1)

    const history = await listHistoryForSystem(db, portal.id)
    expect(history).toHaveLength(historyBefore.length + 1)
    expect(history.slice(1)).toEqual(historyBefore)
    expect(history[0]).toMatchObject({
      action: 'delete',
      by: 'Nguyễn Văn A',
      note: 'Xóa kèm 1 lần kiểm tra, đánh giá. Xóa kèm 2 tệp đính kèm.',
    })

    const { package: sent } = await prepareExchangeExport(db)
    expect(sent.tombstones.map((t) => `${t.entity}:${t.id}`).sort()).toEqual(
      [`assessment:${assessment.id}`, `system:${portal.id}`].sort(),
    )
    expect(sent.records.map((r) => r.id)).not.toContain(portal.id)
  })
})

/**
 * "Nhận dữ liệu" and the order of dossier dates (domain/exchange/dates.ts): a file holding a
 * system whose dates are out of order is refused at the preview, and a field-by-field choice on
 * a conflict that would combine dates out of order is refused at the apply; neither writes.
 */
import { describe, expect, it } from 'vitest'
import { isDomainError } from '../../domain/errors'
import type { ExchangePackage } from '../../domain/exchange'
import { watchWrites } from '../test-support/test-db'
import type { CapdoDatabase } from '../database'
import { applyExchangeImport, planExchangeImport, prepareExchangeExport } from './exchange'
import { deleteOfficesAfterEach, office } from '../test-support/exchange-offices'
import { createSystem, updateSystem } from './systems'
import { createUnit } from './units'

deleteOfficesAfterEach()

async function refusalOf(run: () => Promise<unknown>): Promise<{ code: string; message: string } | null> {
  const error = await run().then(
    () => null,
    (e: unknown) => e,
  )
  if (error === null) return null
  if (!isDomainError(error)) throw error
  return { code: error.code, message: error.message }
}

async function dumpOf(db: CapdoDatabase) {
  return {
    systems: await db.systems.toArray(),
    history: await db.history.count(),
    exchange: await db.exchange.toArray(),
  }
}

describe('receiving dossier dates out of order', () => {
  it('the issue’s dates in a file: an appraisal opinion of 15/09/2026 on a submission of 01/10/2026 is refused whole', async () => {
    const a = await office('UBND phường An Dương')
    const unit = await createUnit(a, { name: 'Phòng Văn hóa', block: 'Khối xã, phường' })
    const system = await createSystem(a, {
      name: 'Hệ thống quản lý di tích',
      unitId: unit.id,
      level: 3,
      dossierState: 'submitted',
      submittedOn: '2026-10-01',
    })
    const sent = (await prepareExchangeExport(a)).package
    // The file edited by hand (or written by another program): the opinion dated before the submission.
    const pkg: ExchangePackage = {
      ...sent,
      records: sent.records.map((r) =>
        r.id === system.id
          ? { ...r, data: { ...r.data, dossierState: 'appraised', appraisedOn: '2026-09-15' } }
          : r,
      ),
    }
    const so = await office('Sở Khoa học và Công nghệ')
    const before = await dumpOf(so)
    const watch = watchWrites(so)

    const refused = await refusalOf(() => planExchangeImport(so, pkg))
    expect(refused).toEqual({
      code: 'exchange_dates_out_of_order',
      message:
        'Tệp trao đổi dữ liệu có hệ thống thông tin "Hệ thống quản lý di tích" ghi ngày không theo thứ tự nên không được nhận: ' +
        'Ngày có ý kiến thẩm định (15/09/2026) không được trước ngày trình thẩm định (01/10/2026). ' +
        'Dữ liệu hiện tại không bị thay đổi. Hãy đề nghị đơn vị gửi sửa lại các ngày này rồi xuất lại tệp bằng chức năng "Gửi lên".',
    })
    expect(watch.writes).toEqual([])
    expect(await dumpOf(so)).toEqual(before)
    // The same file with the dates in order is taken.
    await expect(planExchangeImport(so, sent)).resolves.toBeDefined()
  })

  it('refuses a choice of fields that would put our approval before their appraisal opinion, and writes nothing', async () => {
    const a = await office('UBND phường An Dương')
    const unit = await createUnit(a, { name: 'Phòng Văn hóa', block: 'Khối xã, phường' })
    const system = await createSystem(a, {
      name: 'Hệ thống quản lý di tích',
      unitId: unit.id,
      level: 3,
      dossierState: 'approved',
      submittedOn: '2026-09-01',
      appraisedOn: '2026-09-15',
      approvedOn: '2026-09-20',
      decisionNo: '12/QĐ-UBND',
      approvalIssuer: 'UBND phường An Dương',
    })
    const so = await office('Sở Khoa học và Công nghệ')
    await applyExchangeImport(so, await planExchangeImport(so, (await prepareExchangeExport(a)).package), {})
    // Each side corrects both dates, each side in order.
    await updateSystem(so, system.id, { appraisedOn: '2026-09-10', approvedOn: '2026-09-12' })
    await updateSystem(a, system.id, { appraisedOn: '2026-09-18', approvedOn: '2026-09-25' })
    const plan = await planExchangeImport(so, (await prepareExchangeExport(a)).package)
    const key = `system:${system.id}`
    expect(plan.items.find((i) => i.key === key)?.status).toBe('conflict')

    const before = await dumpOf(so)
    const watch = watchWrites(so)
    const refused = await refusalOf(() =>
      applyExchangeImport(so, plan, { [key]: { fields: { appraisedOn: 'incoming', approvedOn: 'local' } } }),
    )
    expect(refused?.code).toBe('exchange_dates_out_of_order')
    expect(refused?.message).toContain(
      'hệ thống thông tin "Hệ thống quản lý di tích" sẽ có ngày không theo thứ tự: ' +
        'Ngày phê duyệt (12/09/2026) không được trước ngày có ý kiến thẩm định (18/09/2026).',
    )
    expect(watch.writes).toEqual([])
    expect(await dumpOf(so)).toEqual(before)

    await applyExchangeImport(so, plan, {
      [key]: { fields: { appraisedOn: 'incoming', approvedOn: 'incoming' } },
    })
    expect(await so.systems.get(system.id)).toMatchObject({
      appraisedOn: '2026-09-18',
      approvedOn: '2026-09-25',
    })
  })
})

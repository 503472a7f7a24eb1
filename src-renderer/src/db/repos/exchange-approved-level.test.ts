/**
 * Another office's file may change an approved level only together with a new approval decision
 * (domain/exchange/approved-levels.ts). The sending office here runs an older CapDo, which let a
 * level be overwritten: its store is written directly, as that version did.
 */
import { describe, expect, it } from 'vitest'
import type { ExchangePackage, MergePlan, Resolutions } from '../../domain/exchange'
import { readExchangeWorkbook } from '../../excel/exchange/read-exchange-workbook'
import type { CapdoDatabase } from '../database'
import { watchWrites } from '../test-support/test-db'
import { applyExchangeImport, planExchangeImport, prepareExchangeExport } from './exchange'
import { deleteOfficesAfterEach, office, packageBytes } from '../test-support/exchange-offices'
import { createSystem, getSystem, updateSystem } from './systems'
import { createUnit } from './units'

deleteOfficesAfterEach()

async function send(db: CapdoDatabase): Promise<ExchangePackage> {
  return readExchangeWorkbook(await packageBytes((await prepareExchangeExport(db)).package))
}

async function receive(db: CapdoDatabase, pkg: ExchangePackage, resolutions: Resolutions = {}) {
  const plan: MergePlan = await planExchangeImport(db, pkg)
  return applyExchangeImport(db, plan, resolutions)
}

/** Two offices that both hold the portal, approved at level 1 by decision 12/QĐ-UBND of 01/03/2024. */
async function twoOffices() {
  const so = await office('Sở Khoa học và Công nghệ')
  const a = await office('UBND phường An Dương')
  const unit = await createUnit(a, { name: 'UBND phường An Dương', block: 'Khối xã, phường' })
  const portal = await createSystem(a, {
    name: 'Cổng dịch vụ công phường',
    unitId: unit.id,
    level: 1,
    dossierState: 'approved',
    decisionNo: '12/QĐ-UBND',
    approvedOn: '2024-03-01',
    approvalIssuer: 'UBND phường An Dương',
  })
  await receive(so, await send(a))
  return { so, a, portal }
}

describe('an incoming approved level changed without a new decision', () => {
  it('is refused at the preview with a Vietnamese message naming the system and the field; nothing is written', async () => {
    const { so, a, portal } = await twoOffices()
    await a.systems.update(portal.id, { level: 3 })

    const pkg = await send(a)
    const watch = watchWrites(so)
    const refusal = planExchangeImport(so, pkg)
    await expect(refusal).rejects.toMatchObject({ code: 'exchange_level_without_decision' })
    await expect(refusal).rejects.toThrow(
      'Không nhận được dữ liệu: trong tệp, hệ thống thông tin "Cổng dịch vụ công phường" đổi trường "Cấp độ" ' +
        'từ Cấp độ 1 sang Cấp độ 3 mà không kèm quyết định phê duyệt mới (số hoặc ngày quyết định khác ' +
        'Quyết định số 12/QĐ-UBND ngày 01/03/2024).',
    )
    expect(watch.writes).toEqual([])
    expect((await getSystem(so, portal.id))?.level).toBe(1)
  })

  it("names the date when the file's new decision is dated before ours, rather than saying it has none", async () => {
    const { so, a, portal } = await twoOffices()
    await a.systems.update(portal.id, { level: 3, decisionNo: '45/QĐ-UBND', approvedOn: '2024-01-15' })

    const watch = watchWrites(so)
    const refusal = planExchangeImport(so, await send(a))
    await expect(refusal).rejects.toMatchObject({ code: 'exchange_level_without_decision' })
    await expect(refusal).rejects.toThrow(
      'Không nhận được dữ liệu từ tệp: Hệ thống "Cổng dịch vụ công phường" đang ở Cấp độ 1 đã được phê duyệt ' +
        'theo Quyết định số 12/QĐ-UBND ngày 01/03/2024; quyết định mới ngày 15/01/2024 lại trước quyết định đó, ' +
        'nên không đổi sang Cấp độ 3.',
    )
    await expect(refusal).rejects.toThrow(
      'Hãy đề nghị đơn vị gửi sửa lại ngày quyết định phê duyệt rồi gửi lại tệp.',
    )
    expect(watch.writes).toEqual([])
    expect(await getSystem(so, portal.id)).toMatchObject({ level: 1, decisionNo: '12/QĐ-UBND' })
  })

  it('is taken when it comes with the new decision of a re-determination', async () => {
    const { so, a, portal } = await twoOffices()
    await updateSystem(a, portal.id, { level: 3, decisionNo: '45/QĐ-UBND', approvedOn: '2026-11-25' })

    await receive(so, await send(a))
    expect(await getSystem(so, portal.id)).toMatchObject({
      level: 3,
      decisionNo: '45/QĐ-UBND',
      approvedOn: '2026-11-25',
    })
  })

  it('in a conflict, may be decided for our level, and is refused if decided for theirs without their decision', async () => {
    const { so, a, portal } = await twoOffices()
    await a.systems.update(portal.id, { level: 3 })
    await updateSystem(so, portal.id, { owner: 'UBND thành phố' })

    const plan = await planExchangeImport(so, await send(a))
    const conflict = plan.items.find((i) => i.status === 'conflict')
    const key = conflict?.key ?? ''
    await expect(
      applyExchangeImport(so, plan, { [key]: { fields: { level: 'incoming', owner: 'local' } } }),
    ).rejects.toMatchObject({ code: 'exchange_level_without_decision' })
    expect((await getSystem(so, portal.id))?.level).toBe(1)

    await applyExchangeImport(so, plan, { [key]: { fields: { level: 'local', owner: 'local' } } })
    expect(await getSystem(so, portal.id)).toMatchObject({ level: 1, owner: 'UBND thành phố' })
  })
})

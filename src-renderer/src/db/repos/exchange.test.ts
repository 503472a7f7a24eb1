import { describe, expect, it } from 'vitest'
import type { ExchangePackage, MergePlan, Resolutions } from '../../domain/exchange'
import { isDomainError } from '../../domain/errors'
import { readExchangeWorkbook } from '../../excel/exchange/read-exchange-workbook'
import { createBackup } from '../backup/create-backup'
import { restoreBackup } from '../backup/restore-backup'
import type { CapdoDatabase } from '../database'
import { watchWrites } from '../test-support/test-db'
import { SAMPLE_FILES } from '../../../../test/fixtures/attachment-samples'
import { addAssessment, deleteAssessment } from './assessments'
import { addAttachment } from './attachments'
import {
  applyExchangeImport,
  getOffice,
  planExchangeImport,
  prepareExchangeExport,
  readLedger,
  renameOffice,
} from './exchange'
import { deleteOfficesAfterEach, office, packageBytes } from '../test-support/exchange-offices'
import { listHistoryForSystem } from './history'
import { createSystem, deleteSystem, getSystem, updateSystem } from './systems'
import { createUnit, updateUnit } from './units'

deleteOfficesAfterEach()

/** "Gửi lên" through real workbook bytes, as the file travels on a USB stick. */
async function send(db: CapdoDatabase): Promise<Uint8Array> {
  return packageBytes((await prepareExchangeExport(db)).package)
}

async function preview(
  db: CapdoDatabase,
  bytes: Uint8Array,
): Promise<{ pkg: ExchangePackage; plan: MergePlan }> {
  const pkg = await readExchangeWorkbook(bytes)
  return { pkg, plan: await planExchangeImport(db, pkg) }
}

async function receive(db: CapdoDatabase, bytes: Uint8Array, resolutions: Resolutions = {}) {
  const { plan } = await preview(db, bytes)
  return { plan, applied: await applyExchangeImport(db, plan, resolutions) }
}

/**
 * The register as people see it, in a stable order, without the local counter. A system's
 * `updatedAt` is left out too: a change to one of its assessments stamps it without changing
 * it, and such a stamp is not a change the exchange carries (repos/exchange.ts).
 */
async function content(db: CapdoDatabase) {
  const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id))
  return {
    units: byId(await db.units.toArray()),
    systems: byId(await db.systems.toArray()).map(({ revision: _r, updatedAt: _u, ...s }) => s),
    assessments: byId(await db.assessments.toArray()),
  }
}

const statuses = (plan: MergePlan) => plan.items.map((i) => `${i.key.split(':')[0]}:${i.status}`).sort()

describe('the exchange between two stores', () => {
  it('gives each installation an office named after the report issuer, renamable, id kept', async () => {
    const db = await office('UBND phường An Dương')
    const first = await getOffice(db)
    expect(first?.name).toBe('UBND phường An Dương')
    const renamed = await renameOffice(db, '  UBND phường An Dương mới ')
    expect(renamed).toEqual({ id: first?.id, name: 'UBND phường An Dương mới' })
    await expect(renameOffice(db, '  ')).rejects.toThrow('Tên đơn vị không được để trống.')
  })

  it('diverge, exchange both ways through workbook files, and converge to the same register', async () => {
    const so = await office('Sở Khoa học và Công nghệ')
    const a = await office('UBND phường An Dương')

    const unit = await createUnit(a, { name: 'UBND phường An Dương', block: 'Khối xã, phường' })
    const portal = await createSystem(a, { name: 'Cổng thông tin phường', unitId: unit.id, level: 2 })
    const oneDoor = await createSystem(a, { name: 'Một cửa điện tử phường', unitId: unit.id })
    const check = await addAssessment(a, { systemId: portal.id, date: '2026-10-01', kind: 'periodic' })

    const first = await receive(so, await send(a))
    expect(statuses(first.plan)).toEqual(['assessment:new', 'system:new', 'system:new', 'unit:new'])
    expect(first.applied).toMatchObject({ created: 4, updated: 0, deleted: 0, history: 4 })
    expect(await content(so)).toEqual(await content(a))

    // Both sides go on working, on different records.
    await updateSystem(so, portal.id, { level: 3 })
    const soSystem = await createSystem(so, { name: 'Hệ thống giám sát của Sở', unitId: unit.id })
    await updateSystem(a, oneDoor.id, { notes: 'Đã có quy chế' })
    await deleteAssessment(a, check.id)
    await updateUnit(a, unit.id, { block: 'Khối phường' })

    const up = await receive(so, await send(a))
    // The Sở's newer level is kept (the file did not know it); the office's edits are taken.
    expect(statuses(up.plan)).toEqual([
      'assessment:updated',
      'system:local-newer',
      'system:updated',
      'unit:updated',
    ])
    const down = await receive(a, await send(so))
    expect(statuses(down.plan).filter((s) => !s.endsWith(':unchanged'))).toEqual([
      'system:new',
      'system:updated',
    ])
    expect(await content(a)).toEqual(await content(so))
    expect((await getSystem(a, portal.id))?.level).toBe(3)
    expect(await getSystem(a, soSystem.id)).toEqual(await getSystem(so, soSystem.id))
    expect((await getSystem(a, soSystem.id))?.name).toBe('Hệ thống giám sát của Sở')
    expect(await a.assessments.count()).toBe(0)

    // Once met, a further exchange either way finds nothing to do.
    for (const [from, to] of [
      [a, so],
      [so, a],
    ] as const) {
      const again = await receive(to, await send(from))
      expect(again.plan.items.every((i) => i.status === 'unchanged')).toBe(true)
      expect(again.applied.history).toBe(0)
    }
  })

  it('lists a record both changed as a conflict, applies the decision field by field, and converges', async () => {
    const so = await office('Sở Khoa học và Công nghệ')
    const a = await office('UBND phường An Dương')
    const unit = await createUnit(a, { name: 'UBND phường An Dương', block: 'Khối xã, phường' })
    const portal = await createSystem(a, { name: 'Cổng thông tin phường', unitId: unit.id, level: 2 })
    await receive(so, await send(a))

    await updateSystem(a, portal.id, { name: 'Cổng TTĐT phường An Dương', level: 3 })
    await updateSystem(so, portal.id, { name: 'Cổng thông tin điện tử phường', owner: 'UBND phường' })

    const { plan } = await preview(so, await send(a))
    const conflict = plan.items.find((i) => i.status === 'conflict')
    expect(conflict?.fields.map((f) => f.field)).toEqual(['level', 'name', 'owner'])
    // Nothing is written while a conflict is undecided.
    const watch = watchWrites(so)
    await expect(applyExchangeImport(so, plan, {})).rejects.toThrow(/xung đột chưa được chọn/u)
    expect(watch.writes).toEqual([])

    const key = conflict?.key ?? ''
    await applyExchangeImport(so, plan, {
      [key]: { fields: { level: 'incoming', name: 'local', owner: 'local' } },
    })
    const decided = await getSystem(so, portal.id)
    expect(decided).toMatchObject({ name: 'Cổng thông tin điện tử phường', owner: 'UBND phường', level: 3 })

    const history = await listHistoryForSystem(so, portal.id)
    const merged = history.find((h) => h.note.includes('xung đột'))
    expect(merged).toMatchObject({ by: 'UBND phường An Dương', action: 'update' })
    expect(merged?.note).toBe(
      'Nhận dữ liệu từ tệp của UBND phường An Dương (xung đột giữa hai bên, đã chọn cách xử lý).',
    )

    // The decision is a change of the Sở: it reaches the office as an update, not a new conflict.
    const back = await receive(a, await send(so))
    expect(back.plan.items.find((i) => i.key === key)?.status).toBe('updated')
    expect(await content(a)).toEqual(await content(so))
  })

  it('never lets a stale file overwrite newer data, and takes a duplicate file without writing anything', async () => {
    const so = await office('Sở Khoa học và Công nghệ')
    const a = await office('UBND phường An Dương')
    const unit = await createUnit(a, { name: 'UBND phường An Dương', block: 'Khối xã, phường' })
    const portal = await createSystem(a, { name: 'Cổng thông tin phường', unitId: unit.id, level: 2 })
    const older = await send(a)
    await updateSystem(a, portal.id, { level: 3, notes: 'Đã phê duyệt lại' })
    const newer = await send(a)

    await receive(so, newer)
    const stale = await receive(so, older)
    expect(stale.plan.items.every((i) => i.status === 'unchanged' || i.status === 'local-newer')).toBe(true)
    expect(stale.plan.items.some((i) => i.status === 'local-newer')).toBe(true)
    expect((await getSystem(so, portal.id))?.level).toBe(3)

    const ledgerBefore = await readLedger(so, (await getOffice(so))!)
    const watch = watchWrites(so)
    const duplicate = await receive(so, newer)
    expect(duplicate.plan.items.every((i) => i.status === 'unchanged')).toBe(true)
    expect(duplicate.applied).toEqual({ created: 0, updated: 0, deleted: 0, history: 0 })
    expect(watch.writes).toEqual([])
    expect(await readLedger(so, (await getOffice(so))!)).toEqual(ledgerBefore)
  })

  it('carries a deletion as a tombstone that an old file cannot undo', async () => {
    const so = await office('Sở Khoa học và Công nghệ')
    const a = await office('UBND phường An Dương')
    const unit = await createUnit(a, { name: 'UBND phường An Dương', block: 'Khối xã, phường' })
    const portal = await createSystem(a, { name: 'Cổng thông tin phường', unitId: unit.id })
    const beforeDeletion = await send(a)
    await receive(so, beforeDeletion)
    // The Sở had filed the portal's decision; the deletion takes the file, bytes included.
    await addAttachment(so, {
      owner: { kind: 'system', id: portal.id },
      name: 'qd.pdf',
      data: SAMPLE_FILES.pdf,
    })
    await deleteSystem(a, portal.id)
    const deletion = await receive(so, await send(a))
    expect(deletion.applied.deleted).toBe(1)
    expect(await getSystem(so, portal.id)).toBeUndefined()
    expect(await so.attachments.count()).toBe(0)
    expect(await so.attachmentData.count()).toBe(0)
    await receive(so, beforeDeletion)
    expect(await getSystem(so, portal.id)).toBeUndefined()
  })

  it('refuses its own file, and a record that could not be stored, in Vietnamese', async () => {
    const a = await office('UBND phường An Dương')
    await createUnit(a, { name: 'UBND phường An Dương', block: 'Khối xã, phường' })
    const own = await preview(a, await send(a)).catch((e: unknown) => e)
    expect(isDomainError(own) && own.code).toBe('exchange_own_file')

    const so = await office('Sở Khoa học và Công nghệ')
    const { package: pkg } = await prepareExchangeExport(a)
    const hostile = { ...pkg, records: pkg.records.map((r) => ({ ...r, data: { ...r.data, block: 42 } })) }
    const error = await planExchangeImport(so, hostile).catch((e: unknown) => e)
    expect(isDomainError(error) && error.code).toBe('exchange_bad_record')
    expect((error as Error).message).toContain(
      'đơn vị "UBND phường An Dương" có trường "Khối" mang giá trị 42 không hợp lệ',
    )
  })

  it('an incoming invalid level names the field, the value and what is accepted; so does every other field', async () => {
    const a = await office('UBND phường An Dương')
    const unit = await createUnit(a, { name: 'UBND phường An Dương', block: 'Khối xã, phường' })
    await createSystem(a, { name: 'Cổng thông tin phường', unitId: unit.id })
    const so = await office('Sở Khoa học và Công nghệ')
    const { package: pkg } = await prepareExchangeExport(a)
    const refusal = async (patch: Record<string, unknown>) => {
      const records = pkg.records.map((r) =>
        r.entity === 'system' ? { ...r, data: { ...r.data, ...patch } } : r,
      )
      const error = await planExchangeImport(so, { ...pkg, records }).catch((e: unknown) => e)
      expect(isDomainError(error) && error.code).toBe('exchange_bad_record')
      return (error as Error).message
    }
    expect(await refusal({ level: 7 })).toBe(
      'Tệp trao đổi dữ liệu có hệ thống thông tin "Cổng thông tin phường" có trường "Cấp độ" mang giá trị 7 ' +
        'không hợp lệ (phải là cấp độ từ 1 đến 5, hoặc để trống) nên không được nhận. ' +
        'Dữ liệu hiện tại không bị thay đổi. Hãy đề nghị đơn vị gửi xuất lại tệp bằng chức năng "Gửi lên".',
    )
    expect(await refusal({ level: '3' })).toContain('trường "Cấp độ" mang giá trị "3" không hợp lệ')
    expect(await refusal({ dossierState: 'done' })).toContain('trường "Tình trạng hồ sơ" mang giá trị "done"')
    expect(await refusal({ approvedOn: '2026-02-31' })).toContain(
      'trường "Ngày phê duyệt" mang giá trị "2026-02-31"',
    )
    expect(await refusal({ owner: 5 })).toContain('trường "Chủ quản HTTT" mang giá trị 5')
    expect(await refusal({ informationTypes: ['secret'] })).toContain(
      'trường "Loại thông tin xử lý" không hợp lệ (phần "0" mang giá trị "secret")',
    )
    expect(await refusal({ priority: 'cao' })).toContain('có trường không được phép "priority"')
  })

  it('a restore never takes our revision counter back', async () => {
    const a = await office('UBND phường An Dương')
    const unit = await createUnit(a, { name: 'UBND phường An Dương', block: 'Khối xã, phường' })
    await send(a)
    const backup = await createBackup(a)
    await createSystem(a, { name: 'Cổng thông tin phường', unitId: unit.id })
    await send(a)
    const self = (await getOffice(a))!
    const counter = (await readLedger(a, self)).seen[self.id]
    expect(counter).toBe(2)

    await restoreBackup(a, backup)
    expect((await readLedger(a, self)).seen[self.id]).toBe(counter)
    expect(await getOffice(a)).toEqual(self)
  })
})

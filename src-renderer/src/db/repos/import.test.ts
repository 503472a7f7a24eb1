import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  buildCapDoExportLike,
  buildInventoryWorkbook,
  buildMessyInventory,
} from '../../../../test/fixtures/messy-workbooks'
import { planImport, type ImportPlan } from '../../domain/inventory/plan-import'
import { blankAnswers } from '../../domain/law/level-answers'
import type { InventoryRow } from '../../domain/inventory/types'
import { readInventoryWorkbook } from '../../excel/import/read-workbook'
import type { CapdoDatabase } from '../database'
import { freshDatabase, watchWrites } from '../test-support/test-db'
import { listHistoryForSystem } from './history'
import { applyImport, loadImportRegister } from './import'
import { loadRegister } from './read-register'
import { createSystem, updateSystem } from './systems'
import { createUnit } from './units'

let db: CapdoDatabase

beforeEach(() => {
  db = freshDatabase()
})

afterEach(async () => {
  await db.delete()
})

async function rowsOf(bytes: Uint8Array): Promise<InventoryRow[]> {
  const result = await readInventoryWorkbook(bytes)
  expect(result.errors).toEqual([])
  return result.rows
}

async function planFor(rows: readonly InventoryRow[]): Promise<ImportPlan> {
  return planImport(rows, await loadImportRegister(db, rows))
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/** Imports with every new unit created, as the preview offers by default. */
async function importAll(rows: readonly InventoryRow[], fileName = 'danh-muc.xlsx') {
  const plan = await planFor(rows)
  return applyImport(db, plan, { fileName, createUnits: plan.newUnits })
}

describe('applying an import', () => {
  it('adds the systems of a messy inventory with their units, assessments and history, in one transaction', async () => {
    const rows = await rowsOf(await buildMessyInventory())
    const watch = watchWrites(db)
    const result = await importAll(rows)

    expect(watch.transactions.size).toBe(1)
    expect(result.unitsCreated.map((u) => u.name)).toEqual([
      'Sở Y tế',
      'Sở Tài chính',
      'UBND phường Hồng Bàng',
      'Văn phòng UBND thành phố',
    ])
    expect(result.added).toHaveLength(9)
    expect(result).toMatchObject({ updated: [], unchanged: 0, assessmentsAdded: 4, skipped: [] })

    const { units, systems, assessments } = await loadRegister(db)
    expect(units).toHaveLength(4)
    expect(systems).toHaveLength(9)
    // A file without ids gives new UUIDs, never ids derived from names that a rename would reuse.
    expect(systems.every((s) => UUID.test(s.id))).toBe(true)
    const byName = new Map(systems.map((s) => [s.name, s]))
    const unitName = new Map(units.map((u) => [u.id, u.name]))
    // NFD, doubled spaces and upper case still name the same two units.
    expect(unitName.get(byName.get('Hệ thống quản lý hồ sơ bệnh án')!.unitId)).toBe('Sở Y tế')
    expect(unitName.get(byName.get('Phần mềm kế toán')!.unitId)).toBe('Sở Tài chính')
    expect(byName.get('Cổng thông tin điện tử Sở Y tế')).toMatchObject({
      level: 3,
      dossierState: 'approved',
      decisionNo: '1234/QĐ-UBND',
      approvedOn: '2024-03-15',
      deploymentState: 'full',
      deployedOn: '2024-12-20',
      commissionedOn: '2020-06-01',
      revision: 1,
    })
    const portal = byName.get('Cổng thông tin điện tử Sở Y tế')!.id
    expect(assessments.filter((a) => a.systemId === portal)).toEqual([
      expect.objectContaining({ date: '2025-03-01', kind: 'unknown' }),
    ])

    const history = await db.history.toArray()
    expect(history).toHaveLength(4 + 9 + 4)
    expect(new Set(history.map((h) => h.action))).toEqual(new Set(['import']))
    expect(new Set(history.map((h) => h.by))).toEqual(new Set(['Nhập Excel: danh-muc.xlsx']))
    const portalHistory = await listHistoryForSystem(db, portal)
    expect(portalHistory.map((h) => h.entity).sort()).toEqual(['assessment', 'system'])
    expect(portalHistory.find((h) => h.entity === 'system')).toMatchObject({ note: 'Thêm mới từ dòng 9.' })
  })

  it('keeps the ids a CapDo export carries, and gives each new unit the block the file names', async () => {
    const result = await importAll(await rowsOf(await buildCapDoExportLike()))
    expect(result.added).toEqual(['sys-001', 'sys-002'])
    expect(await db.units.count()).toBe(2)
    expect((await db.systems.toCollection().primaryKeys()).sort()).toEqual(['sys-001', 'sys-002'])
    expect(result.unitsCreated.map((u) => [u.name, u.block])).toEqual([
      ['Văn phòng UBND thành phố', 'Khối cơ quan chuyên môn'],
      ['Sở Xây dựng', 'Khối cơ quan chuyên môn'],
    ])
  })

  it('changes only the fields that differ, bumps the revision and records a newer assessment', async () => {
    const unit = await createUnit(db, { name: 'Sở Y tế', block: 'Khối sở' })
    const before = await createSystem(db, {
      name: 'Cổng thông tin',
      unitId: unit.id,
      level: 2,
      owner: 'UBND thành phố',
      notes: 'Ghi chú của người dùng',
    })
    const rows = await rowsOf(
      await buildInventoryWorkbook(
        ['Tên hệ thống', 'Đơn vị', 'Cấp độ', 'Ngày kiểm tra, đánh giá gần nhất'],
        [['Cổng thông tin', 'SỞ Y TẾ', 3, '01/04/2026']],
      ),
    )
    const result = await importAll(rows, 'cap-nhat.xlsx')
    expect(result).toMatchObject({ added: [], updated: [before.id], unchanged: 0, assessmentsAdded: 1 })
    expect(result.unitsCreated).toEqual([])

    const after = await db.systems.get(before.id)
    // Owner and notes have no column in the file: unknown, never emptied.
    expect(after).toEqual({ ...before, level: 3, revision: 2, updatedAt: expect.any(String) })
    const history = await listHistoryForSystem(db, before.id)
    expect(history[0]).toMatchObject({
      entity: 'assessment',
      action: 'import',
      by: 'Nhập Excel: cap-nhat.xlsx',
    })
    expect(history[1]).toMatchObject({
      entity: 'system',
      action: 'import',
      changes: [{ field: 'level', from: 2, to: 3 }],
      note: 'Cập nhật từ dòng 2.',
    })
    expect(await db.assessments.where('systemId').equals(before.id).toArray()).toEqual([
      expect.objectContaining({ date: '2026-04-01', kind: 'unknown' }),
    ])
  })

  it('never wipes a saved level justification or dossier checklist, which no workbook carries', async () => {
    const unit = await createUnit(db, { name: 'Sở Y tế', block: 'Khối sở' })
    const answers = blankAnswers({ systemType: 'public_service', administrativeProcedures: true })
    const levelJustification = {
      answers,
      regime: 'ND331' as const,
      ruleSetId: 'ND331-2026',
      suggestedLevel: 3 as const,
      criterionIds: ['ND331-13.2.b'],
      madeOn: '2026-12-01',
      text: 'THUYẾT MINH VỀ VIỆC ĐỀ XUẤT CẤP ĐỘ\nĐề xuất cấp độ 3.',
    }
    const dossierChecklist = [{ part: 'description' as const, on: '2026-11-02' }]
    const before = await createSystem(db, {
      name: 'Cổng dịch vụ công',
      unitId: unit.id,
      level: 3,
      levelJustification,
      dossierChecklist,
    })
    const rows = await rowsOf(
      await buildInventoryWorkbook(
        ['Tên hệ thống', 'Đơn vị', 'Cấp độ', 'Ghi chú'],
        [['Cổng dịch vụ công', 'Sở Y tế', 2, 'Hạ cấp theo rà soát']],
      ),
    )
    await importAll(rows)
    const after = await db.systems.get(before.id)
    expect(after).toMatchObject({
      level: 2,
      notes: 'Hạ cấp theo rà soát',
      levelJustification,
      dossierChecklist,
    })
    const [entry] = await listHistoryForSystem(db, before.id)
    expect(entry.changes.map((c) => c.field)).toEqual(['level', 'notes'])
  })

  it('gives a system added by an import no justification and an empty checklist', async () => {
    await importAll(await rowsOf(await buildMessyInventory()))
    const { systems } = await loadRegister(db)
    expect(systems.every((s) => s.levelJustification === null && s.dossierChecklist.length === 0)).toBe(true)
  })

  it('moves a system to another unit, and drops the deployment date of a plan no longer fully deployed', async () => {
    const health = await createUnit(db, { name: 'Sở Y tế' })
    const system = await createSystem(db, {
      id: 'sys-7',
      name: 'Hệ thống bệnh án',
      unitId: health.id,
      deploymentState: 'full',
      deployedOn: '2024-12-20',
    })
    const rows = await rowsOf(
      await buildInventoryWorkbook(
        ['Mã hệ thống', 'Tên hệ thống', 'Đơn vị', 'Triển khai phương án bảo đảm ATTT'],
        [['sys-7', 'Hệ thống bệnh án', 'Bệnh viện Việt Tiệp', 'Đang triển khai']],
      ),
    )
    const result = await importAll(rows)
    const hospital = result.unitsCreated[0]
    expect(hospital.name).toBe('Bệnh viện Việt Tiệp')
    expect(await db.systems.get(system.id)).toMatchObject({
      unitId: hospital.id,
      deploymentState: 'partial',
      deployedOn: null,
    })
    const [entry] = await listHistoryForSystem(db, system.id)
    expect(entry.changes).toEqual([
      { field: 'unitId', from: health.id, to: hospital.id },
      { field: 'deploymentState', from: 'full', to: 'partial' },
      { field: 'deployedOn', from: '2024-12-20', to: null },
    ])
  })

  it('changes nothing when the same file is imported a second time', async () => {
    const bytes = await buildMessyInventory()
    await importAll(await rowsOf(bytes))
    const first = await loadRegister(db)
    const historyCount = await db.history.count()

    const again = await planFor(await rowsOf(bytes))
    expect(again).toMatchObject({ add: [], update: [], newUnits: [] })
    expect(again.unchanged).toHaveLength(9)
    const watch = watchWrites(db)
    const result = await applyImport(db, again, { fileName: 'danh-muc.xlsx', createUnits: [] })

    expect(result).toMatchObject({ added: [], updated: [], unchanged: 9, assessmentsAdded: 0 })
    expect(watch.writes).toEqual([])
    expect(await loadRegister(db)).toEqual(first)
    expect(await db.history.count()).toBe(historyCount)
  })

  it('skips and lists the rows of a new unit the user chose not to create', async () => {
    const rows = await rowsOf(await buildMessyInventory())
    const plan = await planFor(rows)
    const result = await applyImport(db, plan, {
      fileName: 'danh-muc.xlsx',
      createUnits: plan.newUnits.filter((u) => u !== 'Sở Tài chính'),
    })
    expect(result.unitsCreated.map((u) => u.name)).not.toContain('Sở Tài chính')
    expect(result.skipped).toEqual([
      { excelRow: 11, name: 'Hệ thống quản lý ngân sách', unit: 'Sở Tài chính' },
      { excelRow: 13, name: 'Phần mềm kế toán', unit: 'SỞ TÀI CHÍNH' },
    ])
    expect(result.added).toHaveLength(7)
    expect(await db.systems.count()).toBe(7)
  })

  it('writes nothing at all when a write fails midway', async () => {
    const rows = await rowsOf(await buildMessyInventory())
    const plan = await planFor(rows)
    // The history is written last: units, systems and assessments are already in the transaction.
    db.history.hook('creating', () => {
      throw new Error('Ổ đĩa đầy')
    })
    await expect(
      applyImport(db, plan, { fileName: 'danh-muc.xlsx', createUnits: plan.newUnits }),
    ).rejects.toThrow('Ổ đĩa đầy')
    expect(await db.units.count()).toBe(0)
    expect(await db.systems.count()).toBe(0)
    expect(await db.assessments.count()).toBe(0)
    expect(await db.history.count()).toBe(0)
  })

  it('refuses a plan the register has changed under, and writes nothing', async () => {
    const rows = await rowsOf(await buildMessyInventory())
    const plan = await planFor(rows)
    const unit = await createUnit(db, { name: 'Sở Y tế' })
    await createSystem(db, { name: 'Cổng thông tin điện tử Sở Y tế', unitId: unit.id })
    const historyCount = await db.history.count()

    await expect(
      applyImport(db, plan, { fileName: 'danh-muc.xlsx', createUnits: plan.newUnits }),
    ).rejects.toMatchObject({ code: 'import_stale' })
    expect(await db.systems.count()).toBe(1)
    expect(await db.units.count()).toBe(1)
    expect(await db.history.count()).toBe(historyCount)
  })
})

describe('importing again a spreadsheet older than a rename', () => {
  it('finds the renamed system by its former name instead of adding a duplicate, and keeps the new name', async () => {
    const unit = await createUnit(db, { name: 'Sở Y tế', block: 'Khối sở' })
    const portal = await createSystem(db, { name: 'Cổng thông tin Sở Y tế', unitId: unit.id, level: 2 })
    await updateSystem(db, portal.id, { name: 'Cổng thông tin điện tử Sở Y tế' })
    await updateSystem(db, portal.id, { name: 'Cổng TTĐT Sở Y tế' })
    const rows = await rowsOf(
      await buildInventoryWorkbook(
        ['Tên hệ thống', 'Đơn vị', 'Cấp độ'],
        [
          ['Cổng thông tin Sở Y tế', 'Sở Y tế', 3],
          ['Cổng thông tin điện tử Sở Y tế', 'Sở Y tế', 2],
        ],
      ),
    )

    const plan = await planFor(rows)
    expect(plan.add).toEqual([])
    expect(plan.update.map((p) => [p.row.excelRow, p.systemId, p.currentName, p.changes])).toEqual([
      [2, portal.id, 'Cổng TTĐT Sở Y tế', [{ field: 'level', from: 2, to: 3 }]],
    ])
    expect(plan.unchanged.map((p) => [p.row.excelRow, p.systemId, p.currentName])).toEqual([
      [3, portal.id, 'Cổng TTĐT Sở Y tế'],
    ])

    const result = await applyImport(db, plan, { fileName: 'danh-muc-cu.xlsx', createUnits: [] })
    expect(result.added).toEqual([])
    expect(await db.systems.count()).toBe(1)
    expect(await db.systems.get(portal.id)).toMatchObject({ name: 'Cổng TTĐT Sở Y tế', level: 3 })
    const [latest] = await listHistoryForSystem(db, portal.id)
    expect(latest.note).toBe('Cập nhật từ dòng 2 (khớp theo tên cũ “Cổng thông tin Sở Y tế”).')
  })

  it('reads the history only of the units whose rows need it', async () => {
    const health = await createUnit(db, { name: 'Sở Y tế', block: 'Khối sở' })
    const justice = await createUnit(db, { name: 'Sở Tư pháp', block: 'Khối sở' })
    const a = await createSystem(db, { name: 'A cũ', unitId: health.id })
    const b = await createSystem(db, { name: 'B cũ', unitId: justice.id })
    await updateSystem(db, a.id, { name: 'A mới' })
    await updateSystem(db, b.id, { name: 'B mới' })
    const rows = await rowsOf(
      await buildInventoryWorkbook(
        ['Tên hệ thống', 'Đơn vị'],
        [
          ['A cũ', 'Sở Y tế'],
          ['B mới', 'Sở Tư pháp'],
        ],
      ),
    )
    const register = await loadImportRegister(db, rows)
    expect([...(register.formerNames?.keys() ?? [])]).toEqual([a.id])
    expect(register.formerNames?.get(a.id)).toEqual(['A cũ', 'A mới'])
  })
})

describe('importing units into their blocks', () => {
  it('applies a file whose only change is the blocks of units already in the register', async () => {
    const file = await buildInventoryWorkbook(
      ['Tên hệ thống', 'Đơn vị', 'Khối'],
      [
        ['Hộ tịch', 'Sở Tư pháp', 'Khối sở, ngành'],
        ['Bệnh án', 'Sở Y tế', 'Khối sở, ngành'],
      ],
    )
    // The first import, of a file without its Khối cells, leaves both units unplaced.
    const first = await rowsOf(
      await buildInventoryWorkbook(['Tên hệ thống', 'Đơn vị'], [['Hộ tịch', 'Sở Tư pháp'], ['Bệnh án', 'Sở Y tế']]),
    )
    const firstPlan = await planFor(first)
    await applyImport(db, firstPlan, { fileName: 'cu.xlsx', createUnits: firstPlan.newUnits })
    const rows = await rowsOf(file)
    const plan = await planFor(rows)
    expect([plan.add.length, plan.update.length, plan.newUnits.length]).toEqual([0, 0, 0])

    const result = await applyImport(db, plan, { fileName: 'moi.xlsx', createUnits: [] })
    expect(result).toMatchObject({ added: [], updated: [], unchanged: 2, blocksAssigned: 2 })
    expect((await db.units.toArray()).map((u) => u.block)).toEqual(['Khối sở, ngành', 'Khối sở, ngành'])
  })

  it('gives new units the file’s block, else the unit list’s, and fills a register unit without one, in the import’s transaction and history', async () => {
    const empty = await createUnit(db, { name: 'Sở Tư pháp', block: '', parentId: null })
    const placed = await createUnit(db, { name: 'Sở Y tế', block: 'Khối y tế', parentId: null })
    const rows = await rowsOf(
      await buildInventoryWorkbook(
        ['Tên hệ thống', 'Đơn vị', 'Khối'],
        [
          ['Cổng thông tin', 'Sở Tài chính', 'Khối sở, ngành'],
          ['Một cửa', 'UBND phường Hồng Bàng', ''],
          ['Hộ tịch', 'Sở Tư pháp', ''],
          ['Bệnh án', 'Sở Y tế', 'Khối khác'],
          ['Thư điện tử', 'Sở Nội vụ', ''],
        ],
      ),
    )
    const unitList = {
      fileName: 'don-vi.csv',
      units: [
        { name: 'UBND phường Hồng Bàng', block: 'Khối phường, xã' },
        { name: 'Sở Tư pháp', block: 'Khối sở, ngành' },
        { name: 'Sở Y tế', block: 'Khối sở, ngành' },
      ],
    }
    const plan = planImport(rows, { ...(await loadImportRegister(db, rows)), knownUnits: unitList.units })
    const watch = watchWrites(db)
    const result = await applyImport(db, plan, {
      fileName: 'danh-muc.xlsx',
      createUnits: plan.newUnits,
      unitList,
    })

    expect(watch.transactions.size).toBe(1)
    expect(result.blocksAssigned).toBe(1)
    const units = new Map((await db.units.toArray()).map((u) => [u.name, u]))
    expect(units.get('Sở Tài chính')?.block).toBe('Khối sở, ngành')
    expect(units.get('UBND phường Hồng Bàng')?.block).toBe('Khối phường, xã')
    expect(units.get('Sở Nội vụ')?.block).toBe('')
    expect(units.get('Sở Tư pháp')).toMatchObject({ id: empty.id, block: 'Khối sở, ngành' })
    // A unit with a block keeps it, whatever the file or the list says.
    expect(units.get('Sở Y tế')).toEqual(placed)

    const unitHistory = (await db.history.toArray()).filter((h) => h.entity === 'unit')
    expect(unitHistory.find((h) => h.entityId === empty.id && h.action === 'import')).toMatchObject({
      by: 'Nhập Excel: danh-muc.xlsx',
      changes: [{ field: 'block', from: '', to: 'Khối sở, ngành' }],
      note: 'Khối lấy từ danh sách đơn vị “don-vi.csv”.',
    })
    const ward = units.get('UBND phường Hồng Bàng')!
    expect(unitHistory.find((h) => h.entityId === ward.id)?.note).toBe(
      'Khối lấy từ danh sách đơn vị “don-vi.csv”.',
    )
    const finance = units.get('Sở Tài chính')!
    expect(unitHistory.find((h) => h.entityId === finance.id)?.note).toBe(
      'Khối lấy từ cột Khối của tệp, dòng 2.',
    )
  })
})

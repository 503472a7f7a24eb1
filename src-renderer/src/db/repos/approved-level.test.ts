/**
 * An approved level changes only with a new approval decision, whatever path writes it (the
 * wizard, the form, a bulk edit, a dossier step): the store's side of domain/approved-level.ts.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { SheetGrid } from '../../domain/inventory/cell'
import { parseInventoryGrid } from '../../domain/inventory/parse-inventory'
import { planImport } from '../../domain/inventory/plan-import'
import { justificationRecord } from '../../domain/law/justification-record'
import { blankAnswers, type LevelAnswers } from '../../domain/law/level-answers'
import { suggestLevel } from '../../domain/law/level-wizard'
import { wizardApplication } from '../../domain/law/wizard-apply'
import { evaluateRegister } from '../../domain/register'
import { mau08Totals } from '../../domain/report/mau08'
import { ND331_2026 } from '../../domain/rule-set'
import type { SystemRecord } from '../../domain/types'
import type { CapdoDatabase } from '../database'
import { freshDatabase } from '../test-support/test-db'
import { listHistoryForSystem } from './history'
import { applyImport } from './import'
import { loadRegister } from './read-register'
import { applyDossierAction, bulkUpdateSystems, createSystem, getSystem, updateSystem } from './systems'
import { createUnit } from './units'

const AS_OF = '2026-12-07'
let db: CapdoDatabase
let unitId: string

beforeEach(async () => {
  db = freshDatabase()
  unitId = (await createUnit(db, { name: 'Sở Tư pháp', block: 'Khối sở' })).id
})
afterEach(async () => {
  await db.delete()
})

/** Approved at level 1 by decision 12/QĐ-UBND of 01/03/2024, not yet classified. */
function approvedSystem(name = 'Cổng dịch vụ công Sở Tư pháp'): Promise<SystemRecord> {
  return createSystem(db, {
    name,
    unitId,
    level: 1,
    dossierState: 'approved',
    decisionNo: '12/QĐ-UBND',
    approvedOn: '2024-03-01',
    approvalIssuer: 'UBND thành phố Hải Phòng',
  })
}

/** Answers that call for level 3 under Decree 331: a public service handling administrative procedures (Điều 13.2). */
const level3Answers: LevelAnswers = {
  ...blankAnswers({ systemType: 'public_service' }),
  information: ['public', 'personal'],
  administrativeProcedures: true,
}

async function applyWizard(system: SystemRecord, answers: LevelAnswers = level3Answers) {
  const suggestion = suggestLevel(answers, 'ND331')
  const record = justificationRecord({
    answers,
    regime: 'ND331',
    ruleSetId: ND331_2026.id,
    suggestion,
    madeOn: AS_OF,
    text: 'Thuyết minh',
  })
  const { patch, outcome } = wizardApplication(system, record)
  return { outcome, suggestion, after: await updateSystem(db, system.id, patch) }
}

async function totals() {
  const register = await loadRegister(db)
  const evaluated = evaluateRegister(register, ND331_2026, AS_OF)
  return { mau08: mau08Totals(evaluated), aggregates: evaluated.aggregates }
}

describe('the wizard on an approved system records a proposal, not a level', () => {
  it('keeps the approved level, decision and counts; keeps the answers and the proposed level', async () => {
    const system = await approvedSystem()
    const before = await totals()
    const { outcome, suggestion, after } = await applyWizard(system)

    expect(suggestion.level).toBe(3)
    expect(outcome).toBe('proposed')
    expect(after).toMatchObject({
      level: 1,
      dossierState: 'approved',
      decisionNo: '12/QĐ-UBND',
      approvedOn: '2024-03-01',
    })
    expect(after.levelJustification).toMatchObject({ suggestedLevel: 3, proposedLevel: 3 })
    const now = await totals()
    expect(now.aggregates.byLevel).toEqual(before.aggregates.byLevel)
    expect(now.aggregates.totals.approved).toBe(1)
    expect(now.mau08.approved).toBe(before.mau08.approved)
  })

  it('fills the system type and information types, so Mẫu 08 counts it as classified (0 → 1)', async () => {
    const system = await approvedSystem()
    expect((await totals()).mau08.classified).toBe(0)
    const { after } = await applyWizard(system)
    expect(after.systemType).toBe('public_service')
    expect(after.informationTypes).toEqual(['public', 'personal'])
    expect((await totals()).mau08.classified).toBe(1)
  })

  it('on a system without approval the suggested level becomes the proposed level, as before', async () => {
    const system = await createSystem(db, { name: 'Hệ thống mới', unitId, level: 1 })
    const { outcome, after } = await applyWizard(system)
    expect(outcome).toBe('applied')
    expect(after.level).toBe(3)
    expect(after.levelJustification?.proposedLevel).toBeUndefined()
    expect(after.systemType).toBe('public_service')
  })

  it('answers that call for the approved level propose nothing', async () => {
    const system = await approvedSystem()
    const { outcome, after } = await applyWizard(system, blankAnswers())
    expect(outcome).toBe('confirmed')
    expect(after.level).toBe(1)
    expect(after.levelJustification?.proposedLevel).toBeUndefined()
  })
})

describe('the re-determination: the approved level holds until a new decision replaces it', () => {
  it('runs the steps with level and decision unchanged, then the new decision replaces both, the old ones in history', async () => {
    const system = await approvedSystem()
    await applyWizard(system)
    const steps = [
      ['start_revision', {}],
      ['submit', { date: '2026-11-02' }],
      ['record_appraisal', { date: '2026-11-16' }],
    ] as const
    for (const [action, input] of steps) {
      const during = await applyDossierAction(db, system.id, action, input, AS_OF)
      expect(during).toMatchObject({ level: 1, decisionNo: '12/QĐ-UBND', approvedOn: '2024-03-01' })
    }
    const decided = await applyDossierAction(
      db,
      system.id,
      'approve',
      { date: '2026-11-25', decisionNo: '45/QĐ-UBND', issuer: 'UBND thành phố Hải Phòng' },
      AS_OF,
    )
    expect(decided).toMatchObject({
      level: 3,
      dossierState: 'approved',
      decisionNo: '45/QĐ-UBND',
      approvedOn: '2026-11-25',
    })
    expect(decided.levelJustification?.proposedLevel).toBeUndefined()
    const history = await listHistoryForSystem(db, system.id)
    const approval = history.find((h) => h.note.startsWith('Phê duyệt'))
    expect(approval?.changes).toEqual(
      expect.arrayContaining([
        { field: 'level', from: 1, to: 3 },
        { field: 'decisionNo', from: '12/QĐ-UBND', to: '45/QĐ-UBND' },
        { field: 'approvedOn', from: '2024-03-01', to: '2026-11-25' },
      ]),
    )
  })
})

describe('the form and the bulk edit cannot change an approved level', () => {
  it('a form save changing the level is refused with a Vietnamese message, nothing written', async () => {
    const system = await approvedSystem()
    await expect(updateSystem(db, system.id, { level: 3 })).rejects.toThrow(
      'Hệ thống "Cổng dịch vụ công Sở Tư pháp" đang ở Cấp độ 1 đã được phê duyệt theo Quyết định số 12/QĐ-UBND ngày 01/03/2024',
    )
    expect(await getSystem(db, system.id)).toEqual(system)
    expect(await listHistoryForSystem(db, system.id)).toHaveLength(1)
  })

  it('the level changes together with a new decision recorded on the record', async () => {
    const system = await approvedSystem()
    const after = await updateSystem(db, system.id, {
      level: 3,
      decisionNo: '45/QĐ-UBND',
      approvedOn: '2026-11-25',
    })
    expect(after).toMatchObject({ level: 3, decisionNo: '45/QĐ-UBND' })
  })

  it('other fields of an approved system still save', async () => {
    const system = await approvedSystem()
    expect((await updateSystem(db, system.id, { owner: 'UBND thành phố' })).owner).toBe('UBND thành phố')
  })

  it('a bulk level change that reaches an approved system is refused whole', async () => {
    const approved = await approvedSystem()
    const draft = await createSystem(db, { name: 'Hệ thống đang dự thảo', unitId, level: 1 })
    await expect(bulkUpdateSystems(db, [draft.id, approved.id], { level: 2 })).rejects.toMatchObject({
      code: 'approved_level_locked',
    })
    expect((await getSystem(db, draft.id))?.level).toBe(1)
    expect((await getSystem(db, approved.id))?.level).toBe(1)
  })
})

describe('an import row cannot change an approved level without a new decision', () => {
  const HEADER = ['Tên hệ thống', 'Đơn vị', 'Cấp độ', 'Số quyết định phê duyệt', 'Ngày phê duyệt', 'Ghi chú']
  const rows = (...cells: unknown[][]) =>
    parseInventoryGrid([HEADER, ...cells] as SheetGrid, { sheetName: 'Danh mục' }).rows

  it('holds the level back, says why on the row, and still imports the row’s other changes', async () => {
    const system = await approvedSystem()
    const plan = planImport(
      rows(['Cổng dịch vụ công Sở Tư pháp', 'Sở Tư pháp', 3, '12/QĐ-UBND', '01/03/2024', 'Đã nâng cấp']),
      await loadRegister(db),
    )
    expect(plan.levelHeld).toEqual([
      {
        excelRow: 2,
        systemId: system.id,
        name: 'Cổng dịch vụ công Sở Tư pháp',
        level: 1,
        fileLevel: 3,
        message: expect.stringContaining(
          'đang ở Cấp độ 1 đã được phê duyệt theo Quyết định số 12/QĐ-UBND ngày 01/03/2024, nên không đổi sang Cấp độ 3',
        ),
      },
    ])
    expect(plan.update[0].changes).toEqual([{ field: 'notes', from: '', to: 'Đã nâng cấp' }])

    await applyImport(db, plan, { fileName: 'danh-muc.xlsx', createUnits: [] })
    expect(await getSystem(db, system.id)).toMatchObject({
      level: 1,
      decisionNo: '12/QĐ-UBND',
      notes: 'Đã nâng cấp',
    })
  })

  it('a row with the level only (no decision columns) changes nothing and is listed', async () => {
    const system = await approvedSystem()
    const plan = planImport(
      parseInventoryGrid(
        [
          ['Tên hệ thống', 'Đơn vị', 'Cấp độ'],
          ['Cổng dịch vụ công Sở Tư pháp', 'Sở Tư pháp', 'Cấp độ 2'],
        ],
        { sheetName: 'Danh mục' },
      ).rows,
      await loadRegister(db),
    )
    expect(plan.levelHeld.map((h) => [h.systemId, h.fileLevel])).toEqual([[system.id, 2]])
    expect(plan.update).toEqual([])
    expect(plan.unchanged.map((u) => u.systemId)).toEqual([system.id])
  })

  it('a row carrying a new decision changes the level with it', async () => {
    const system = await approvedSystem()
    const plan = planImport(
      rows(['Cổng dịch vụ công Sở Tư pháp', 'Sở Tư pháp', 3, '45/QĐ-UBND', '25/11/2026', '']),
      await loadRegister(db),
    )
    expect(plan.levelHeld).toEqual([])
    await applyImport(db, plan, { fileName: 'danh-muc.xlsx', createUnits: [] })
    expect(await getSystem(db, system.id)).toMatchObject({
      level: 3,
      decisionNo: '45/QĐ-UBND',
      approvedOn: '2026-11-25',
    })
  })

  it('blank decision cells or "Chưa xây dựng" keep the recorded approval, and the row says so', async () => {
    const system = await approvedSystem()
    const withStatus = [
      'Tên hệ thống',
      'Đơn vị',
      'Cấp độ',
      'Tình trạng hồ sơ',
      'Số quyết định phê duyệt',
      'Ngày phê duyệt',
      'Ghi chú',
    ]
    const plan = planImport(
      [
        ...rows(['Cổng dịch vụ công Sở Tư pháp', 'Sở Tư pháp', 1, '', '', 'Chưa điền quyết định']),
        ...parseInventoryGrid(
          [withStatus, [], ['Cổng dịch vụ công Sở Tư pháp', 'Sở Tư pháp', 1, 'Chưa xây dựng', '', '', '']],
          {
            sheetName: 'Danh mục',
          },
        ).rows,
      ],
      await loadRegister(db),
    )
    expect(plan.levelHeld.map((h) => [h.excelRow, h.level, h.fileLevel])).toEqual([
      [2, 1, 1],
      [3, 1, 1],
    ])
    expect(plan.levelHeld[0].message).toContain(
      'đã được phê duyệt theo Quyết định số 12/QĐ-UBND ngày 01/03/2024; dòng này để trống hoặc ghi khác',
    )
    expect(plan.levelHeld[0].message).toContain('hãy ghi số và ngày của quyết định đó vào tệp')
    expect(plan.update.map((u) => u.changes)).toEqual([
      [{ field: 'notes', from: '', to: 'Chưa điền quyết định' }],
    ])

    await applyImport(db, plan, { fileName: 'danh-muc.xlsx', createUnits: [] })
    expect(await getSystem(db, system.id)).toMatchObject({
      level: 1,
      dossierState: 'approved',
      decisionNo: '12/QĐ-UBND',
      approvedOn: '2024-03-01',
      notes: 'Chưa điền quyết định',
    })
  })
})

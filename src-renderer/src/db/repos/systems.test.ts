import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DomainError } from '../../domain/errors'
import { blankAnswers } from '../../domain/law/level-answers'
import type { CapdoDatabase } from '../database'
import { freshDatabase, watchWrites } from '../test-support/test-db'
import { listHistoryForSystem } from './history'
import {
  applyDossierAction,
  bulkUpdateSystems,
  countSystemsByUnit,
  createSystem,
  deleteSystem,
  updateSystem,
} from './systems'
import { createUnit } from './units'
import { addAssessment } from './assessments'
import { saveRuleSetId } from './settings'

let db: CapdoDatabase
let unitId: string

beforeEach(async () => {
  db = freshDatabase()
  unitId = (await createUnit(db, { name: 'Sở Y tế', block: 'Khối sở' })).id
})

afterEach(async () => {
  await db.delete()
})

describe('createSystem', () => {
  it('stores the system and its create entry in one transaction', async () => {
    const watch = watchWrites(db)
    const system = await createSystem(
      db,
      { name: 'Cổng thông tin điện tử Sở Y tế', unitId, level: 2 },
      'Nguyễn Văn A',
    )

    expect(watch.writes).toEqual(['systems:create', 'history:create'])
    expect(watch.transactions.size).toBe(1)
    expect(await db.systems.get(system.id)).toEqual(system)
    expect(system).toMatchObject({ revision: 1, dossierState: 'not_started', deploymentState: 'none' })
    const history = await listHistoryForSystem(db, system.id)
    expect(history).toHaveLength(1)
    expect(history[0]).toMatchObject({
      entity: 'system',
      entityId: system.id,
      systemId: system.id,
      action: 'create',
      by: 'Nguyễn Văn A',
      at: system.createdAt,
    })
    expect(history[0].changes).toEqual([
      { field: 'name', from: null, to: 'Cổng thông tin điện tử Sở Y tế' },
      { field: 'unitId', from: null, to: unitId },
      { field: 'level', from: null, to: 2 },
      { field: 'dossierState', from: null, to: 'not_started' },
      { field: 'deploymentState', from: null, to: 'none' },
    ])
  })

  it('normalises names to NFC with single spaces, so NFD input is the same text', async () => {
    const nfd = '  Hệ thống   một cửa điện tử  '.normalize('NFD')
    const system = await createSystem(db, { name: nfd, unitId })
    expect(system.name).toBe('Hệ thống một cửa điện tử')
    expect(system.name).toBe(system.name.normalize('NFC'))
  })

  it('gives each system a new stable id unless one is carried in', async () => {
    const a = await createSystem(db, { name: 'Hệ thống A', unitId })
    const b = await createSystem(db, { name: 'Hệ thống B', unitId })
    expect(a.id).toMatch(/^[0-9a-f-]{36}$/)
    expect(a.id).not.toBe(b.id)
    const c = await createSystem(db, { id: 'HT-001', name: 'Hệ thống C', unitId })
    expect(c.id).toBe('HT-001')
    await expect(createSystem(db, { id: 'HT-001', name: 'Hệ thống D', unitId })).rejects.toMatchObject({
      code: 'system_exists',
    })
  })

  it('reads a deployment date alone as a fully deployed plan', async () => {
    const system = await createSystem(db, { name: 'Hệ thống A', unitId, deployedOn: '2024-12-01' })
    expect(system.deploymentState).toBe('full')
  })

  it.each([
    [{ name: '   ' }, 'name_required', 'Cần nhập tên hệ thống thông tin.'],
    [{ level: 6 }, 'invalid_level', 'Cấp độ phải là một số từ 1 đến 5, hoặc để trống nếu chưa xác định.'],
    [{ level: 0 }, 'invalid_level', 'Cấp độ phải là một số từ 1 đến 5, hoặc để trống nếu chưa xác định.'],
    [
      { approvedOn: '2024-02-31' },
      'invalid_date',
      'Ngày phê duyệt không phải là một ngày hợp lệ (dd/mm/yyyy).',
    ],
    [
      { commissionedOn: '31/12/2024' },
      'invalid_date',
      'Ngày đưa vào vận hành không phải là một ngày hợp lệ (dd/mm/yyyy).',
    ],
    [{ dossierState: 'done' }, 'invalid_value', 'Tình trạng hồ sơ không hợp lệ.'],
    [{ unitId: '' }, 'unit_required', 'Cần chọn đơn vị quản lý, vận hành của hệ thống.'],
    [{ unitId: 'no-such-unit' }, 'unit_not_found', 'Không tìm thấy đơn vị quản lý, vận hành đã chọn.'],
  ])('refuses %o in Vietnamese and writes nothing', async (bad, code, message) => {
    const input = { name: 'Hệ thống A', unitId, ...bad } as Parameters<typeof createSystem>[1]
    const error = await createSystem(db, input).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DomainError)
    expect(error).toMatchObject({ code, message })
    expect(await db.systems.count()).toBe(0)
    expect(await db.history.filter((h) => h.entity === 'system').count()).toBe(0)
  })

  it('rolls back the system when its history entry cannot be written', async () => {
    db.history.hook('creating', () => {
      throw new Error('disk full')
    })
    await expect(createSystem(db, { name: 'Hệ thống A', unitId })).rejects.toThrow('disk full')
    expect(await db.systems.count()).toBe(0)
  })
})

describe('updateSystem', () => {
  it('records only the fields that changed, with old and new values, and bumps the revision', async () => {
    const created = await createSystem(db, { name: 'Hệ thống A', unitId, level: 2, owner: 'UBND thành phố' })
    const watch = watchWrites(db)
    const updated = await updateSystem(db, created.id, {
      level: 3,
      owner: 'UBND thành phố',
      notes: 'Nâng cấp',
    })

    expect(watch.writes).toEqual(['systems:update', 'history:create'])
    expect(watch.transactions.size).toBe(1)
    expect(updated).toMatchObject({ level: 3, notes: 'Nâng cấp', revision: 2 })
    expect(updated.updatedAt >= created.updatedAt).toBe(true)
    const [latest] = await listHistoryForSystem(db, created.id)
    expect(latest.action).toBe('update')
    expect(latest.changes).toEqual([
      { field: 'level', from: 2, to: 3 },
      { field: 'notes', from: '', to: 'Nâng cấp' },
    ])
  })

  it('writes nothing when nothing changes', async () => {
    const created = await createSystem(db, { name: 'Hệ thống A', unitId, level: 2 })
    const same = await updateSystem(db, created.id, { level: 2, name: ' Hệ thống  A ' })
    expect(same.revision).toBe(1)
    expect(await listHistoryForSystem(db, created.id)).toHaveLength(1)
  })

  it('treats a reordered list of information types as unchanged', async () => {
    const created = await createSystem(db, {
      name: 'Hệ thống A',
      unitId,
      informationTypes: ['personal', 'public'],
    })
    expect(created.informationTypes).toEqual(['public', 'personal'])
    const same = await updateSystem(db, created.id, { informationTypes: ['public', 'personal'] })
    expect(same.revision).toBe(1)
  })

  it('refuses an invalid patch and leaves the record and history as they were', async () => {
    const created = await createSystem(db, { name: 'Hệ thống A', unitId, level: 2 })
    await expect(updateSystem(db, created.id, { level: 3, approvedOn: '2024-13-01' })).rejects.toMatchObject({
      code: 'invalid_date',
    })
    expect(await db.systems.get(created.id)).toEqual(created)
    expect(await listHistoryForSystem(db, created.id)).toHaveLength(1)
  })

  it('rolls back the change when the history entry fails inside the transaction', async () => {
    const created = await createSystem(db, { name: 'Hệ thống A', unitId, level: 2 })
    db.history.hook('creating', () => {
      throw new Error('history unavailable')
    })
    await expect(updateSystem(db, created.id, { level: 4 })).rejects.toThrow('history unavailable')
    expect(await db.systems.get(created.id)).toEqual(created)
  })

  it('moves a system only to a unit that exists', async () => {
    const created = await createSystem(db, { name: 'Hệ thống A', unitId })
    await expect(updateSystem(db, created.id, { unitId: 'gone' })).rejects.toMatchObject({
      code: 'unit_not_found',
    })
    const other = await createUnit(db, { name: 'Sở Tư pháp' })
    expect((await updateSystem(db, created.id, { unitId: other.id })).unitId).toBe(other.id)
  })

  it('says in Vietnamese when the system no longer exists', async () => {
    await expect(updateSystem(db, 'gone', { level: 1 })).rejects.toMatchObject({
      code: 'system_not_found',
      message: 'Không tìm thấy hệ thống thông tin (có thể đã bị xóa).',
    })
  })
})

describe('the level justification and the dossier checklist (schema v2)', () => {
  const justification = {
    answers: blankAnswers({ systemType: 'public_service', information: ['personal', 'public'] }),
    regime: 'ND331' as const,
    ruleSetId: 'ND331-2026',
    suggestedLevel: 2 as const,
    criterionIds: ['ND331-12.2.a', 'ND331-12.2.b'],
    madeOn: '2026-12-01',
    text: 'THUYẾT MINH VỀ VIỆC ĐỀ XUẤT CẤP ĐỘ',
  }

  it('a new system has none, and the level and its justification change in one history entry', async () => {
    const created = await createSystem(db, { name: 'Cổng dịch vụ công', unitId })
    expect(created).toMatchObject({ levelJustification: null, dossierChecklist: [] })
    const updated = await updateSystem(db, created.id, { level: 2, levelJustification: justification })
    // Stored in the law's order, so an equal set of answers compares equal.
    expect(updated.levelJustification?.answers.information).toEqual(['public', 'personal'])
    const [latest] = await listHistoryForSystem(db, created.id)
    expect(latest.changes.map((c) => c.field)).toEqual(['level', 'levelJustification'])
    expect(latest.changes[1]).toMatchObject({ from: null, to: { suggestedLevel: 2, regime: 'ND331' } })
  })

  it('keeps one tick per part, in the order of the law, and records each tick in the history', async () => {
    const created = await createSystem(db, { name: 'Cổng dịch vụ công', unitId, level: 3 })
    const updated = await updateSystem(db, created.id, {
      dossierChecklist: [
        { part: 'protection_plan', on: '2026-11-20' },
        { part: 'description', on: null },
        { part: 'protection_plan', on: '2026-11-21' },
      ],
    })
    expect(updated.dossierChecklist).toEqual([
      { part: 'description', on: null },
      { part: 'protection_plan', on: '2026-11-21' },
    ])
    const [latest] = await listHistoryForSystem(db, created.id)
    expect(latest.changes).toEqual([{ field: 'dossierChecklist', from: [], to: updated.dossierChecklist }])
  })

  it('refuses an unknown dossier part, a bad date or a malformed justification, and writes nothing', async () => {
    const created = await createSystem(db, { name: 'Cổng dịch vụ công', unitId })
    const bad = [
      { dossierChecklist: [{ part: 'budget', on: null }] },
      { dossierChecklist: [{ part: 'design', on: '31/12/2026' }] },
      { levelJustification: { ...justification, regime: 'ND72' } },
      { levelJustification: { ...justification, answers: { ...justification.answers, harm: 'some' } } },
    ]
    for (const patch of bad) {
      await expect(updateSystem(db, created.id, patch as never)).rejects.toThrow(/không hợp lệ/)
    }
    expect((await db.systems.get(created.id))?.revision).toBe(1)
  })
})

describe('deleteSystem', () => {
  it('deletes the system with its assessments and keeps what it held in history', async () => {
    const created = await createSystem(db, { name: 'Hệ thống A', unitId, level: 3 })
    await addAssessment(db, { systemId: created.id, date: '2025-01-10', kind: 'periodic' })
    const watch = watchWrites(db)
    await deleteSystem(db, created.id, 'Nguyễn Văn A')

    expect(watch.transactions.size).toBe(1)
    expect(await db.systems.get(created.id)).toBeUndefined()
    expect(await db.assessments.where('systemId').equals(created.id).count()).toBe(0)
    const [latest] = await listHistoryForSystem(db, created.id)
    expect(latest).toMatchObject({
      action: 'delete',
      by: 'Nguyễn Văn A',
      note: 'Xóa kèm 1 lần kiểm tra, đánh giá.',
    })
    expect(latest.changes).toContainEqual({ field: 'name', from: 'Hệ thống A', to: null })
    expect(latest.changes).toContainEqual({ field: 'level', from: 3, to: null })
  })
})

describe('applyDossierAction', () => {
  it('walks a dossier from not started to approved, one history entry per step', async () => {
    const system = await createSystem(db, { name: 'Hệ thống một cửa điện tử', unitId, level: 3 })
    const asOf = '2024-09-20'
    await applyDossierAction(db, system.id, 'start_drafting', {}, asOf)
    await applyDossierAction(db, system.id, 'submit', { date: '2024-07-01' }, asOf)
    await applyDossierAction(db, system.id, 'record_appraisal', { date: '2024-07-20' }, asOf)
    const watch = watchWrites(db)
    const approved = await applyDossierAction(
      db,
      system.id,
      'approve',
      { date: '2024-08-15', decisionNo: '1234/QĐ-UBND', issuer: 'Ủy ban nhân dân thành phố Hải Phòng' },
      asOf,
      'Trần Thị B',
    )
    expect(watch.transactions.size).toBe(1)

    expect(approved).toMatchObject({
      dossierState: 'approved',
      submittedOn: '2024-07-01',
      appraisedOn: '2024-07-20',
      approvedOn: '2024-08-15',
      decisionNo: '1234/QĐ-UBND',
      approvalIssuer: 'Ủy ban nhân dân thành phố Hải Phòng',
      approvalRuleSetId: 'ND85-CT09-2024',
      revision: 5,
    })
    const history = await listHistoryForSystem(db, system.id)
    expect(history.map((h) => [h.action, h.note])).toEqual([
      ['transition', 'Phê duyệt'],
      ['transition', 'Ghi nhận ý kiến thẩm định'],
      ['transition', 'Trình thẩm định'],
      ['transition', 'Bắt đầu xây dựng hồ sơ'],
      ['create', ''],
    ])
    expect(history[0].by).toBe('Trần Thị B')
    expect(history[0].changes).toEqual([
      { field: 'dossierState', from: 'appraised', to: 'approved' },
      { field: 'decisionNo', from: '', to: '1234/QĐ-UBND' },
      { field: 'approvedOn', from: null, to: '2024-08-15' },
      { field: 'approvalIssuer', from: '', to: 'Ủy ban nhân dân thành phố Hải Phòng' },
      { field: 'approvalRuleSetId', from: null, to: 'ND85-CT09-2024' },
    ])
  })

  it('records an approval under the rule set active in Settings', async () => {
    await saveRuleSetId(db, 'ND331-2026')
    const system = await createSystem(db, { name: 'Hệ thống A', unitId, level: 2, dossierState: 'submitted' })
    const approved = await applyDossierAction(
      db,
      system.id,
      'approve',
      { date: '2026-08-01', decisionNo: '12/QĐ-SKHCN', issuer: 'Sở Khoa học và Công nghệ' },
      '2026-09-01',
    )
    expect(approved.approvalRuleSetId).toBe('ND331-2026')
  })

  it('refuses a step the workflow does not allow and writes nothing', async () => {
    const system = await createSystem(db, { name: 'Hệ thống A', unitId, level: 3 })
    await expect(
      applyDossierAction(
        db,
        system.id,
        'approve',
        { date: '2024-08-15', decisionNo: '1/QĐ', issuer: 'UBND' },
        '2024-09-01',
      ),
    ).rejects.toMatchObject({ code: 'transition_refused' })
    expect(await db.systems.get(system.id)).toEqual(system)
    expect(await listHistoryForSystem(db, system.id)).toHaveLength(1)
  })
})

describe('bulkUpdateSystems', () => {
  it('changes many systems in one transaction with one history entry each', async () => {
    const a = await createSystem(db, { name: 'Hệ thống A', unitId, level: 2 })
    const b = await createSystem(db, { name: 'Hệ thống B', unitId, level: 1 })
    const c = await createSystem(db, { name: 'Hệ thống C', unitId, level: null })
    const watch = watchWrites(db)
    const updated = await bulkUpdateSystems(db, [a.id, b.id, c.id], { level: 3 }, 'Nhập hàng loạt')

    expect(watch.transactions.size).toBe(1)
    expect(updated.map((s) => s.level)).toEqual([3, 3, 3])
    expect(updated.map((s) => s.revision)).toEqual([2, 2, 2])
    for (const [system, from] of [
      [a, 2],
      [b, 1],
      [c, null],
    ] as const) {
      const [latest] = await listHistoryForSystem(db, system.id)
      expect(latest).toMatchObject({
        action: 'update',
        by: 'Nhập hàng loạt',
        changes: [{ field: 'level', from, to: 3 }],
      })
    }
  })

  it('skips systems the patch does not change', async () => {
    const a = await createSystem(db, { name: 'Hệ thống A', unitId, level: 3 })
    const b = await createSystem(db, { name: 'Hệ thống B', unitId, level: 1 })
    const updated = await bulkUpdateSystems(db, [a.id, b.id], { level: 3 })
    expect(updated.map((s) => s.id)).toEqual([b.id])
    expect(await listHistoryForSystem(db, a.id)).toHaveLength(1)
  })

  it('writes nothing at all when one of the systems is missing', async () => {
    const a = await createSystem(db, { name: 'Hệ thống A', unitId, level: 2 })
    await expect(bulkUpdateSystems(db, [a.id, 'gone'], { level: 3 })).rejects.toMatchObject({
      code: 'system_not_found',
    })
    expect((await db.systems.get(a.id))?.level).toBe(2)
    expect(await listHistoryForSystem(db, a.id)).toHaveLength(1)
  })
})

describe('countSystemsByUnit', () => {
  it('counts the systems of each unit', async () => {
    const other = await createUnit(db, { name: 'Sở Tư pháp' })
    await createSystem(db, { name: 'Hệ thống A', unitId })
    await createSystem(db, { name: 'Hệ thống B', unitId })
    await createSystem(db, { name: 'Hệ thống C', unitId: other.id })
    expect(await countSystemsByUnit(db)).toEqual(
      new Map([
        [unitId, 2],
        [other.id, 1],
      ]),
    )
  })
})

describe('the dossier’s dates are stored only in the order the law implies (last guard)', () => {
  const TODAY = '2026-12-07'
  const ISSUE_DATES = { submittedOn: '2026-10-01', appraisedOn: '2026-09-15', approvedOn: '2026-09-01' }

  it('the issue’s walk through the workflow: the appraisal of 15/09 after a submission of 01/10 writes nothing', async () => {
    const system = await createSystem(db, { name: 'Hệ thống một cửa điện tử', unitId, level: 3 })
    await applyDossierAction(db, system.id, 'start_drafting', {}, TODAY)
    const submitted = await applyDossierAction(db, system.id, 'submit', { date: '2026-10-01' }, TODAY)
    await expect(
      applyDossierAction(db, system.id, 'record_appraisal', { date: '2026-09-15' }, TODAY),
    ).rejects.toMatchObject({
      name: 'DossierDateError',
      code: 'dates_out_of_order',
      message: 'Ngày có ý kiến thẩm định (15/09/2026) không được trước ngày trình thẩm định (01/10/2026).',
    })
    expect(await db.systems.get(system.id)).toEqual(submitted)
    expect(await listHistoryForSystem(db, system.id)).toHaveLength(3)
  })

  it('refuses to create a system holding the issue’s dates, and writes nothing', async () => {
    await expect(
      createSystem(db, { name: 'Hệ thống A', unitId, level: 3, dossierState: 'approved', ...ISSUE_DATES }),
    ).rejects.toMatchObject({ code: 'dates_out_of_order' })
    expect(await db.systems.count()).toBe(0)
    expect((await db.history.toArray()).filter((h) => h.entity === 'system')).toEqual([])
  })

  it('refuses a correction that moves the approval before the appraisal, naming both dates', async () => {
    const system = await createSystem(db, {
      name: 'Hệ thống A',
      unitId,
      level: 3,
      dossierState: 'approved',
      submittedOn: '2026-09-01',
      appraisedOn: '2026-09-15',
      approvedOn: '2026-09-20',
    })
    await expect(updateSystem(db, system.id, { approvedOn: '2026-09-14' })).rejects.toThrow(
      'Ngày phê duyệt (14/09/2026) không được trước ngày có ý kiến thẩm định (15/09/2026).',
    )
    expect(await db.systems.get(system.id)).toEqual(system)
  })

  it('a bulk edit that would put one system’s dates out of order changes none', async () => {
    const fine = await createSystem(db, { name: 'Hệ thống A', unitId, level: 2, dossierState: 'submitted' })
    const dated = await createSystem(db, {
      name: 'Hệ thống B',
      unitId,
      level: 2,
      dossierState: 'submitted',
      submittedOn: '2026-10-01',
      appraisedOn: '2026-10-05',
    })
    await expect(
      bulkUpdateSystems(db, [fine.id, dated.id], { appraisedOn: '2026-09-15' }),
    ).rejects.toMatchObject({
      code: 'dates_out_of_order',
    })
    expect(await db.systems.bulkGet([fine.id, dated.id])).toEqual([fine, dated])
  })

  it('a record stored out of order before this rule can still be renamed', async () => {
    const legacy = await createSystem(db, { name: 'Hệ thống cũ', unitId, level: 3 })
    await db.systems.put({ ...legacy, dossierState: 'approved', ...ISSUE_DATES })
    const renamed = await updateSystem(db, legacy.id, { name: 'Hệ thống cũ (đổi tên)' })
    expect(renamed).toMatchObject({ name: 'Hệ thống cũ (đổi tên)', ...ISSUE_DATES })
  })
})

describe('the investment start date, a field added without a schema version', () => {
  it('is stored with its history entry, and read back', async () => {
    const system = await createSystem(db, { name: 'Hệ thống đang xây dựng', unitId })
    const after = await updateSystem(db, system.id, { investmentStartedOn: '2025-10-01' })
    expect((await db.systems.get(system.id))?.investmentStartedOn).toBe('2025-10-01')
    expect(after.revision).toBe(2)
    const history = await listHistoryForSystem(db, system.id)
    expect(history.find((h) => h.action === 'update')?.changes).toEqual([
      { field: 'investmentStartedOn', from: null, to: '2025-10-01' },
    ])
  })

  it('a record stored before the field existed is edited without a spurious change, and refuses a non-date', async () => {
    const system = await createSystem(db, { name: 'Hệ thống cũ', unitId })
    const { investmentStartedOn: _absent, ...legacy } = system
    await db.systems.put(legacy)
    const after = await updateSystem(db, system.id, { notes: 'Ghi chú mới' })
    const history = await listHistoryForSystem(db, system.id)
    expect(history.find((h) => h.action === 'update')?.changes.map((c) => c.field)).toEqual(['notes'])
    expect(after.investmentStartedOn).toBeNull()
    await expect(updateSystem(db, system.id, { investmentStartedOn: '31/02/2025' })).rejects.toThrow(
      DomainError,
    )
  })
})

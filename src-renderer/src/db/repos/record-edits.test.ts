import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { isEditConflict, resolveEdit, type EditConflictError } from '../../domain/edit-merge'
import type { Assessment, SystemRecord } from '../../domain/types'
import type { CapdoDatabase } from '../database'
import { freshDatabase, watchWrites } from '../test-support/test-db'
import { addAssessment, updateAssessment } from './assessments'
import { listHistoryForSystem } from './history'
import { saveAssessmentEdit, saveSystemEdit } from './record-edits'
import { createSystem, updateSystem } from './systems'
import { createUnit } from './units'

let db: CapdoDatabase
let system: SystemRecord

beforeEach(async () => {
  db = freshDatabase()
  const unit = await createUnit(db, { name: 'Sở Y tế', block: 'Khối sở' })
  system = await createSystem(db, {
    name: 'Cổng thông tin điện tử Sở Y tế',
    unitId: unit.id,
    owner: 'UBND thành phố Hải Phòng',
    notes: '',
    level: 2,
  })
})

afterEach(async () => {
  await db.delete()
})

/** What a system form holds and sends: these fields, as loaded. */
const formOf = (s: SystemRecord) => ({ owner: s.owner, notes: s.notes, level: s.level, name: s.name })

async function conflictOf(promise: Promise<unknown>): Promise<EditConflictError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  )
  if (!isEditConflict(error)) throw new Error(`expected an edit conflict, got ${String(error)}`)
  return error
}

describe('saveSystemEdit: two windows editing one system', () => {
  it('a save over an unchanged record is the plain update', async () => {
    const saved = await saveSystemEdit(db, system.id, {
      values: { ...formOf(system), owner: 'Sở Y tế' },
      base: formOf(system),
      baseRevision: system.revision,
    })
    expect(saved.record.owner).toBe('Sở Y tế')
    expect(saved.fromStored).toEqual([])
  })

  it('a stale save changing the same field refuses with both values and writes nothing', async () => {
    // Window A saved "Chủ quản HTTT" after window B loaded the form.
    const first = await updateSystem(db, system.id, { owner: 'Sở Thông tin và Truyền thông' })
    const watch = watchWrites(db)
    const historyBefore = await db.history.count()

    const error = await conflictOf(
      saveSystemEdit(db, system.id, {
        values: { ...formOf(system), owner: 'Sở Nội vụ', notes: 'Ghi chú của cửa sổ B' },
        base: formOf(system),
        baseRevision: system.revision,
      }),
    )
    expect(error.code).toBe('edit_conflict')
    expect(error.message).toContain('"Chủ quản HTTT"')
    expect(error.conflicts).toEqual([
      { field: 'owner', base: 'UBND thành phố Hải Phòng', stored: 'Sở Thông tin và Truyền thông', mine: 'Sở Nội vụ' },
    ])
    expect(error.storedRevision).toBe(first.revision)
    expect(watch.writes).toEqual([])
    expect(await db.history.count()).toBe(historyBefore)
    expect((await db.systems.get(system.id))?.owner).toBe('Sở Thông tin và Truyền thông')
  })

  it('after the person chooses, the save goes through with both windows\' other edits kept', async () => {
    await updateSystem(db, system.id, { owner: 'Sở Thông tin và Truyền thông', level: 3 })
    const error = await conflictOf(
      saveSystemEdit(db, system.id, {
        values: { ...formOf(system), owner: 'Sở Nội vụ', notes: 'Ghi chú của cửa sổ B' },
        base: formOf(system),
        baseRevision: system.revision,
      }),
    )
    const chosen = resolveEdit(error, { owner: 'mine' })
    const saved = await saveSystemEdit(db, system.id, {
      values: chosen,
      base: error.stored,
      baseRevision: error.storedRevision ?? -1,
    })
    expect(saved.record).toMatchObject({ owner: 'Sở Nội vụ', notes: 'Ghi chú của cửa sổ B', level: 3 })
    const [latest] = await listHistoryForSystem(db, system.id)
    expect(latest.changes).toEqual([
      { field: 'owner', from: 'Sở Thông tin và Truyền thông', to: 'Sở Nội vụ' },
      { field: 'notes', from: '', to: 'Ghi chú của cửa sổ B' },
    ])
  })

  it('edits to different fields combine silently, and the save says which came from elsewhere', async () => {
    await updateSystem(db, system.id, { owner: 'Sở Thông tin và Truyền thông' })
    const saved = await saveSystemEdit(db, system.id, {
      values: { ...formOf(system), notes: 'Đã rà soát  ' },
      base: formOf(system),
      baseRevision: system.revision,
    })
    expect(saved.record).toMatchObject({ owner: 'Sở Thông tin và Truyền thông', notes: 'Đã rà soát', level: 2 })
    expect(saved.fromStored).toEqual(['owner'])
  })

  it('a record that moved only through a dossier step or an assessment saves without a question', async () => {
    await addAssessment(db, { systemId: system.id, date: '2025-03-01', kind: 'periodic' })
    const saved = await saveSystemEdit(db, system.id, {
      values: { ...formOf(system), owner: 'Sở Y tế' },
      base: formOf(system),
      baseRevision: system.revision,
    })
    expect(saved.record.owner).toBe('Sở Y tế')
    expect(saved.fromStored).toEqual([])
  })

  it('a record stored before a field existed is not taken as changed elsewhere in that field', async () => {
    // Stored by an earlier version (or received from one): no "Ngày bắt đầu đầu tư, xây dựng" at all.
    const { investmentStartedOn: _absent, ...older } = system
    await db.systems.put(older as SystemRecord)
    // The form shows the missing date as empty (null); an assessment recorded meanwhile moves the record.
    const form = { ...formOf(system), investmentStartedOn: null }
    await addAssessment(db, { systemId: system.id, date: '2025-03-01', kind: 'periodic' })
    const saved = await saveSystemEdit(db, system.id, {
      values: { ...form, investmentStartedOn: '2026-03-02' },
      base: form,
      baseRevision: system.revision,
    })
    expect(saved.record.investmentStartedOn).toBe('2026-03-02')
    expect(saved.fromStored).toEqual([])
  })
})

describe('saveAssessmentEdit: the assessment dialog open in two windows', () => {
  let assessment: Assessment
  const fieldsOf = (a: Assessment) => ({
    date: a.date,
    kind: a.kind,
    assessor: a.assessor,
    result: a.result,
    findings: a.findings,
  })

  beforeEach(async () => {
    assessment = await addAssessment(db, {
      systemId: system.id,
      date: '2025-03-01',
      kind: 'periodic',
      assessor: 'Trung tâm A',
    })
  })

  it('the same field changed on both sides refuses and writes nothing', async () => {
    await updateAssessment(db, assessment.id, { result: 'Đạt' })
    const watch = watchWrites(db)
    const error = await conflictOf(
      saveAssessmentEdit(db, assessment.id, {
        values: { ...fieldsOf(assessment), result: 'Không đạt' },
        base: fieldsOf(assessment),
      }),
    )
    expect(error.conflicts).toEqual([{ field: 'result', base: '', stored: 'Đạt', mine: 'Không đạt' }])
    expect(watch.writes).toEqual([])
    expect((await db.assessments.get(assessment.id))?.result).toBe('Đạt')
  })

  it('different fields combine', async () => {
    await updateAssessment(db, assessment.id, { result: 'Đạt' })
    const saved = await saveAssessmentEdit(db, assessment.id, {
      values: { ...fieldsOf(assessment), findings: 'Cần vá lỗ hổng' },
      base: fieldsOf(assessment),
    })
    expect(saved.record).toMatchObject({ result: 'Đạt', findings: 'Cần vá lỗ hổng', assessor: 'Trung tâm A' })
    expect(saved.fromStored).toEqual(['result'])
  })
})

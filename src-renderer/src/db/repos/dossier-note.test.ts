import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CapdoDatabase } from '../database'
import { freshDatabase } from '../test-support/test-db'
import { listHistoryForSystem } from './history'
import { applyDossierAction, createSystem } from './systems'
import { createUnit } from './units'

let db: CapdoDatabase

beforeEach(() => {
  db = freshDatabase()
})

afterEach(async () => {
  await db.delete()
})

describe('a dossier step with a note', () => {
  it('keeps what to revise in the history entry of a dossier returned for revision', async () => {
    const unit = await createUnit(db, { name: 'Sở Y tế' })
    const system = await createSystem(db, { name: 'Hệ thống A', unitId: unit.id, level: 3 })
    await applyDossierAction(db, system.id, 'start_drafting', {}, '2024-07-01')
    await applyDossierAction(db, system.id, 'submit', { date: '2024-07-01' }, '2024-07-01')
    await applyDossierAction(
      db,
      system.id,
      'return_for_revision',
      { note: '  Bổ sung  thuyết minh cấp độ\n' },
      '2024-07-05',
    )

    const [latest] = await listHistoryForSystem(db, system.id)
    expect(latest.note).toBe('Trả lại để bổ sung: Bổ sung thuyết minh cấp độ')
    expect(latest.changes).toEqual([
      { field: 'dossierState', from: 'submitted', to: 'drafting' },
      { field: 'submittedOn', from: '2024-07-01', to: null },
    ])
  })

  it('names the step alone when no note is given', async () => {
    const unit = await createUnit(db, { name: 'Sở Y tế' })
    const system = await createSystem(db, { name: 'Hệ thống A', unitId: unit.id })
    await applyDossierAction(db, system.id, 'start_drafting', { note: '   ' }, '2024-07-01')

    const [latest] = await listHistoryForSystem(db, system.id)
    expect(latest.note).toBe('Bắt đầu xây dựng hồ sơ')
  })
})

/**
 * The officer's name ("Tên người sử dụng", Settings) on every history entry written from now on
 * (database.ts stamps it in one place), whichever repo writes; entries written without a name,
 * or restored from a backup, keep what they said.
 */
import { describe, expect, it } from 'vitest'
import { readExchangeWorkbook } from '../excel/exchange/read-exchange-workbook'
import { createBackup } from './backup/create-backup'
import { parseBackup } from './backup/parse-backup'
import { restoreBackup } from './backup/restore-backup'
import { applyExchangeImport, planExchangeImport, prepareExchangeExport } from './repos/exchange'
import { deleteOfficesAfterEach, office, packageBytes } from './test-support/exchange-offices'
import { addAssessment } from './repos/assessments'
import { listHistoryForSystem, listRecentHistory } from './repos/history'
import { saveRuleSetId } from './repos/settings'
import { applyDossierAction, createSystem, updateSystem } from './repos/systems'
import { createUnit } from './repos/units'

deleteOfficesAfterEach()

const AN = 'Nguyễn Văn An — Chuyên viên'

describe('the officer of Settings on the history', () => {
  it('every repo write from now on carries the name, changes, dossier steps, assessments and settings alike', async () => {
    const db = await office('Sở Thông tin và Truyền thông')
    const before = (await listRecentHistory(db)).length
    db.officer = () => AN
    const unit = await createUnit(db, { name: 'Sở Y tế' })
    const system = await createSystem(db, { name: 'Cổng thông tin điện tử', unitId: unit.id, level: 2 })
    await updateSystem(db, system.id, { owner: 'UBND tỉnh' })
    await applyDossierAction(db, system.id, 'start_drafting', {}, '2026-12-07')
    await addAssessment(db, { systemId: system.id, date: '2026-12-01', kind: 'periodic' })
    await saveRuleSetId(db, 'ND331-2026')

    const written = (await listRecentHistory(db)).slice(0, -before || undefined)
    expect(written.length).toBe(6)
    expect(written.map((e) => e.officer)).toEqual(Array(6).fill(AN))
  })

  it('names nobody while no name is set, and an entry that names its own officer keeps it', async () => {
    const db = await office('Sở Thông tin và Truyền thông')
    db.officer = () => '   '
    const unit = await createUnit(db, { name: 'Sở Y tế' })
    const system = await createSystem(db, { name: 'Cổng thông tin điện tử', unitId: unit.id })
    const [entry] = await listHistoryForSystem(db, system.id)
    expect('officer' in entry).toBe(false)

    db.officer = () => AN
    await db.history.add({ ...entry, id: undefined, officer: 'Trần Thị Bình' })
    expect((await listHistoryForSystem(db, system.id))[0].officer).toBe('Trần Thị Bình')
  })

  it('a backup holds entries with and without the name, and a restore keeps each as it was', async () => {
    const db = await office('Sở Thông tin và Truyền thông')
    const unit = await createUnit(db, { name: 'Sở Y tế' })
    const system = await createSystem(db, { name: 'Cổng thông tin điện tử', unitId: unit.id })
    db.officer = () => AN
    await updateSystem(db, system.id, { owner: 'UBND tỉnh' })
    const bytes = await createBackup(db)

    const parsed = (await parseBackup(bytes)).tables.history.filter((e) => e.systemId === system.id)
    expect(parsed.map((e) => e.officer)).toEqual([undefined, AN])

    // Restored on the machine of another officer: old entries are not signed with her name.
    db.officer = () => 'Trần Thị Bình'
    await restoreBackup(db, bytes)
    const history = await listHistoryForSystem(db, system.id)
    expect(history.map((e) => e.officer)).toEqual([AN, undefined])
    const [restore] = await listRecentHistory(db, 1)
    expect(restore.entityId).toBe('backup')
    expect(restore.officer).toBe('Trần Thị Bình')
  })

  it('taking in another office\'s file: the entries name that office as the source and our officer as who took it in', async () => {
    const ward = await office('UBND phường An Dương')
    const city = await office('Sở Thông tin và Truyền thông')
    ward.officer = () => 'Lê Văn Cường'
    const unit = await createUnit(ward, { name: 'UBND phường An Dương' })
    const system = await createSystem(ward, { name: 'Phần mềm một cửa', unitId: unit.id })
    const pkg = await readExchangeWorkbook(await packageBytes((await prepareExchangeExport(ward)).package))

    city.officer = () => AN
    await applyExchangeImport(city, await planExchangeImport(city, pkg), {})
    const [entry] = await listHistoryForSystem(city, system.id)
    expect(entry.by).toBe('UBND phường An Dương')
    expect(entry.officer).toBe(AN)
  })
})

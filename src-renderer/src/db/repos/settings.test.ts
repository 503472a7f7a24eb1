import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_REPORT_SETTINGS } from '../../domain/report/settings'
import { ND85_CT09_2024 } from '../../domain/rule-set'
import type { CapdoDatabase } from '../database'
import { freshDatabase, watchWrites } from '../test-support/test-db'
import { listHistoryForEntity } from './history'
import {
  deleteCustomRuleSet,
  getActiveRuleSet,
  getSettings,
  saveCustomRuleSet,
  saveReportSettings,
  saveRuleSetId,
} from './settings'

let db: CapdoDatabase

beforeEach(() => {
  db = freshDatabase()
})

afterEach(async () => {
  await db.delete()
})

describe('settings', () => {
  it('starts with the default rule set and report settings', async () => {
    expect(await getSettings(db)).toEqual({
      ruleSetId: 'ND85-CT09-2024',
      reportSettings: DEFAULT_REPORT_SETTINGS,
      customRuleSets: [],
    })
    expect((await getActiveRuleSet(db)).id).toBe('ND85-CT09-2024')
  })

  it('round-trips the chosen rule set and records the change in history', async () => {
    const watch = watchWrites(db)
    await saveRuleSetId(db, 'ND331-2026', 'Quản trị')
    expect(watch.transactions.size).toBe(1)
    expect((await getSettings(db)).ruleSetId).toBe('ND331-2026')
    expect((await getActiveRuleSet(db)).id).toBe('ND331-2026')
    const [entry] = await listHistoryForEntity(db, 'ruleSetId')
    expect(entry).toMatchObject({
      entity: 'settings',
      systemId: null,
      action: 'update',
      by: 'Quản trị',
      changes: [{ field: 'ruleSetId', from: 'ND85-CT09-2024', to: 'ND331-2026' }],
    })
  })

  it('refuses a rule set that does not exist', async () => {
    await expect(saveRuleSetId(db, 'ND999')).rejects.toMatchObject({
      code: 'rule_set_not_found',
      message: 'Không tìm thấy bộ quy tắc đã chọn.',
    })
    expect(await db.history.count()).toBe(0)
  })

  it('round-trips report settings in NFC, recording each changed field', async () => {
    const saved = await saveReportSettings(db, {
      ...DEFAULT_REPORT_SETTINGS,
      place: ' Hải  Phòng '.normalize('NFD'),
      signerName: 'Nguyễn Văn A',
      signerTitle: 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC',
      recipients: ['Bộ Công an;', '', 'Lưu: VT.'],
    })
    expect(saved.place).toBe('Hải Phòng')
    expect((await getSettings(db)).reportSettings).toEqual(saved)
    expect(saved.signerTitle).toBe('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC')
    expect(saved.recipients).toEqual(['Bộ Công an;', 'Lưu: VT.'])
    const [entry] = await listHistoryForEntity(db, 'reportSettings')
    expect(entry.changes.map((c) => c.field)).toEqual([
      'reportSettings.signerName',
      'reportSettings.signerTitle',
      'reportSettings.recipients',
    ])
  })

  it('reads report settings stored by an older version, before the letter lines, with their defaults', async () => {
    const {
      addressees,
      documentSymbol,
      ownerAddress,
      securityUnitAddress,
      ownerMandate,
      ownerRepresentative,
      ownerPhone,
      ownerEmail,
      securityUnitMandate,
      securityUnitRepresentative,
      securityUnitPhone,
      securityUnitEmail,
      ...older
    } = { ...DEFAULT_REPORT_SETTINGS, signerName: 'Nguyễn Văn A' }
    expect([addressees, documentSymbol, ownerAddress, securityUnitAddress]).toEqual([[], '', '', ''])
    // Mẫu 08 part 2's later items: none is known in a row written before them.
    expect(
      [
        ownerMandate,
        ownerRepresentative,
        ownerPhone,
        ownerEmail,
        securityUnitMandate,
        securityUnitRepresentative,
        securityUnitPhone,
        securityUnitEmail,
      ].every((v) => v === ''),
    ).toBe(true)
    // The row as an older release wrote it, straight into the table.
    await db.settings.put({ key: 'reportSettings', value: older as typeof DEFAULT_REPORT_SETTINGS })
    const read = (await getSettings(db)).reportSettings
    expect(read).toEqual({ ...DEFAULT_REPORT_SETTINGS, signerName: 'Nguyễn Văn A' })
    // Saving it again (the form sends what it read) records only what the officer changed.
    await saveReportSettings(db, { ...read, addressees: ['Công an thành phố Hải Phòng', ' '] })
    expect((await getSettings(db)).reportSettings.addressees).toEqual(['Công an thành phố Hải Phòng'])
    const [entry] = await listHistoryForEntity(db, 'reportSettings')
    expect(entry.changes).toEqual([
      { field: 'reportSettings.addressees', from: [], to: ['Công an thành phố Hải Phòng'] },
    ])
  })

  it('stores Mẫu 08 part 2’s items for the owner and its security unit, each recorded in history', async () => {
    const saved = await saveReportSettings(db, {
      ...DEFAULT_REPORT_SETTINGS,
      ownerRepresentative: ' Nguyễn Văn A,  Chủ tịch ',
      ownerPhone: '0225 3842 000',
      securityUnitMandate: 'Quyết định số 12/QĐ-UBND',
      securityUnitEmail: 'skhcn@haiphong.gov.vn',
    })
    expect(saved).toMatchObject({
      ownerRepresentative: 'Nguyễn Văn A, Chủ tịch',
      ownerPhone: '0225 3842 000',
      securityUnitMandate: 'Quyết định số 12/QĐ-UBND',
      securityUnitEmail: 'skhcn@haiphong.gov.vn',
    })
    expect((await getSettings(db)).reportSettings).toEqual(saved)
    const [entry] = await listHistoryForEntity(db, 'reportSettings')
    expect(entry.changes.map((c) => c.field)).toEqual([
      'reportSettings.ownerRepresentative',
      'reportSettings.ownerPhone',
      'reportSettings.securityUnitMandate',
      'reportSettings.securityUnitEmail',
    ])
  })

  it('keeps custom rule sets beside the shipped ones and can make one active', async () => {
    const copy = {
      ...ND85_CT09_2024,
      id: 'HP-2025',
      name: 'Hải Phòng 2025',
      basedOn: ND85_CT09_2024.id,
      dueSoonDays: 45,
    }
    await saveCustomRuleSet(db, copy)
    await saveRuleSetId(db, 'HP-2025')
    expect((await getActiveRuleSet(db)).dueSoonDays).toBe(45)
    await expect(deleteCustomRuleSet(db, 'HP-2025')).rejects.toMatchObject({ code: 'rule_set_active' })
    await expect(saveCustomRuleSet(db, { ...ND85_CT09_2024 })).rejects.toMatchObject({
      code: 'rule_set_shipped',
    })
    await saveRuleSetId(db, 'ND85-CT09-2024')
    await deleteCustomRuleSet(db, 'HP-2025')
    expect((await getSettings(db)).customRuleSets).toEqual([])
  })
})

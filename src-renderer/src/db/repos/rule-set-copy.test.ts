import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ND85_CT09_2024 } from '../../domain/rule-set'
import type { CapdoDatabase } from '../database'
import { freshDatabase } from '../test-support/test-db'
import { listHistoryForEntity } from './history'
import { createRuleSetCopy, nextCopyId } from './rule-set-copy'
import { getActiveRuleSet, getSettings, saveCustomRuleSet } from './settings'

let db: CapdoDatabase

beforeEach(() => {
  db = freshDatabase()
})

afterEach(async () => {
  await db.delete()
})

describe('copying a rule set to edit it', () => {
  it('copies the active shipped set into ND85-CT09-2024-copy-1 and makes the copy active', async () => {
    const copy = await createRuleSetCopy(db, 'ND85-CT09-2024', 'Quản trị')

    expect(copy).toEqual({
      ...ND85_CT09_2024,
      id: 'ND85-CT09-2024-copy-1',
      name: 'Nghị định 85/2016/NĐ-CP, Chỉ thị 09/CT-TTg (2024) — bản sao 1',
      basedOn: 'ND85-CT09-2024',
      version: 1,
    })
    expect((await getActiveRuleSet(db)).id).toBe('ND85-CT09-2024-copy-1')
    expect((await listHistoryForEntity(db, 'customRuleSets'))[0].by).toBe('Quản trị')
    expect((await listHistoryForEntity(db, 'ruleSetId'))[0].changes).toEqual([
      { field: 'ruleSetId', from: 'ND85-CT09-2024', to: 'ND85-CT09-2024-copy-1' },
    ])
  })

  it('numbers a copy of a copy after the shipped set it comes from', async () => {
    const first = await createRuleSetCopy(db, 'ND331-2026')
    await saveCustomRuleSet(db, { ...first, dueSoonDays: 60, version: 2 })
    const second = await createRuleSetCopy(db, first.id)
    expect(second).toMatchObject({
      id: 'ND331-2026-copy-2',
      basedOn: 'ND331-2026',
      dueSoonDays: 60,
      version: 1,
    })
    expect((await getSettings(db)).customRuleSets.map((r) => r.id)).toEqual([
      'ND331-2026-copy-1',
      'ND331-2026-copy-2',
    ])
  })

  it('keeps neither the copy nor the switch when making it active fails', async () => {
    db.history.hook('creating', (_key, entry) => {
      if (entry.entityId === 'ruleSetId') throw new Error('Ổ đĩa đầy')
    })
    await expect(createRuleSetCopy(db, 'ND85-CT09-2024')).rejects.toThrow('Ổ đĩa đầy')
    expect(await getSettings(db)).toMatchObject({ ruleSetId: 'ND85-CT09-2024', customRuleSets: [] })
    expect(await db.history.count()).toBe(0)
  })

  it('refuses to copy a rule set that does not exist', async () => {
    await expect(createRuleSetCopy(db, 'ND999')).rejects.toMatchObject({ code: 'rule_set_not_found' })
    expect(await db.history.count()).toBe(0)
  })

  it('takes the first free copy number', () => {
    expect(nextCopyId('X', new Set(['X', 'X-copy-1', 'X-copy-3']))).toEqual({ id: 'X-copy-2', n: 2 })
  })
})

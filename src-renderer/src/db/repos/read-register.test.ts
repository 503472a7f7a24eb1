import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { evaluateRegister } from '../../domain/register'
import type { CapdoDatabase } from '../database'
import { freshDatabase } from '../test-support/test-db'
import { addAssessment } from './assessments'
import { isRegisterEmpty, loadRegister, loadRegisterWithRules } from './read-register'
import { saveRuleSetId } from './settings'
import { createSystem } from './systems'
import { createUnit } from './units'

let db: CapdoDatabase

beforeEach(() => {
  db = freshDatabase()
})

afterEach(async () => {
  await db.delete()
})

describe('loadRegister', () => {
  it('reads what evaluateRegister needs and is empty for a new database', async () => {
    expect(await isRegisterEmpty(db)).toBe(true)
    const unit = await createUnit(db, { name: 'Sở Y tế', block: 'Khối sở' })
    expect(await isRegisterEmpty(db)).toBe(false)
    const system = await createSystem(db, {
      name: 'Hệ thống A',
      unitId: unit.id,
      level: 5,
      dossierState: 'approved',
      approvedOn: '2024-08-31',
    })
    await addAssessment(db, { systemId: system.id, date: '2024-08-31', kind: 'pre_operation' })

    const stored = await loadRegister(db)
    expect(stored.units).toHaveLength(1)
    expect(stored.systems).toHaveLength(1)
    expect(stored.assessments).toHaveLength(1)

    const { ruleSet, ...input } = await loadRegisterWithRules(db)
    const register = evaluateRegister(input, ruleSet, '2025-02-28')
    // Level 5: every 6 months, clamped: 31/8/2024 + 6 months is 28/2/2025, which is not yet overdue.
    expect(register.rows[0].evaluation).toMatchObject({
      nextAssessmentDue: '2025-02-28',
      assessment: 'due_soon',
    })
    expect(register.aggregates.byBlock.get('Khối sở')?.systems).toBe(1)
  })

  it('judges the register by the active rule set', async () => {
    await saveRuleSetId(db, 'ND331-2026')
    expect((await loadRegisterWithRules(db)).ruleSet.id).toBe('ND331-2026')
  })
})

/**
 * Reading the whole register at once, for evaluateRegister (domain/register.ts): the dashboard,
 * the reports and the exports all start here.
 */
import type { RuleSet } from '../../domain/rule-set'
import type { Assessment, SystemRecord, Unit } from '../../domain/types'
import type { CapdoDatabase } from '../database'
import { getSettings, resolveRuleSet } from './settings'

export interface StoredRegister {
  units: Unit[]
  systems: SystemRecord[]
  assessments: Assessment[]
}

/** Units, systems and assessments read in one transaction, so they are consistent with each other. */
export function loadRegister(db: CapdoDatabase): Promise<StoredRegister> {
  return db.transaction('r', [db.units, db.systems, db.assessments], async () => {
    const units = await db.units.toArray()
    const systems = await db.systems.toArray()
    const assessments = await db.assessments.toArray()
    return { units, systems, assessments }
  })
}

/** The register with the rule set to judge it by, read together (what useRegister evaluates). */
export function loadRegisterWithRules(db: CapdoDatabase): Promise<StoredRegister & { ruleSet: RuleSet }> {
  return db.transaction('r', [db.units, db.systems, db.assessments, db.settings], async () => {
    const register = await loadRegister(db)
    const ruleSet = resolveRuleSet(await getSettings(db))
    return { ...register, ruleSet }
  })
}

/** True when no unit and no system has been stored yet (first start: offer the demo data). */
export async function isRegisterEmpty(db: CapdoDatabase): Promise<boolean> {
  return db.transaction('r', [db.units, db.systems], async () => {
    return (await db.systems.count()) === 0 && (await db.units.count()) === 0
  })
}

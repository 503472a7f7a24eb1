/**
 * Which legal regime a rule set follows. Shipped sets name it; a copy edited in Settings inherits
 * the regime of the shipped set it was copied from (`basedOn`), so an older stored copy without
 * the field still resolves.
 */
import { findShippedRuleSet, type LegalRegime, type RuleSet } from '../rule-set'

export type { LegalRegime } from '../rule-set'

export const REGIME_LABEL: Record<LegalRegime, string> = {
  ND85: 'Nghị định 85/2016/NĐ-CP',
  ND331: 'Nghị định 331/2026/NĐ-CP',
}

export function regimeOf(ruleSet: Pick<RuleSet, 'id' | 'basedOn' | 'regime'>): LegalRegime {
  if (ruleSet.regime) return ruleSet.regime
  const shipped = findShippedRuleSet(ruleSet.basedOn ?? ruleSet.id)
  return shipped?.regime ?? 'ND85'
}

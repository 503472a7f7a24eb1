/**
 * Which legal regime a rule set follows. Shipped sets name it; a copy edited in Settings inherits
 * the regime of the shipped set it was copied from (`basedOn`), so an older stored copy without
 * the field still resolves.
 */
import {
  findShippedRuleSet,
  type ConstructionTransition,
  type LegalRegime,
  type RuleSet,
  type TimeLimit,
} from '../rule-set'

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

/** The shipped set a rule set is (or was copied from): where a field an older copy lacks is read. */
function shippedBase(ruleSet: Pick<RuleSet, 'id' | 'basedOn'>): RuleSet | undefined {
  return findShippedRuleSet(ruleSet.basedOn ?? ruleSet.id)
}

/** Decree 331 Điều 23 khoản 2 / Thông tư 03/2017 Điều 14 khoản 3, or null for a set that has none. */
export function intakeReplyLimitOf(
  ruleSet: Pick<RuleSet, 'id' | 'basedOn' | 'intakeReplyLimit'>,
): TimeLimit | null {
  return ruleSet.intakeReplyLimit ?? shippedBase(ruleSet)?.intakeReplyLimit ?? null
}

/** Decree 331 Điều 39 khoản 1's dates, or null for a set that has none. */
export function constructionTransitionOf(
  ruleSet: Pick<RuleSet, 'id' | 'basedOn' | 'constructionTransition'>,
): ConstructionTransition | null {
  return ruleSet.constructionTransition ?? shippedBase(ruleSet)?.constructionTransition ?? null
}

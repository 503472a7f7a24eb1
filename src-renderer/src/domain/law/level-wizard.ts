/**
 * The level wizard's verdict: which level the criteria call for and the clauses that decide it.
 * A system meeting criteria of several levels takes the highest (Decree 331 Điều 8 khoản 2); a
 * composite system takes the highest level of its parts. Beside the verdict, kept apart from it:
 * what the secret grade suggests (an inference, not the decrees' words) and what follows from
 * the answers without being a level criterion (the national-security list).
 */
import type { Level } from '../types'
import type { LevelCriterion } from './criteria'
import { meets } from './criteria'
import { ND331_CRITERIA, ND331_HIGHEST_RULE } from './criteria-nd331'
import { ND85_CRITERIA, ND85_HIGHEST_RULE } from './criteria-nd85'
import type { LevelAnswers } from './level-answers'
import { nationalSecurityNotes, type LevelNote } from './national-security'
import type { LegalRegime } from './regime'
import { secretGradeInference, type LevelInference } from './secret-grade-inference'

export interface LevelReason {
  criterionId: string
  level: Level
  clause: string
  /** The clause's words, as in law/. */
  quote: string
  summary: string
  /** The component system this reason comes from, for a composite system. */
  part?: string
}

export interface LevelSuggestion {
  level: Level
  /** The deciding clauses: those of the suggested level. */
  reasons: LevelReason[]
  /** Every criterion met, at any level, highest first. */
  met: LevelReason[]
  /**
   * False when no criterion is met (e.g. an "other" system with no risk assessment yet): the
   * level is then 1 only as a floor, and the wizard asks for the risk assessment.
   */
  determined: boolean
  /** Where the highest-level rule comes from, for the justification text. */
  highestRule: { clause: string; quote: string }
  /** What the secret grades suggest: shown apart, never part of `level`. */
  inferences: LevelInference[]
  /** Consequences that are not level criteria (the national-security list, Decree 331). */
  notes: LevelNote[]
  regime: LegalRegime
}

/** The levels below the suggested one whose criteria the system also meets, lowest first. */
export function lowerLevelsMet(suggestion: Pick<LevelSuggestion, 'level' | 'met'>): Level[] {
  const levels = new Set(suggestion.met.map((m) => m.level).filter((level) => level < suggestion.level))
  return [...levels].sort((a, b) => a - b)
}

export function criteriaFor(regime: LegalRegime): readonly LevelCriterion[] {
  return regime === 'ND331' ? ND331_CRITERIA : ND85_CRITERIA
}

function reasonOf(c: LevelCriterion, part?: string): LevelReason {
  const reason: LevelReason = {
    criterionId: c.id,
    level: c.level,
    clause: c.clause,
    quote: c.quote,
    summary: c.summary,
  }
  return part === undefined ? reason : { ...reason, part }
}

function metBy(answers: LevelAnswers, regime: LegalRegime, part?: string): LevelReason[] {
  return criteriaFor(regime)
    .filter((c) => meets(answers, c.when))
    .map((c) => reasonOf(c, part))
}

export function suggestLevel(answers: LevelAnswers, regime: LegalRegime): LevelSuggestion {
  const met = [
    ...metBy(answers, regime),
    ...(answers.parts ?? []).flatMap((p) => metBy(p.answers, regime, p.name)),
  ].sort((a, b) => b.level - a.level)
  const top = met[0]
  const level: Level = top ? top.level : 1
  const inferences = [
    secretGradeInference(answers, regime),
    ...(answers.parts ?? []).map((p) => secretGradeInference(p.answers, regime, p.name)),
  ].filter((i): i is LevelInference => i !== null)
  return {
    level,
    reasons: met.filter((r) => r.level === level),
    met,
    determined: top !== undefined,
    highestRule: regime === 'ND331' ? ND331_HIGHEST_RULE : ND85_HIGHEST_RULE,
    inferences,
    notes: nationalSecurityNotes(answers, regime, top ? level : null),
    regime,
  }
}

/**
 * A proposed level below what the criteria call for: flagged on the register and the dashboard.
 * A system with no proposed level is "missing a level", not below; an undetermined suggestion
 * flags nothing.
 */
export function isBelowCriteria(proposed: Level | null, suggested: Level | LevelSuggestion): boolean {
  if (proposed === null) return false
  if (typeof suggested === 'number') return proposed < suggested
  return suggested.determined && proposed < suggested.level
}

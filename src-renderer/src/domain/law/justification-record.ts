/**
 * What is stored on a system when the officer applies the level wizard: the answers as given, the
 * regime (and rule set) whose criteria judged them, the level they called for, and the thuyết minh
 * text generated then. The text is kept as made (it went into a dossier); the flag "level below
 * the criteria" is recomputed from the answers, so it follows the criteria shipped today.
 */
import type { IsoDate } from '../calendar-date'
import type { Level } from '../types'
import type { LevelAnswers } from './level-answers'
import type { LevelSuggestion } from './level-wizard'
import { isBelowCriteria, suggestLevel } from './level-wizard'
import type { LegalRegime } from './regime'

export interface LevelJustificationRecord {
  answers: LevelAnswers
  regime: LegalRegime
  /** The rule set the regime came from: the approval's set, else the one active at the time. */
  ruleSetId: string
  /** The level the criteria called for; null when no criterion was met (a risk assessment is needed). */
  suggestedLevel: Level | null
  /** Ids of the deciding criteria (LevelCriterion.id), e.g. `ND331-13.2.b`. */
  criterionIds: string[]
  /** The calendar day the justification was applied. */
  madeOn: IsoDate
  /** The generated thuyết minh, as exported. */
  text: string
  /**
   * Set when the wizard was applied to a system holding an approval and called for another level:
   * the level proposed for its re-determination. The approved level stays the system's level until
   * a new decision is recorded (domain/approved-level.ts); absent otherwise.
   */
  proposedLevel?: Level
}

export function justificationRecord(input: {
  answers: LevelAnswers
  regime: LegalRegime
  ruleSetId: string
  suggestion: LevelSuggestion
  madeOn: IsoDate
  text: string
}): LevelJustificationRecord {
  const { suggestion } = input
  return {
    answers: input.answers,
    regime: input.regime,
    ruleSetId: input.ruleSetId,
    suggestedLevel: suggestion.determined ? suggestion.level : null,
    criterionIds: suggestion.reasons.map((r) => r.criterionId),
    madeOn: input.madeOn,
    text: input.text,
  }
}

/**
 * The level a system's saved answers call for under the regime they were answered for, judged by
 * today's criteria; null without saved answers or when no criterion is met.
 */
export function levelCalledFor(saved: LevelJustificationRecord | null): Level | null {
  if (saved === null) return null
  const suggestion = suggestLevel(saved.answers, saved.regime)
  return suggestion.determined ? suggestion.level : null
}

/** Whether a system's proposed level is below what its saved answers call for. */
export function systemBelowCriteria(system: {
  level: Level | null
  levelJustification: LevelJustificationRecord | null
}): boolean {
  const called = levelCalledFor(system.levelJustification)
  return called !== null && isBelowCriteria(system.level, called)
}

/**
 * The systems whose proposed level is below what their saved answers call for, with that level.
 * Only systems with saved answers are judged, so a province-sized register costs one pass.
 */
export function belowCriteriaLevels(
  systems: Iterable<{ id: string; level: Level | null; levelJustification: LevelJustificationRecord | null }>,
): Map<string, Level> {
  const below = new Map<string, Level>()
  for (const system of systems) {
    if (system.levelJustification === null || system.level === null) continue
    const called = levelCalledFor(system.levelJustification)
    if (called !== null && isBelowCriteria(system.level, called)) below.set(system.id, called)
  }
  return below
}

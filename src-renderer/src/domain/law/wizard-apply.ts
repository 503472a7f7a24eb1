/**
 * What the level wizard's "Áp dụng" writes on a system. The answers say what the system is, so
 * they fill its classification (system type and information types: what Mẫu 08 counts as "đã
 * được phân loại"). The level they call for becomes the proposed level of a system without an
 * approval; on a system holding one it is only a proposal (docs/domain.md §3): the approved level stays
 * until a re-determination ends in a new decision (domain/approved-level.ts).
 */
import { holdsApproval, type ApprovalFacts } from '../approved-level'
import { INFORMATION_TYPES, type InformationType, type Level, type SystemRecord, type SystemType } from '../types'
import type { LevelJustificationRecord } from './justification-record'

/**
 * `applied`: the level is now the system's proposed level. `proposed`: an approval is in force and
 * the answers call for another level, kept as a proposal. `confirmed`: an approval is in force and
 * the answers call for the approved level (or for no level), so nothing is proposed.
 */
export type WizardOutcome = 'applied' | 'proposed' | 'confirmed'

export interface WizardApplication {
  patch: {
    level?: Level | null
    systemType: SystemType
    informationTypes: InformationType[]
    levelJustification: LevelJustificationRecord
  }
  outcome: WizardOutcome
}

/** The system's information types: every kind its answers (and its parts' answers) name, in the law's order. */
function informationOf(record: LevelJustificationRecord): InformationType[] {
  const named = new Set<InformationType>(record.answers.information)
  for (const part of record.answers.parts ?? []) for (const t of part.answers.information) named.add(t)
  return INFORMATION_TYPES.filter((t) => named.has(t))
}

export function wizardApplication(
  system: Pick<SystemRecord, keyof ApprovalFacts>,
  record: LevelJustificationRecord,
): WizardApplication {
  const { proposedLevel: _stale, ...justification } = record
  const classification = { systemType: record.answers.systemType, informationTypes: informationOf(record) }
  if (!holdsApproval(system)) {
    return {
      patch: { ...classification, level: record.suggestedLevel ?? system.level, levelJustification: justification },
      outcome: 'applied',
    }
  }
  const suggested = record.suggestedLevel
  if (suggested === null || suggested === system.level) {
    return { patch: { ...classification, levelJustification: justification }, outcome: 'confirmed' }
  }
  return {
    patch: { ...classification, levelJustification: { ...justification, proposedLevel: suggested } },
    outcome: 'proposed',
  }
}

/**
 * The approved level is the one written in the approval decision (docs/domain.md §3). Once a system
 * holds an approval, its level changes only together with a new approval decision: the wizard,
 * the form, a bulk edit, an import or another office's file may propose another level, but the
 * approved level, its decision and every count built on them stay as they are until a new decision
 * is recorded. Every path that writes a level asks `canChangeLevel` (or `assertLevelChange`).
 *
 * A proposal made while an approval is in force is kept beside it, on the saved justification
 * (`levelJustification.proposedLevel`), and becomes the level only when the re-determination's
 * decision is recorded (`approvalLevelChanges`).
 */
import { holdsApproval } from './approval-in-force'
import { formatViDate, type IsoDate } from './calendar-date'
import { DomainError } from './errors'
import type { LevelJustificationRecord } from './law/justification-record'
import { foldKey } from './text'
import type { DossierState, Level } from './types'
import { LEVEL_LABEL } from './vocabulary'

/** What the rule reads of a system: its level, dossier state and approval decision. */
export interface ApprovalFacts {
  level: Level | null
  dossierState: DossierState
  decisionNo: string
  approvedOn: IsoDate | null
}

/** The one definition of an approval in force, the same the counters and reports read. */
export { holdsApproval }

/**
 * Whether `after` records a decision other than the one `before` holds: an approved dossier with a
 * decision date, whose number or date differs from the old one, and not dated before it.
 */
export function isNewDecision(before: ApprovalFacts, after: ApprovalFacts): boolean {
  if (after.dossierState !== 'approved' || after.approvedOn === null) return false
  if (before.approvedOn !== null && after.approvedOn < before.approvedOn) return false
  const otherNumber = after.decisionNo.trim() !== '' && foldKey(after.decisionNo) !== foldKey(before.decisionNo)
  return otherNumber || after.approvedOn !== before.approvedOn
}

export type LevelChangeVerdict =
  | { ok: true }
  | { ok: false; code: 'approved_level_locked' | 'decision_before_approval'; message: string }

/** "Quyết định số 12/QĐ-UBND ngày 01/03/2024", as much of it as the record holds. */
export function decisionText(system: Pick<ApprovalFacts, 'decisionNo' | 'approvedOn'>): string {
  const no = system.decisionNo.trim()
  const on = system.approvedOn ? ` ngày ${formatViDate(system.approvedOn)}` : ''
  return no ? `Quyết định số ${no}${on}` : `quyết định phê duyệt${on || ' (chưa ghi số, ngày)'}`
}

/**
 * Whether a system may go from `before` to `after` as far as its level is concerned. A level that
 * does not change, or that no approval holds, always may; an approved level only with a new
 * decision. The message names the level, the decision in force and what to do instead.
 * @param name the system's name, for messages about one row among many (an import, a file).
 */
export function canChangeLevel(before: ApprovalFacts, after: ApprovalFacts, name?: string): LevelChangeVerdict {
  if (before.level === after.level || !holdsApproval(before)) return { ok: true }
  if (isNewDecision(before, after)) return { ok: true }
  const who = name ? `Hệ thống "${name}" đang` : 'Hệ thống đang'
  const held = `${who} ở ${LEVEL_LABEL(before.level)} đã được phê duyệt theo ${decisionText(before)}`
  if (
    after.dossierState === 'approved' &&
    after.approvedOn !== null &&
    before.approvedOn !== null &&
    after.approvedOn < before.approvedOn
  ) {
    return {
      ok: false,
      code: 'decision_before_approval',
      message:
        `${held}; quyết định mới ngày ${formatViDate(after.approvedOn)} lại trước quyết định đó, ` +
        `nên không đổi sang ${LEVEL_LABEL(after.level)}. Hãy kiểm tra lại ngày quyết định phê duyệt mới.`,
    }
  }
  return {
    ok: false,
    code: 'approved_level_locked',
    message:
      `${held}, nên không đổi sang ${LEVEL_LABEL(after.level)} khi không có quyết định phê duyệt mới ` +
      '(số hoặc ngày quyết định khác). Cấp độ đã phê duyệt chỉ thay đổi cùng quyết định phê duyệt mới: ' +
      'hãy bắt đầu xác định lại cấp độ và ghi nhận quyết định phê duyệt mới khi có.',
  }
}

/** canChangeLevel as a refusal: throws the DomainError with its Vietnamese message. */
export function assertLevelChange(before: ApprovalFacts, after: ApprovalFacts, name?: string): void {
  const verdict = canChangeLevel(before, after, name)
  if (!verdict.ok) {
    throw new DomainError(verdict.code, verdict.message, { field: 'level', from: before.level, to: after.level })
  }
}

/**
 * The level proposed for a system holding an approval and not yet decided: the saved
 * justification's proposal, when it differs from the approved level; else null.
 */
export function pendingProposal(
  system: ApprovalFacts & { levelJustification: LevelJustificationRecord | null },
): Level | null {
  const proposed = system.levelJustification?.proposedLevel ?? null
  return proposed !== null && holdsApproval(system) && proposed !== system.level ? proposed : null
}

/**
 * What recording an approval decision changes beyond the decision itself: a pending proposal
 * becomes the level (the old level stays in history), and the justification no longer proposes.
 */
export function approvalLevelChanges(
  system: ApprovalFacts & { levelJustification: LevelJustificationRecord | null },
): { level?: Level; levelJustification?: LevelJustificationRecord } {
  const justification = system.levelJustification
  if (!justification || justification.proposedLevel === undefined) return {}
  const { proposedLevel: _decided, ...rest } = justification
  const proposed = pendingProposal(system)
  return proposed === null ? { levelJustification: rest } : { level: proposed, levelJustification: rest }
}

/**
 * Another office's file may not change an approved level without a new approval decision
 * (domain/approved-level.ts): a system record that arrives with another level must carry the new
 * decision (another number or date), or the file is refused, naming the system and the field.
 *
 * Judged like references.ts, on the registers the merge would produce against ours. A preview
 * passes every outcome the person's decisions could lead to and refuses only when none keeps the
 * approved level (a conflict can still be decided for our level); the apply passes the one outcome.
 */
import { canChangeLevel, decisionText, holdsApproval, type ApprovalFacts } from '../approved-level'
import { DomainError } from '../errors'
import { isLevel, DOSSIER_STATES, type DossierState } from '../types'
import { LEVEL_LABEL } from '../vocabulary'
import type { ExchangeContent } from './types'

type Row = Readonly<Record<string, unknown>>

/** The refusal: the system, the field, both levels, the decision in force and what to do. */
export function levelWithoutDecisionMessage(
  name: string,
  held: ApprovalFacts,
  incoming: ApprovalFacts,
): string {
  return (
    `Không nhận được dữ liệu: trong tệp, hệ thống thông tin "${name}" đổi trường "Cấp độ" từ ` +
    `${LEVEL_LABEL(held.level)} sang ${LEVEL_LABEL(incoming.level)} mà không kèm quyết định phê duyệt mới ` +
    `(số hoặc ngày quyết định khác ${decisionText(held)}). Cấp độ đã phê duyệt chỉ thay đổi cùng quyết định ` +
    'phê duyệt mới. Dữ liệu hiện tại không bị thay đổi. Nếu thay đổi này nằm trong một xung đột, hãy chọn giữ ' +
    'cấp độ trên máy này (hoặc lấy cả cấp độ lẫn quyết định trong tệp); nếu không, hãy đề nghị đơn vị gửi ghi ' +
    'nhận quyết định phê duyệt mới rồi gửi lại tệp.'
  )
}

/**
 * The refusal when the file does carry another decision, dated before ours: the shared rule's own
 * words (domain/approved-level.ts), saying that it is the date that is wrong, and who can fix it.
 */
export function decisionBeforeOursMessage(verdict: string): string {
  return (
    `Không nhận được dữ liệu từ tệp: ${verdict} Dữ liệu hiện tại không bị thay đổi. ` +
    'Hãy đề nghị đơn vị gửi sửa lại ngày quyết định phê duyệt rồi gửi lại tệp.'
  )
}

/** The approval facts of a system record as stored (records were checked against the schema). */
export function factsOf(row: Row): ApprovalFacts {
  const state = DOSSIER_STATES.includes(row.dossierState as DossierState)
    ? (row.dossierState as DossierState)
    : 'not_started'
  return {
    level: isLevel(row.level) ? row.level : null,
    dossierState: state,
    decisionNo: typeof row.decisionNo === 'string' ? row.decisionNo : '',
    approvedOn: typeof row.approvedOn === 'string' ? row.approvedOn : null,
  }
}

/** Whether `after` keeps the approved level `before` holds (or holds none), by the shared rule. */
export function keepsApprovedLevel(before: Row, after: Row): boolean {
  const held = factsOf(before)
  if (!holdsApproval(held)) return true
  return canChangeLevel(held, factsOf(after), '').ok
}

export interface LevelChangeRefused {
  id: string
  name: string
  message: string
}

function systemsById(content: ExchangeContent): Map<string, Row> {
  return new Map(content.system.map((r) => [r.id, r as unknown as Row]))
}

/** The first approved level of ours that every outcome changes without a new decision. */
export function levelChangedWithoutDecision(
  before: ExchangeContent,
  outcomes: readonly ExchangeContent[],
): LevelChangeRefused | null {
  const maps = outcomes.map(systemsById)
  if (maps.length === 0) return null
  for (const record of before.system) {
    const ours = record as unknown as Row
    const held = factsOf(ours)
    if (!holdsApproval(held)) continue
    const name = typeof ours.name === 'string' ? ours.name : record.id
    let refusal: string | null = null
    for (const map of maps) {
      const after = map.get(record.id)
      // Deleted in this outcome, or kept as ours: the approved level is not changed by this outcome.
      const verdict = after ? canChangeLevel(held, factsOf(after), name) : { ok: true as const }
      if (verdict.ok) {
        refusal = null
        break
      }
      refusal ??=
        verdict.code === 'decision_before_approval'
          ? decisionBeforeOursMessage(verdict.message)
          : levelWithoutDecisionMessage(name, held, factsOf(after as Row))
    }
    if (refusal !== null) return { id: record.id, name, message: refusal }
  }
  return null
}

/** Throws the Vietnamese refusal naming the system and the field. */
export function assertApprovedLevelsKept(
  before: ExchangeContent,
  outcomes: readonly ExchangeContent[],
): void {
  const refused = levelChangedWithoutDecision(before, outcomes)
  if (refused) {
    throw new DomainError('exchange_level_without_decision', refused.message, {
      id: refused.id,
      field: 'level',
    })
  }
}

/**
 * Reading a dossier status (tình trạng hồ sơ) by the state it names (docs/domain.md §5): the words of
 * §5 and the labels CapDo's own exports write (so an export imports back) are phrases looked for
 * inside the cell, so "Đang xây dựng hồ sơ", "ĐÃ PHÊ DUYỆT." or "Đã phê duyệt (QĐ 12/QĐ-UBND)"
 * read as the state they name. Empty means "approved" when the row has an approval date, else
 * "not started"; text naming no state, or two that conflict, is an error listing the wordings.
 */
import { foldKey } from '../text'
import type { DossierState } from '../types'
import { DOSSIER_STATE_LABEL, DOSSIER_STATE_MAU08 } from '../vocabulary'
import { isBlank, type InventoryCellValue } from './cell'
import { conflictMessage, phraseEntries, phraseTable, statesNamed } from './phrases'
import type { ParseOutcome } from './types'

const STATUS_WORDS: Record<DossierState, readonly string[]> = {
  not_started: ['Chưa xây dựng', 'Chưa có hồ sơ', 'Chưa lập hồ sơ'],
  drafting: ['Đang xây dựng', 'Đang lập', 'Đang dự thảo', 'Đang soạn thảo', 'Đang hoàn thiện hồ sơ'],
  submitted: [
    'Đã trình thẩm định',
    'Đã gửi thẩm định',
    'Đang thẩm định',
    'Chờ thẩm định',
    'Đã nộp hồ sơ thẩm định',
  ],
  appraised: ['Đã thẩm định', 'Đã có ý kiến thẩm định', 'Đã có kết quả thẩm định'],
  approved: ['Đã phê duyệt', 'Đã được phê duyệt'],
  revising: ['Đang điều chỉnh', 'Đang xác định lại'],
}

// Export labels come after the words of §5, so a shared wording keeps the meaning §5 gives it
// (Mẫu 08 writes "Đang dự thảo" for a revision too; read back, it is a draft).
const TABLE = phraseTable([
  ...phraseEntries(STATUS_WORDS),
  ...phraseEntries(DOSSIER_STATE_LABEL),
  ...phraseEntries(DOSSIER_STATE_MAU08),
])

export const STATUS_EXPECTED =
  'Tình trạng hồ sơ phải là một trong: "Chưa xây dựng", "Đang xây dựng", "Đã trình thẩm định", ' +
  '"Đã thẩm định", "Đã phê duyệt", "Đang điều chỉnh" (hoặc để trống)'

const conflict = (states: readonly DossierState[]): string =>
  conflictMessage('Tình trạng hồ sơ', states.map((s) => DOSSIER_STATE_LABEL[s]), STATUS_EXPECTED)

/**
 * @param hasApprovalDate whether the same row carries an approval date (empty status then means approved).
 */
export function parseStatus(value: InventoryCellValue, hasApprovalDate: boolean): ParseOutcome<DossierState> {
  if (isBlank(value)) return { ok: true, value: hasApprovalDate ? 'approved' : 'not_started' }
  if (typeof value !== 'string' || foldKey(value) === '') return { ok: false, message: STATUS_EXPECTED }
  const states = statesNamed(value, TABLE)
  // A re-determination runs over an approval still in force: "Đã phê duyệt, đang xác định lại".
  const named = states.includes('revising') ? states.filter((s) => s !== 'approved') : states
  if (named.length === 1) return { ok: true, value: named[0] }
  return { ok: false, message: named.length === 0 ? STATUS_EXPECTED : conflict(named) }
}

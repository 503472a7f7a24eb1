/**
 * Reading a dossier status (tình trạng hồ sơ) from the words of DOMAIN.md §5, plus the labels
 * CapDo's own exports write (so an export imports back). Empty means "approved" when the row has
 * an approval date, else "not started"; any other text is an error.
 */
import { foldKey } from '../text'
import type { DossierState } from '../types'
import { DOSSIER_STATE_LABEL, DOSSIER_STATE_MAU08 } from '../vocabulary'
import { isBlank, type InventoryCellValue } from './cell'
import type { ParseOutcome } from './types'

const STATUS_WORDS: Record<DossierState, readonly string[]> = {
  not_started: ['Chưa xây dựng', 'Chưa có hồ sơ'],
  drafting: ['Đang xây dựng', 'Đang lập', 'Đang dự thảo'],
  submitted: ['Đã trình thẩm định', 'Đã gửi thẩm định', 'Đang thẩm định', 'Chờ thẩm định'],
  appraised: ['Đã thẩm định', 'Đã có ý kiến thẩm định'],
  approved: ['Đã phê duyệt', 'Đã được phê duyệt'],
  revising: ['Đang điều chỉnh'],
}

function buildLookup(): Map<string, DossierState> {
  const lookup = new Map<string, DossierState>()
  const add = (text: string, state: DossierState): void => {
    const key = foldKey(text)
    if (key && !lookup.has(key)) lookup.set(key, state)
  }
  for (const [state, words] of Object.entries(STATUS_WORDS) as [DossierState, readonly string[]][]) {
    for (const w of words) add(w, state)
  }
  // Export labels come after the words of §5, so a shared wording keeps the meaning §5 gives it
  // (Mẫu 08 writes "Đang dự thảo" for a revision too; read back, it is a draft).
  for (const [state, label] of Object.entries(DOSSIER_STATE_LABEL) as [DossierState, string][])
    add(label, state)
  for (const [state, label] of Object.entries(DOSSIER_STATE_MAU08) as [DossierState, string][])
    add(label, state)
  return lookup
}

const LOOKUP = buildLookup()

export const STATUS_EXPECTED =
  'Tình trạng hồ sơ phải là một trong: "Chưa xây dựng", "Đang xây dựng", "Đã trình thẩm định", ' +
  '"Đã thẩm định", "Đã phê duyệt", "Đang điều chỉnh" (hoặc để trống)'

/**
 * @param hasApprovalDate whether the same row carries an approval date (empty status then means approved).
 */
export function parseStatus(value: InventoryCellValue, hasApprovalDate: boolean): ParseOutcome<DossierState> {
  if (isBlank(value)) return { ok: true, value: hasApprovalDate ? 'approved' : 'not_started' }
  if (typeof value !== 'string') return { ok: false, message: STATUS_EXPECTED }
  const state = LOOKUP.get(foldKey(value))
  return state ? { ok: true, value: state } : { ok: false, message: STATUS_EXPECTED }
}

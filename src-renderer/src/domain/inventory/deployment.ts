/**
 * Reading the protection-plan deployment column (DOMAIN.md §5): a date means fully deployed on
 * that date; words say full (date unknown), partial, or none. Mẫu 08's three labels are among them.
 */
import type { IsoDate } from '../calendar-date'
import { foldKey } from '../text'
import type { DeploymentState } from '../types'
import { DEPLOYMENT_STATE_LABEL } from '../vocabulary'
import { isBlank, type InventoryCellValue } from './cell'
import { DATE_EXPECTED, parseDate, parseDateText, type DateOptions } from './dates'
import type { ParseOutcome } from './types'

export interface Deployment {
  state: DeploymentState
  deployedOn: IsoDate | null
}

const WORDS: Record<DeploymentState, readonly string[]> = {
  full: ['Đã triển khai', 'Đã triển khai đầy đủ', 'Hoàn thành', 'Đã hoàn thành', 'Có', 'x'],
  partial: ['Đã triển khai một số hạng mục', 'Đang triển khai'],
  none: ['Chưa triển khai', 'Không'],
}

const LOOKUP = new Map<string, DeploymentState>()
for (const [state, words] of Object.entries(WORDS) as [DeploymentState, readonly string[]][]) {
  for (const w of words) LOOKUP.set(foldKey(w), state)
}
for (const [state, label] of Object.entries(DEPLOYMENT_STATE_LABEL) as [DeploymentState, string][]) {
  LOOKUP.set(foldKey(label), state)
}

export const DEPLOYMENT_EXPECTED =
  'Triển khai phương án phải là ngày hoàn thành (dd/mm/yyyy), "Đã triển khai đầy đủ", ' +
  '"Đã triển khai một số hạng mục" hoặc "Chưa triển khai"'

export function parseDeployment(
  value: InventoryCellValue,
  options: DateOptions = {},
): ParseOutcome<Deployment> {
  if (isBlank(value)) return { ok: true, value: { state: 'none', deployedOn: null } }
  if (typeof value === 'string') {
    const state = LOOKUP.get(foldKey(value))
    if (state) return { ok: true, value: { state, deployedOn: null } }
    const date = parseDateText(value)
    if (date.ok) return { ok: true, value: { state: 'full', deployedOn: date.value } }
    // Text shaped like a date but impossible (31/02/2024) says so; anything else gets the list.
    return date.message === DATE_EXPECTED ? { ok: false, message: DEPLOYMENT_EXPECTED } : date
  }
  const date = parseDate(value, options)
  if (!date.ok) return { ok: false, message: DEPLOYMENT_EXPECTED }
  return { ok: true, value: { state: 'full', deployedOn: date.value } }
}

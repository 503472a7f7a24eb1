/**
 * Reading the protection-plan deployment column (docs/domain.md §5): a date means fully deployed on
 * that date; words say full (date unknown), partial, or none. Mẫu 08's three labels are among them.
 * Words are read by the state they name (phrases.ts): "Đã triển khai đầy đủ phương án.", "Đang
 * triển khai (dự kiến 2025)"; a date written beside the words of full deployment ("Hoàn thành
 * ngày 20/12/2024") is its date. The one-word answers ("Có", "x", "Không") count only alone.
 */
import type { IsoDate } from '../calendar-date'
import { foldKey } from '../text'
import type { DeploymentState } from '../types'
import { DEPLOYMENT_STATE_LABEL } from '../vocabulary'
import { isBlank, type InventoryCellValue } from './cell'
import type { DateOrder } from './date-order'
import { DATE_EXPECTED, parseDate, parseDateText, type DateOptions } from './dates'
import { conflictMessage, phraseEntries, phraseTable, statesNamed } from './phrases'
import type { ParseOutcome } from './types'

export interface Deployment {
  state: DeploymentState
  deployedOn: IsoDate | null
}

const WORDS: Record<DeploymentState, readonly string[]> = {
  full: ['Đã triển khai', 'Đã triển khai đầy đủ', 'Hoàn thành', 'Đã hoàn thành'],
  partial: [
    'Đã triển khai một số hạng mục',
    'Triển khai một số hạng mục',
    'Đang triển khai',
    'Đã triển khai một phần',
    'Triển khai một phần',
    'Chưa hoàn thành',
    'Chưa triển khai đầy đủ',
  ],
  none: ['Chưa triển khai'],
}

/** Answers too short to look for inside other words: they count only as the whole cell. */
const ALONE: Record<string, DeploymentState> = { co: 'full', x: 'full', khong: 'none' }

const TABLE = phraseTable([...phraseEntries(WORDS), ...phraseEntries(DEPLOYMENT_STATE_LABEL)])

const DATE_INSIDE = /\b(\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d{2}-\d{2})\b/u

const conflict = (states: readonly DeploymentState[]): string =>
  conflictMessage('Ô triển khai phương án', states.map((s) => DEPLOYMENT_STATE_LABEL[s]), DEPLOYMENT_EXPECTED)

function fromWords(text: string, order: DateOrder | undefined): ParseOutcome<Deployment> | null {
  const alone = ALONE[foldKey(text)]
  if (alone) return { ok: true, value: { state: alone, deployedOn: null } }
  const states = statesNamed(text, TABLE)
  if (states.length > 1) return { ok: false, message: conflict(states) }
  if (states.length === 0) return null
  const [state] = states
  const written = state === 'full' ? DATE_INSIDE.exec(text)?.[1] : undefined
  if (written === undefined) return { ok: true, value: { state, deployedOn: null } }
  const date = parseDateText(written, order)
  return date.ok ? { ok: true, value: { state, deployedOn: date.value } } : date
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
    const words = fromWords(value, options.order)
    if (words) return words
    const date = parseDateText(value, options.order)
    if (date.ok) return { ok: true, value: { state: 'full', deployedOn: date.value } }
    // Text shaped like a date but impossible (31/02/2024) says so; anything else gets the list.
    return date.message === DATE_EXPECTED ? { ok: false, message: DEPLOYMENT_EXPECTED } : date
  }
  const date = parseDate(value, options)
  if (!date.ok) return { ok: false, message: DEPLOYMENT_EXPECTED }
  return { ok: true, value: { state: 'full', deployedOn: date.value } }
}

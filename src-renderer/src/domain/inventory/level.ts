/**
 * Reading a level (cấp độ) as people write it: 3, "3", "Cấp độ 3", "Cấp 3", "CĐ3", "cap do 3",
 * Roman I–V, with or without diacritics (DOMAIN.md §5). Empty is "unknown"; anything else is an
 * error rather than a guess.
 */
import { foldKey } from '../text'
import { LEVEL_LABEL } from '../vocabulary'
import { isLevel, type Level } from '../types'
import type { InventoryCellValue } from './cell'
import { isBlank } from './cell'
import type { ParseOutcome } from './types'

export const LEVEL_EXPECTED = 'Cấp độ phải là 1–5, "Cấp độ 3" hoặc số La Mã I–V'

const ROMAN: Record<string, Level> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5 }

// On the folded text: "cap do 3", "cap 3", "cd3", "cd 3", "iii", "cap do iv".
const LEVEL_TEXT = /^(?:cap do|cap|cd)? ?([1-5]|i{1,3}|iv|v)$/

/** What CapDo's own export writes for a system with no level. */
const UNKNOWN_LEVEL = foldKey(LEVEL_LABEL(null))

export function parseLevel(value: InventoryCellValue): ParseOutcome<Level | null> {
  if (isBlank(value)) return { ok: true, value: null }
  if (typeof value === 'number') {
    return isLevel(value) ? { ok: true, value } : { ok: false, message: LEVEL_EXPECTED }
  }
  if (typeof value !== 'string') return { ok: false, message: LEVEL_EXPECTED }
  const folded = foldKey(value)
  if (folded === UNKNOWN_LEVEL) return { ok: true, value: null }
  const m = LEVEL_TEXT.exec(folded)
  if (!m) return { ok: false, message: LEVEL_EXPECTED }
  const token = m[1]
  const level = ROMAN[token] ?? Number(token)
  return isLevel(level) ? { ok: true, value: level } : { ok: false, message: LEVEL_EXPECTED }
}

/**
 * Reading a level (cấp độ) by the level it names (docs/domain.md §5): 3, "3", "Cấp độ 3", "Cấp 3",
 * "CĐ3", "cap do 3", Roman I–V, with or without diacritics, and with the words people add
 * ("HTTT cấp độ 3 (đề xuất)", "Cấp độ: III."). A number after "cấp độ"/"cấp"/"CĐ" is the level;
 * without such a word, a lone 1–5 or I–V is. Empty or "Chưa xác định" is "unknown"; text naming
 * no level, a level outside 1–5 ("Cấp độ 6") or two different levels is an error, not a guess.
 */
import { foldKey } from '../text'
import { LEVEL_LABEL } from '../vocabulary'
import { isLevel, type Level } from '../types'
import type { InventoryCellValue } from './cell'
import { isBlank } from './cell'
import { foldWithoutNotes } from './phrases'
import type { ParseOutcome } from './types'

export const LEVEL_EXPECTED = 'Cấp độ phải là 1–5, "Cấp độ 3" hoặc số La Mã I–V'

const ROMAN: Record<string, Level> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5 }

/** What CapDo's own export writes for a system with no level. */
const UNKNOWN_LEVEL = foldKey(LEVEL_LABEL(null))

// On the folded text: the level after its word ("cap do 3", "cap iv", "cd 3", "cd3"), and a lone level.
const AFTER_WORD = /(?:^| )(?:cap do|cap|cd) ?([0-9]+|i{1,3}|iv|vi{0,3}|x)(?= |$)/gu
const LONE = /(?:^| )([1-5]|i{1,3}|iv|v)(?= |$)/gu

function levelOf(token: string): Level | null {
  const level = ROMAN[token] ?? Number(token)
  return isLevel(level) ? level : null
}

const twoLevels = (levels: readonly Level[]): string =>
  `Ô cấp độ ghi ${levels.length} cấp độ khác nhau (${levels.join(', ')}); hãy ghi một cấp độ. ${LEVEL_EXPECTED}`

export function parseLevel(value: InventoryCellValue): ParseOutcome<Level | null> {
  if (isBlank(value)) return { ok: true, value: null }
  if (typeof value === 'number') {
    return isLevel(value) ? { ok: true, value } : { ok: false, message: LEVEL_EXPECTED }
  }
  if (typeof value !== 'string') return { ok: false, message: LEVEL_EXPECTED }
  const folded = foldWithoutNotes(value)
  if (folded === UNKNOWN_LEVEL) return { ok: true, value: null }
  const named = [...folded.matchAll(AFTER_WORD)].map((m) => m[1])
  const tokens = named.length > 0 ? named : [...folded.matchAll(LONE)].map((m) => m[1])
  const levels: Level[] = []
  for (const token of tokens) {
    const level = levelOf(token)
    // "Cấp độ 6": a level word with a number no level has.
    if (level === null) return { ok: false, message: LEVEL_EXPECTED }
    if (!levels.includes(level)) levels.push(level)
  }
  if (levels.length === 1) return { ok: true, value: levels[0] }
  return { ok: false, message: levels.length === 0 ? LEVEL_EXPECTED : twoLevels(levels) }
}

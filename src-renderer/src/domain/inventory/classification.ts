/**
 * Reading the dossier's classification columns that CapDo's own register export carries: the
 * system type and the information types, by their Vietnamese labels (domain/vocabulary.ts) or
 * their codes. Several information types share one cell, separated by commas, semicolons or lines.
 */
import { foldKey } from '../text'
import { INFORMATION_TYPES, SYSTEM_TYPES, type InformationType, type SystemType } from '../types'
import { INFORMATION_TYPE_LABEL, SYSTEM_TYPE_LABEL } from '../vocabulary'
import { isBlank, type InventoryCellValue } from './cell'
import type { ParseOutcome } from './types'

function lookup<T extends string>(codes: readonly T[], labels: Record<T, string>): Map<string, T> {
  const map = new Map<string, T>()
  for (const code of codes) {
    map.set(foldKey(labels[code]), code)
    map.set(foldKey(code), code)
  }
  return map
}

const SYSTEM_TYPE_LOOKUP = lookup(SYSTEM_TYPES, SYSTEM_TYPE_LABEL)
const INFORMATION_TYPE_LOOKUP = lookup(INFORMATION_TYPES, INFORMATION_TYPE_LABEL)

const quoted = (labels: Record<string, string>): string =>
  Object.values(labels)
    .map((l) => `"${l}"`)
    .join(', ')

export const SYSTEM_TYPE_EXPECTED = `Loại hệ thống phải là một trong: ${quoted(SYSTEM_TYPE_LABEL)}`
export const INFORMATION_TYPES_EXPECTED =
  `Loại thông tin phải là một hoặc nhiều trong: ${quoted(INFORMATION_TYPE_LABEL)}, ` +
  'cách nhau bởi dấu phẩy hoặc chấm phẩy'

export function parseSystemType(value: InventoryCellValue): ParseOutcome<SystemType | null> {
  if (isBlank(value)) return { ok: true, value: null }
  const type = typeof value === 'string' ? SYSTEM_TYPE_LOOKUP.get(foldKey(value)) : undefined
  return type ? { ok: true, value: type } : { ok: false, message: SYSTEM_TYPE_EXPECTED }
}

export function parseInformationTypes(value: InventoryCellValue): ParseOutcome<InformationType[]> {
  if (isBlank(value)) return { ok: true, value: [] }
  if (typeof value !== 'string') return { ok: false, message: INFORMATION_TYPES_EXPECTED }
  const found = new Set<InformationType>()
  for (const part of value.split(/[,;\n]/u)) {
    const key = foldKey(part)
    if (!key) continue
    const type = INFORMATION_TYPE_LOOKUP.get(key)
    if (!type) return { ok: false, message: INFORMATION_TYPES_EXPECTED }
    found.add(type)
  }
  // The law's order, whatever the cell's.
  return { ok: true, value: INFORMATION_TYPES.filter((t) => found.has(t)) }
}

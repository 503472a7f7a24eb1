/** What the preview calls a record and a field's value, in words (the history's own wording). */
import type { MergeItem, Version } from '../../domain/exchange'
import { formatViDate, isIsoDate } from '../../domain/calendar-date'
import { formatValue, type HistoryNames } from '../system/history/history-format'

export type { HistoryNames } from '../system/history/history-format'

function dataOf(version: Version | null): Record<string, unknown> | null {
  return version?.kind === 'record' ? version.data : null
}

/** A unit or system by its name; an assessment by its date and system. */
export function itemName(item: MergeItem, systemName: (id: string) => string | undefined): string {
  const data = dataOf(item.incoming) ?? dataOf(item.local) ?? {}
  if (typeof data.name === 'string' && data.name) return data.name
  if (item.entity === 'assessment') {
    const date = isIsoDate(data.date) ? formatViDate(data.date) : ''
    const system = typeof data.systemId === 'string' ? (systemName(data.systemId) ?? '') : ''
    return [date, system].filter(Boolean).join(' · ') || item.id
  }
  return item.id
}

export function valueInWords(field: string, value: unknown, names: HistoryNames): string {
  return formatValue(field, value, names)
}

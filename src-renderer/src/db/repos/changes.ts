/**
 * What every repo write shares: new ids and instants, the field-by-field difference between a
 * record before and after, and the history entry that tells the change (STYLE habit 5). History
 * keeps only the fields that changed, with their old and new values.
 */
// The one equality for stored values: history, the exchange and the edit merge must agree on "changed".
import { sameFieldValue } from '../../domain/exchange/values'
import type { FieldChange, HistoryAction, HistoryEntity, HistoryEntry } from '../../domain/types'

export function newId(): string {
  return crypto.randomUUID()
}

/** The instant of a change (ISO timestamp); calendar rules never read it, only people do. */
export function nowIso(): string {
  return new Date().toISOString()
}

/** The fields whose value differs between `before` and `after`, in the order given. */
export function diffFields<T extends object>(
  before: T,
  after: T,
  fields: readonly (keyof T & string)[],
): FieldChange[] {
  const changes: FieldChange[] = []
  for (const field of fields) {
    if (!sameFieldValue(before[field], after[field])) {
      changes.push({ field, from: before[field] ?? null, to: after[field] ?? null })
    }
  }
  return changes
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)
}

/** A new record's non-empty fields, as changes from nothing (for a 'create' entry). */
export function createdFields<T extends object>(
  record: T,
  fields: readonly (keyof T & string)[],
): FieldChange[] {
  return fields.filter((f) => !isEmpty(record[f])).map((field) => ({ field, from: null, to: record[field] }))
}

/** A deleted record's non-empty fields, as changes to nothing (the 'delete' entry keeps what was lost). */
export function deletedFields<T extends object>(
  record: T,
  fields: readonly (keyof T & string)[],
): FieldChange[] {
  return fields.filter((f) => !isEmpty(record[f])).map((field) => ({ field, from: record[field], to: null }))
}

export function historyEntry(entry: {
  entity: HistoryEntity
  entityId: string
  systemId: string | null
  action: HistoryAction
  changes: FieldChange[]
  at: string
  by?: string
  note?: string
}): HistoryEntry {
  return { ...entry, by: entry.by ?? '', note: entry.note ?? '' }
}

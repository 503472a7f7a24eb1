/**
 * Record content as the exchange compares it: every field but the bookkeeping ones. Two
 * versions with the same content are the same for a person whatever their stamps say.
 */
import type { ExchangeEntity, ExchangeRecord, FieldDifference, RecordKey } from './types'

/** Bookkeeping that differs between stores without the content differing. */
const NOT_CONTENT: ReadonlySet<string> = new Set(['id', 'revision', 'updatedAt', 'createdAt'])

/** A field that is the record's content (not bookkeeping that differs between stores). */
export function isContentField(field: string): boolean {
  return !NOT_CONTENT.has(field)
}

export function recordKey(entity: ExchangeEntity, id: string): RecordKey {
  return `${entity}:${id}`
}

export function hasOwn(object: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key)
}

/** A value of a map keyed by data (office ids, record keys): never one inherited from Object. */
export function ownValue<T>(map: Readonly<Record<string, T>>, key: string): T | undefined {
  return hasOwn(map, key) ? map[key] : undefined
}

/** Deep equality over what a record may hold: primitives, null, arrays and plain objects. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const ka = Object.keys(a)
  const kb = Object.keys(b)
  if (ka.length !== kb.length) return false
  const ra = a as Record<string, unknown>
  const rb = b as Record<string, unknown>
  return ka.every((k) => hasOwn(rb, k) && sameValue(ra[k], rb[k]))
}

/**
 * Two values of one field of a record: a field absent from a record stored before it existed reads
 * as its default, null, so it is not taken for a change (history, the edit merge).
 */
export function sameFieldValue(a: unknown, b: unknown): boolean {
  return sameValue(a ?? null, b ?? null)
}

/**
 * The record as travelling data: its fields without the id and `updatedAt` (carried beside
 * them) and without the store's own revision counter (meaningless in another store).
 */
export function dataOf(record: ExchangeRecord): Record<string, unknown> {
  const {
    revision: _revision,
    id: _id,
    updatedAt: _updatedAt,
    ...data
  } = record as unknown as Record<string, unknown>
  return data
}

/** Every content field whose value differs, sorted by name so previews and tests are stable. */
export function differingFields(
  local: Readonly<Record<string, unknown>>,
  incoming: Readonly<Record<string, unknown>>,
): FieldDifference[] {
  const fields = new Set([...Object.keys(local), ...Object.keys(incoming)])
  const out: FieldDifference[] = []
  for (const field of [...fields].sort()) {
    if (NOT_CONTENT.has(field)) continue
    // A field one side lacks (a newer schema's) is compared as null, so that it is listed.
    const a = hasOwn(local, field) ? local[field] : null
    const b = hasOwn(incoming, field) ? incoming[field] : null
    if (!sameValue(a, b)) out.push({ field, local: a, incoming: b })
  }
  return out
}

export function sameContent(
  a: Readonly<Record<string, unknown>>,
  b: Readonly<Record<string, unknown>>,
): boolean {
  return differingFields(a, b).length === 0
}

/** Where a change shows in a system's history: the system itself, or an assessment's system. */
export function systemIdOf(
  entity: ExchangeEntity,
  id: string,
  data: Readonly<Record<string, unknown>>,
): string | null {
  if (entity === 'system') return id
  if (entity === 'assessment' && typeof data.systemId === 'string') return data.systemId
  return null
}

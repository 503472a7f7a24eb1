/**
 * JSON with every object's keys sorted, so the same content gives the same text whatever order its
 * fields were written in; and a short hash of that text. Shared by the backup's checksum, the
 * exchange's local revisions (db/repos/exchange.ts) and the exchanged bases (exchange/bases.ts).
 */
import { twoLaneHash53 } from './hash'

export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v
    const sorted: Record<string, unknown> = {}
    for (const key of Object.keys(v).sort()) {
      // defineProperty, not assignment: a hostile "__proto__" key stays a plain key.
      Object.defineProperty(sorted, key, {
        value: (v as Record<string, unknown>)[key],
        enumerable: true,
        writable: true,
        configurable: true,
      })
    }
    return sorted
  })
}

/**
 * A 53-bit FNV-1a style hash (two 32-bit lanes, domain/hash.ts) of the canonical JSON, a safe integer. Not a
 * cryptographic hash: it tells contents apart, it does not protect them.
 */
export function contentHash(value: unknown): number {
  // String(): JSON.stringify gives undefined (not text) for undefined itself.
  return twoLaneHash53(String(canonicalJson(value)))
}

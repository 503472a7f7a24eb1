/**
 * JSON with every object's keys sorted, so the same content gives the same text whatever order its
 * fields were written in; and a short hash of that text. Shared by the backup's checksum, the
 * exchange's local revisions (db/repos/exchange.ts) and the exchanged bases (exchange/bases.ts).
 */

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
 * A 53-bit FNV-1a style hash (two 32-bit lanes) of the canonical JSON, a safe integer. Not a
 * cryptographic hash: it tells contents apart, it does not protect them.
 */
export function contentHash(value: unknown): number {
  // String(): JSON.stringify gives undefined (not text) for undefined itself.
  const text = String(canonicalJson(value))
  let a = 0x811c9dc5
  let b = 0x01000193 ^ 0x5bd1e995
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    a = Math.imul(a ^ c, 0x01000193) >>> 0
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0
  }
  return (a & 0x1fffff) * 0x1_0000_0000 + b
}

/**
 * Instants as records store them (`updatedAt`, `createdAt`, an exchange file's `exportedAt`): ISO
 * 8601 date-times with an explicit offset. `Date.parse` alone is too lenient for data from a file:
 * it takes 30/02 as 02/03 and 24:00 as the next midnight, so a damaged stamp would be stored as a
 * different instant. Here every part must be in range and name exactly the instant it parses to.
 */

const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|([+-])(\d{2}):(\d{2}))$/u

/** True for a real ISO 8601 instant with an offset (`Z` or ±hh:mm), such as `toISOString()` writes. */
export function isIsoInstant(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 64) return false
  const m = INSTANT.exec(value)
  if (!m) return false
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number)
  const second = m[6] === undefined ? 0 : Number(m[6])
  if (year < 1 || hour > 23 || minute > 59 || second > 59) return false
  if (m[8] !== 'Z' && (Number(m[10]) > 14 || Number(m[11]) > 59)) return false
  // Round trip of the calendar part: Date.UTC rolls 2026-02-30 over to 02/03, which then differs.
  const utc = new Date(Date.UTC(year, month - 1, day))
  utc.setUTCFullYear(year)
  if (utc.getUTCFullYear() !== year || utc.getUTCMonth() !== month - 1 || utc.getUTCDate() !== day) {
    return false
  }
  return !Number.isNaN(Date.parse(value))
}

import type { RegisterFilter } from '../../domain/register-filter'

/**
 * Whether two filters differ at most in their free-text query. The filter is parsed afresh from
 * the URL on every change, so its lists are new arrays each time: compared by content.
 */
export function sameExceptQuery(a: RegisterFilter, b: RegisterFilter): boolean {
  if (a === b) return true
  for (const key of Object.keys(a) as (keyof RegisterFilter)[]) {
    if (key === 'query') continue
    const x = a[key]
    const y = b[key]
    if (x === y) continue
    if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length) return false
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false
  }
  return Object.keys(b).length === Object.keys(a).length
}

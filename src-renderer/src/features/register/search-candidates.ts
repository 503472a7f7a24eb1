/**
 * The rows whose search text holds every word of a query, found from the rows of a query already
 * answered rather than from the whole register. Typing "cong thong" after "cong thon" can only
 * keep rows that held "cong thon", so the search looks at those alone; a Backspace goes back to a
 * query typed a moment ago, answered from memory. At 20,000 systems this is most of what a
 * keystroke costs in filtering (npm run bench, "search keystroke → table").
 *
 * The other filters, and the preference for rows holding the words as one phrase, stay with
 * filterRegister, which is handed these rows in place of the whole register and so gives the
 * very same answer (the tests compare both on typed and erased queries).
 */
import type { EvaluatedSystem } from '../../domain/register'
import { matchesFolded, queryWords } from '../../domain/text'
import type { RegisterIndex } from './register-index'

/** Queries remembered per register index: enough for the Backspaces of a long query. */
const QUERIES_KEPT = 48

interface Answered {
  words: string[]
  rows: readonly EvaluatedSystem[]
}

const answeredByIndex = new WeakMap<RegisterIndex, Map<string, Answered>>()

/** True when every row holding `newer`'s words also holds `older`'s: each older word lies inside a newer one. */
function narrows(newer: readonly string[], older: readonly string[]): boolean {
  return older.every((w) => newer.some((v) => v.includes(w)))
}

/** The index's rows, in its order, whose folded search text contains every word of `query`. */
export function searchCandidates(index: RegisterIndex, query: string): readonly EvaluatedSystem[] {
  const words = queryWords(query)
  if (words.length === 0) return index.rows
  const key = words.join(' ')
  let answered = answeredByIndex.get(index)
  if (!answered) {
    answered = new Map()
    answeredByIndex.set(index, answered)
  }
  const known = answered.get(key)
  if (known) {
    // Most recently used last, so the oldest is the one dropped.
    answered.delete(key)
    answered.set(key, known)
    return known.rows
  }
  let from: readonly EvaluatedSystem[] = index.rows
  for (const previous of answered.values()) {
    if (previous.rows.length < from.length && narrows(words, previous.words)) from = previous.rows
  }
  const rows = from.filter((row) => matchesFolded(index.folded(row), words))
  answered.set(key, { words, rows })
  if (answered.size > QUERIES_KEPT) answered.delete(answered.keys().next().value as string)
  return rows
}

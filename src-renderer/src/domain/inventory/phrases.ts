/**
 * Reading a cell by the state it names rather than by its exact wording (docs/domain.md §5): people
 * write "Đang xây dựng hồ sơ", "ĐÃ PHÊ DUYỆT (QĐ số 12)", "Đã triển khai đầy đủ." for the states
 * the lists name. The cell is folded (no case, diacritics or punctuation), a note in brackets is
 * set aside, and every known phrase is looked for as whole words; a phrase found inside a longer
 * one found too counts once, as the longer ("đã triển khai" inside "đã triển khai một số hạng
 * mục"). The answer is the states named: none, one, or several (a conflict the caller refuses).
 */
import { foldKey } from '../text'

export interface PhraseTable<S> {
  /** Folded phrase → state, longest phrases first. */
  readonly phrases: ReadonlyArray<readonly [string, S]>
}

export function phraseTable<S>(entries: Iterable<readonly [string, S]>): PhraseTable<S> {
  const seen = new Map<string, S>()
  for (const [text, state] of entries) {
    const key = foldKey(text)
    if (key && !seen.has(key)) seen.set(key, state)
  }
  return { phrases: [...seen].sort((a, b) => b[0].length - a[0].length) }
}

/** Phrase → state pairs from the lists each state is written with (one phrase or several). */
export function phraseEntries<S extends string>(
  record: Partial<Record<S, string | readonly string[]>>,
): [string, S][] {
  return (Object.entries(record) as [S, string | readonly string[]][]).flatMap(([state, words]) =>
    (typeof words === 'string' ? [words] : words).map((w): [string, S] => [w, state]),
  )
}

/** The message for a cell naming several states: which ones, and what one cell may hold. */
export function conflictMessage(subject: string, labels: readonly string[], expected: string): string {
  return `${subject} nêu ${labels.length} trạng thái khác nhau (${labels
    .map((l) => `"${l}"`)
    .join(', ')}); hãy ghi một trạng thái. ${expected}`
}

// "(ghi chú)" and "[ghi chú]": a note beside the state, not part of it.
const BRACKETED = /\([^()]*\)|\[[^[\]]*\]/gu

/** The cell's text without notes in brackets (unless that leaves nothing), folded. */
export function foldWithoutNotes(text: string): string {
  const withoutNotes = foldKey(text.replace(BRACKETED, ' '))
  return withoutNotes === '' ? foldKey(text) : withoutNotes
}

/** The distinct states whose phrases the text contains as whole words, in the order they are written. */
export function statesNamed<S>(text: string, table: PhraseTable<S>): S[] {
  const folded = ` ${foldWithoutNotes(text)} `
  const found: { from: number; to: number; state: S }[] = []
  for (const [phrase, state] of table.phrases) {
    const needle = ` ${phrase} `
    for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + 1)) {
      const from = at + 1
      const to = from + phrase.length
      // Inside a longer phrase already found: the longer one says what is meant.
      if (found.some((f) => from >= f.from && to <= f.to)) continue
      found.push({ from, to, state })
    }
  }
  const states: S[] = []
  for (const f of found.sort((a, b) => a.from - b.from)) if (!states.includes(f.state)) states.push(f.state)
  return states
}

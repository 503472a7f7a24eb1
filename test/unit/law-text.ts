/**
 * The legal texts of law/ as a tree (document → article → clause → point), so a citation such as
 * "Nghị định 331/2026/NĐ-CP, Điều 13 khoản 2 điểm b" resolves to the words of that point, and a
 * quote can be checked against the passage it claims to come from. The extractor's own notes
 * (**[tóm tắt]**, "Ghi chú của người trích", "Bảng tổng hợp", block quotes) are left out: they are
 * not law and must never be found as a quote.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

export const LAW_DIR = join(__dirname, '..', '..', 'law')

/** NFC and whitespace collapsed: the only liberty a quote may take with the text. */
export function normalise(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim()
}

/** Points of a clause, in the order Vietnamese legal texts letter them. */
export const POINT_LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n'] as const

interface Clause {
  lines: string[]
  points: Map<string, string[]>
}

interface Article {
  lines: string[]
  clauses: Map<number, Clause>
}

/** One legal document: its articles, and named sections (the appendix forms). */
export interface LawDocument {
  name: string
  articles: Map<number, Article>
  sections: Map<string, string[]>
}

/** The documents held, by the name the product cites them with. */
export type LawLibrary = Map<string, LawDocument>

const NOTE = /\[tóm tắt\]|người trích|^>|^\*\(|^---/

function newArticle(): Article {
  return { lines: [], clauses: new Map() }
}

function documentOf(library: LawLibrary, name: string): LawDocument {
  let doc = library.get(name)
  if (!doc) {
    doc = { name, articles: new Map(), sections: new Map() }
    library.set(name, doc)
  }
  return doc
}

interface Cursor {
  article: Article | null
  clause: Clause | null
  point: string[] | null
  section: string[] | null
}

function addLine(cur: Cursor, line: string): void {
  if (cur.section) cur.section.push(line)
  const { article } = cur
  if (!article) return
  const clauseStart = /^(\d+)\.\s/.exec(line)
  const pointStart = /^([a-zđ])\)\s/.exec(line)
  if (clauseStart) {
    cur.clause = { lines: [], points: new Map() }
    cur.point = null
    article.clauses.set(Number(clauseStart[1]), cur.clause)
    // "1. […] đ) …": an excerpt that elides the clause's opening and keeps one point on its line.
    const elided = /^\d+\.\s\[…\]\s([a-zđ])\)\s/.exec(line)
    if (elided) {
      cur.point = []
      cur.clause.points.set(elided[1] ?? '', cur.point)
    }
  } else if (pointStart && cur.clause) {
    cur.point = []
    cur.clause.points.set(pointStart[1] ?? '', cur.point)
  }
  article.lines.push(line)
  cur.clause?.lines.push(line)
  cur.point?.push(line)
}

/**
 * A heading that opens an article: Decree 331's "## Điều 13. …", or the codified form of Decree 85
 * and Circular 03, whose next line "(Điều 8 Nghị định số 85/2016/NĐ-CP …)" names the original.
 */
function parseFile(library: LawLibrary, file: string, defaultDoc: string): void {
  const lines = readFileSync(join(LAW_DIR, file), 'utf8').normalize('NFC').split(/\r?\n/)
  const cur: Cursor = { article: null, clause: null, point: null, section: null }
  const open = (doc: string, n: number, article: Article = newArticle()) => {
    documentOf(library, doc).articles.set(n, article)
    Object.assign(cur, { article, clause: null, point: null, section: null })
    return article
  }
  for (const raw of lines) {
    const line = raw.trim()
    const original = /^\(Điều (\d+) (Nghị định|Thông tư) số ([^\s,)]+)/.exec(line)
    const partial = /^## \(Điều (\d+) khoản (\d+) điểm ([a-zđ]) Nghị định ([^\s,)]+)/.exec(line)
    const article331 = /^## Điều (\d+)\./.exec(line)
    if (line.startsWith('## Điều 3.1.')) {
      Object.assign(cur, { article: null, clause: null, point: null, section: null })
    } else if (original) {
      open(`${original[2]} ${original[3]}`, Number(original[1]))
    } else if (partial) {
      // A lone point of a clause: the body is that point's text.
      const article = open(`Nghị định ${partial[4]}`, Number(partial[1]))
      const point: string[] = []
      cur.clause = { lines: point, points: new Map([[partial[3] ?? '', point]]) }
      article.clauses.set(Number(partial[2]), cur.clause)
      cur.point = point
    } else if (article331) {
      open(defaultDoc, Number(article331[1]))
    } else if (/^#{2,3} (Mẫu số \d+|PHỤ LỤC)/.exec(line)) {
      const name = /Mẫu số \d+/.exec(line)?.[0] ?? 'Phụ lục'
      const section: string[] = []
      documentOf(library, defaultDoc).sections.set(name, section)
      Object.assign(cur, { article: null, clause: null, point: null, section })
    } else if (line.startsWith('#') || line.startsWith('**')) {
      // A new heading, or the extractor's bold summary paragraph, ends what came before.
      Object.assign(cur, { article: null, clause: null, point: null, section: null })
    } else if (line !== '' && !NOTE.test(line)) {
      addLine(cur, line)
    }
  }
}

let cached: LawLibrary | null = null

export function lawLibrary(): LawLibrary {
  if (cached) return cached
  const library: LawLibrary = new Map()
  parseFile(library, 'nd-85-2016-trich.md', 'Nghị định 85/2016/NĐ-CP')
  parseFile(library, 'nd-331-2026-trich.md', 'Nghị định 331/2026/NĐ-CP')
  cached = library
  return library
}

/** "Nghị định số 85/2016/NĐ-CP" and "Nghị định 85/2016/NĐ-CP" name the same document. */
const DOCUMENT_NAME = /^(Nghị định|Thông tư) (?:số )?(\d+\/\d{4}\/[A-ZĐ-]+)/

function range<T>(all: readonly T[], from: T, to: T | undefined): T[] {
  const i = all.indexOf(from)
  const j = to === undefined ? i : all.indexOf(to)
  return i < 0 || j < i ? [] : all.slice(i, j + 1)
}

const numbers = (from: number, to: number | undefined) =>
  Array.from({ length: (to ?? from) - from + 1 }, (_, k) => from + k)

export type Resolution =
  | { held: true; passages: string[] }
  | { held: false; document: string }
  | { held: true; passages: null; missing: string }

/**
 * The passages a citation points at (one per article, clause or point of a range), or why not:
 * the document is not held in law/, or the cited article, clause or point is not in it.
 */
export function resolveCitation(citation: string, library: LawLibrary = lawLibrary()): Resolution {
  const text = normalise(citation)
  const name = DOCUMENT_NAME.exec(text)
  const doc = name ? library.get(`${name[1]} ${name[2]}`) : undefined
  if (!name || !doc) return { held: false, document: text }
  const rest = text.slice(name[0].length)
  const form = /Mẫu số (\d+)/.exec(rest)
  if (form) {
    const section = doc.sections.get(`Mẫu số ${form[1]}`)
    return section
      ? { held: true, passages: [normalise(section.join('\n'))] }
      : { held: true, passages: null, missing: `Mẫu số ${form[1]}` }
  }
  const m =
    /Điều (\d+)(?:[–-](\d+))?(?: khoản (\d+)(?:[–-](\d+))?(?: điểm ([a-zđ])(?:[–-]([a-zđ]))?)?)?/.exec(rest)
  if (!m) return { held: true, passages: null, missing: `no article in "${rest}"` }
  const passages: string[] = []
  for (const n of numbers(Number(m[1]), m[2] ? Number(m[2]) : undefined)) {
    const article = doc.articles.get(n)
    if (!article) return { held: true, passages: null, missing: `Điều ${n}` }
    if (!m[3]) {
      passages.push(normalise(article.lines.join('\n')))
      continue
    }
    for (const k of numbers(Number(m[3]), m[4] ? Number(m[4]) : undefined)) {
      const clause = article.clauses.get(k)
      if (!clause) return { held: true, passages: null, missing: `Điều ${n} khoản ${k}` }
      if (!m[5]) {
        passages.push(normalise(clause.lines.join('\n')))
        continue
      }
      const letters = range(
        POINT_LETTERS,
        m[5] as (typeof POINT_LETTERS)[number],
        m[6] as (typeof POINT_LETTERS)[number] | undefined,
      )
      for (const p of letters) {
        const point = clause.points.get(p)
        if (!point) return { held: true, passages: null, missing: `Điều ${n} khoản ${k} điểm ${p}` }
        passages.push(normalise(point.join('\n')))
      }
    }
  }
  return { held: true, passages }
}

/**
 * A quote may leave words out where it says so ("[…]"): each fragment must then be found, in
 * order, in the same passage.
 */
export function quoteFoundIn(quote: string, passage: string): boolean {
  const fragments = normalise(quote)
    .split('[…]')
    .map((f) => f.trim())
    .filter((f) => f !== '')
  let from = 0
  for (const fragment of fragments) {
    const at = passage.indexOf(fragment, from)
    if (at < 0) return false
    from = at + fragment.length
  }
  return fragments.length > 0
}

/**
 * Delimited text (RFC 4180, as Excel and LibreOffice write it) into rows of cells: a field in
 * double quotes may hold the separator, line breaks and doubled quotes ("") and stays one cell;
 * lines end in CRLF, LF or CR. One record is one row, numbered as a spreadsheet program opening
 * the file would number it, so an error on "row 12" is found on row 12. The separator is found
 * from the first lines (comma, semicolon or tab, or Excel's "sep=;" first line) when not given.
 * Linear in the text: a 100 MB line costs one pass, never a quadratic rescan.
 */
export const SEPARATORS = [',', ';', '\t'] as const
export type Separator = (typeof SEPARATORS)[number]

export function isSeparator(value: unknown): value is Separator {
  return typeof value === 'string' && (SEPARATORS as readonly string[]).includes(value)
}

const QUOTE = 34
const CR = 13
const LF = 10

export interface DelimitedLimits {
  /** Rows beyond this stop the reading: `onTooMany` is called with the row count reached. */
  maxRows: number
  maxFields: number
  maxFieldLength: number
}

export type DelimitedFailure =
  | { kind: 'too_many_rows' }
  | { kind: 'too_many_fields'; row: number }
  | { kind: 'field_too_long'; row: number }

export type DelimitedResult = { ok: true; rows: string[][] } | ({ ok: false } & DelimitedFailure)

const NO_LIMITS: DelimitedLimits = { maxRows: Infinity, maxFields: Infinity, maxFieldLength: Infinity }

/**
 * Splits `text` into rows of fields. `maxRows` bounds the reading (the separator detector reads
 * only the first lines); past the limits the answer says which limit and where.
 */
export function parseDelimited(
  text: string,
  separator: Separator,
  limits: DelimitedLimits = NO_LIMITS,
  stopAfterRows = Infinity,
): DelimitedResult {
  const sep = separator.charCodeAt(0)
  const rows: string[][] = []
  let row: string[] = []
  let i = 0
  const n = text.length
  // A file ending with a line break has no empty last record.
  let atRecordStart = true
  while (i < n) {
    atRecordStart = false
    let field: string
    if (text.charCodeAt(i) === QUOTE) {
      // Quoted: runs of text between quotes, "" standing for one quote.
      const parts: string[] = []
      let j = i + 1
      for (;;) {
        const close = text.indexOf('"', j)
        if (close === -1) {
          // An unclosed quote runs to the end of the file, as Excel reads it.
          parts.push(text.slice(j))
          j = n
          break
        }
        parts.push(text.slice(j, close))
        if (text.charCodeAt(close + 1) === QUOTE) {
          parts.push('"')
          j = close + 2
          continue
        }
        j = close + 1
        break
      }
      // Text after the closing quote up to the separator belongs to the field (lenient, like Excel).
      let k = j
      while (k < n) {
        const c = text.charCodeAt(k)
        if (c === sep || c === CR || c === LF) break
        k++
      }
      if (k > j) parts.push(text.slice(j, k))
      field = parts.join('')
      i = k
    } else {
      let k = i
      while (k < n) {
        const c = text.charCodeAt(k)
        if (c === sep || c === CR || c === LF) break
        k++
      }
      field = text.slice(i, k)
      i = k
    }
    if (field.length > limits.maxFieldLength)
      return { ok: false, kind: 'field_too_long', row: rows.length + 1 }
    row.push(field)
    if (row.length > limits.maxFields) return { ok: false, kind: 'too_many_fields', row: rows.length + 1 }
    const c = text.charCodeAt(i)
    if (c === sep) {
      i++
      // A separator at the very end leaves one more, empty, field.
      if (i === n) row.push('')
      continue
    }
    // End of record (or of text).
    if (c === CR) i += text.charCodeAt(i + 1) === LF ? 2 : 1
    else if (c === LF) i++
    rows.push(row)
    row = []
    atRecordStart = true
    if (rows.length > limits.maxRows) return { ok: false, kind: 'too_many_rows' }
    if (rows.length >= stopAfterRows) break
  }
  if (!atRecordStart) rows.push(row)
  return { ok: true, rows }
}

/** Lines the separator is guessed from. */
const SAMPLE_ROWS = 100

/** Excel's first line naming the separator: "sep=;". */
const SEP_LINE = /^"?sep=(.)"?\r?\n/i

/** Strips Excel's "sep=" line, returning the separator it names. */
export function separatorLine(text: string): { separator: Separator; rest: string } | null {
  const m = SEP_LINE.exec(text)
  if (!m) return null
  const named = m[1]
  return isSeparator(named) ? { separator: named, rest: text.slice(m[0].length) } : null
}

/**
 * The separator that splits the first lines most consistently: for each candidate, the field
 * count most lines share (title lines above the table have one field) and how many lines share
 * it. A candidate that never splits a line scores nothing. Ties go to tab, then semicolon (a tab
 * or a semicolon rarely occurs inside Vietnamese text; a comma often does).
 */
export function detectSeparator(text: string): Separator {
  const fromLine = separatorLine(text)
  if (fromLine) return fromLine.separator
  let best: Separator = ','
  let bestScore = 0
  for (const candidate of ['\t', ';', ','] as const) {
    const parsed = parseDelimited(text, candidate, NO_LIMITS, SAMPLE_ROWS)
    if (!parsed.ok) continue
    const counts = new Map<number, number>()
    for (const r of parsed.rows) {
      if (r.length < 2) continue
      counts.set(r.length, (counts.get(r.length) ?? 0) + 1)
    }
    let score = 0
    for (const [fields, lines] of counts) {
      // Lines sharing a field count, favouring more fields at equal agreement.
      const s = lines * 1000 + fields
      if (s > score) score = s
    }
    if (score > bestScore) {
      bestScore = score
      best = candidate
    }
  }
  return best
}

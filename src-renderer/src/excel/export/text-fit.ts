/**
 * Row heights for text that wraps. LibreOffice does not fit row heights when it opens a file, and
 * neither it nor Excel fits a row to a merged cell, so rows whose text wraps get an estimated
 * height. The estimate follows Excel: a column width unit is the default font's digit (about 7
 * pixels), characters are measured with Times New Roman's approximate advances in em.
 */
const PX_PER_WIDTH_UNIT = 7
const CELL_PADDING_PX = 6
const PX_PER_PT = 96 / 72
/** Points per column width unit. */
export const PT_PER_WIDTH_UNIT = PX_PER_WIDTH_UNIT / PX_PER_PT
const BOLD = 1.06
/** Advance of the widest common character (capitals), for the quick one-line test. */
const WIDEST_EM = 0.72

const NARROW = new Set([..."iljtfrI.,;:'!|()[]-/"])

/** Approximate advance of a character of Times New Roman, in em. */
function charEm(ch: string): number {
  if (ch === ' ') return 0.25
  const base = ch.normalize('NFD')[0] ?? ch
  if (NARROW.has(base)) return 0.3
  if (base === 'M' || base === 'W') return 0.9
  if (base === 'm' || base === 'w') return 0.75
  if (base >= '0' && base <= '9') return 0.5
  if (base !== base.toLowerCase()) return 0.7
  return 0.47
}

/*
 * charEm by UTF-16 code unit, filled on first use: measuring calls it for every character of
 * every wrapped cell of a 20,000-row register, and its Unicode decomposition showed in profiles.
 * NaN marks a code unit not measured yet.
 */
const EM_BY_CODE = new Float64Array(0x10000).fill(Number.NaN)

/** 2 at a character beyond the BMP (a surrogate pair), else 1: the string iterator's step. */
function stepAt(text: string, i: number): 1 | 2 {
  const code = text.charCodeAt(i)
  if (code < 0xd800 || code > 0xdbff) return 1
  const next = text.charCodeAt(i + 1)
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1
}

/** The advance in em of the character at `i`, `step` code units long. */
function emAt(text: string, i: number, step: 1 | 2): number {
  if (step === 2) return charEm(text.slice(i, i + 2))
  const code = text.charCodeAt(i)
  let w = EM_BY_CODE[code]
  if (Number.isNaN(w)) {
    w = charEm(text[i])
    EM_BY_CODE[code] = w
  }
  return w
}

function textEm(text: string): number {
  let em = 0
  for (let i = 0; i < text.length;) {
    const step = stepAt(text, i)
    em += emAt(text, i, step)
    i += step
  }
  return em
}

/** The width of one line of text, in points. */
export function lineWidthPt(text: string, fontSize: number, bold = false): number {
  return textEm(text) * fontSize * (bold ? BOLD : 1)
}

function availablePx(widthUnits: number): number {
  return Math.max(1, widthUnits * PX_PER_WIDTH_UNIT - CELL_PADDING_PX)
}

function pxPerEmOf(fontSize: number, bold: boolean): number {
  return fontSize * PX_PER_PT * (bold ? BOLD : 1)
}

/** Most cells of a big register are short: one line, known without measuring them. */
function surelyOneLine(text: string, available: number, pxPerEm: number): boolean {
  return text.length * WIDEST_EM * pxPerEm <= available && !text.includes('\n')
}

/** How many lines `text` takes in a wrapping cell `widthUnits` wide. */
export function lineCount(text: string, widthUnits: number, fontSize: number, bold = false): number {
  const available = availablePx(widthUnits)
  const pxPerEm = pxPerEmOf(fontSize, bold)
  if (surelyOneLine(text, available, pxPerEm)) return 1
  const space = charEm(' ') * pxPerEm
  // One pass over the characters, with no split strings: the same filling as splitting into
  // paragraphs at '\n' and words at ' ' (an empty word between two spaces included), and the
  // same sums in the same order, so the same count.
  let lines = 0
  let used = 0
  let count = 1
  let em = 0
  // Fill line by line the way a wrapping cell does: words do not break unless longer than a line.
  const endWord = (): void => {
    const w = em * pxPerEm
    em = 0
    if (used > 0 && used + space + w > available) {
      count++
      used = w
    } else {
      used += (used > 0 ? space : 0) + w
    }
    while (used > available) {
      count++
      used -= available
    }
  }
  for (let i = 0; i < text.length;) {
    const code = text.charCodeAt(i)
    const step = stepAt(text, i)
    if (code === 10) {
      endWord()
      lines += count
      used = 0
      count = 1
    } else if (code === 32) {
      endWord()
    } else {
      em += emAt(text, i, step)
    }
    i += step
  }
  endWord()
  return lines + count
}

/*
 * A line of Times New Roman is 1.107 em from its ascender to its descender (the font's Windows
 * metrics, which Excel uses; Liberation Serif, LibreOffice's stand-in, has the same): 13.3 pt at
 * 12 pt, which Excel rounds up to whole pixels (18 px, 13.5 pt). 1.2 em a line is that with a
 * little to spare, plus the cell's top and bottom padding; more only pushes rows off the page.
 */
const LINE_EM = 1.2
const CELL_PADDING_PT = 3

/** Points of row height for `lines` lines of a font. */
export function heightFor(lines: number, fontSize: number): number {
  return Math.ceil(lines * fontSize * LINE_EM + CELL_PADDING_PT)
}

/**
 * lineCount remembered per text, for one font and width: a register's columns repeat the same
 * words (units, issuers, states) on thousands of rows. Made per table, so it lives as long as
 * one export.
 */
export function lineCounter(widthUnits: number, fontSize: number, bold = false): (text: string) => number {
  const known = new Map<string, number>()
  const available = availablePx(widthUnits)
  const pxPerEm = pxPerEmOf(fontSize, bold)
  return (text) => {
    // Short texts are not remembered: the test is cheaper than the lookup.
    if (surelyOneLine(text, available, pxPerEm)) return 1
    let lines = known.get(text)
    if (lines === undefined) {
      lines = lineCount(text, widthUnits, fontSize, bold)
      known.set(text, lines)
    }
    return lines
  }
}

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

function textEm(text: string): number {
  let em = 0
  for (const ch of text) em += charEm(ch)
  return em
}

/** The width of one line of text, in points. */
export function lineWidthPt(text: string, fontSize: number, bold = false): number {
  return textEm(text) * fontSize * (bold ? BOLD : 1)
}

/** How many lines `text` takes in a wrapping cell `widthUnits` wide. */
export function lineCount(text: string, widthUnits: number, fontSize: number, bold = false): number {
  const available = Math.max(1, widthUnits * PX_PER_WIDTH_UNIT - CELL_PADDING_PX)
  const pxPerEm = fontSize * PX_PER_PT * (bold ? BOLD : 1)
  // Most cells of a big register are short: one line, without measuring them.
  if (text.length * WIDEST_EM * pxPerEm <= available && !text.includes('\n')) return 1
  const space = charEm(' ') * pxPerEm
  let lines = 0
  for (const paragraph of text.split('\n')) {
    // Fill line by line the way a wrapping cell does: words do not break unless longer than a line.
    let used = 0
    let count = 1
    for (const word of paragraph.split(' ')) {
      const w = textEm(word) * pxPerEm
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
    lines += count
  }
  return lines
}

/** Points of row height for `lines` lines of a font. */
export function heightFor(lines: number, fontSize: number): number {
  return Math.ceil(lines * fontSize * 1.3 + 3)
}

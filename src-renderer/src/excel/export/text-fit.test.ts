import { describe, expect, it } from 'vitest'
import { heightFor, lineCount, lineCounter, lineWidthPt } from './text-fit'

describe('estimating how text wraps in a cell', () => {
  it('keeps a short text on one line', () => {
    expect(lineCount('Sở Y tế', 20, 12)).toBe(1)
  })

  it('wraps a long name over as many lines as its width needs', () => {
    const name = 'Khối các cơ quan quản lý nhà nước trực thuộc Ủy ban nhân dân thành phố'
    expect(lineCount(name, 46, 12)).toBe(2)
    expect(lineCount(name, 20, 12)).toBeGreaterThanOrEqual(4)
    expect(lineCount(name, 200, 12)).toBe(1)
  })

  it('counts each line of a multi-line text', () => {
    expect(lineCount('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 60, 13, true)).toBe(2)
  })

  it('measures capitals wider than lower case, and bold wider than regular', () => {
    expect(lineWidthPt('HẢI PHÒNG', 12)).toBeGreaterThan(lineWidthPt('hải phòng', 12))
    expect(lineWidthPt('Hải Phòng', 12, true)).toBeGreaterThan(lineWidthPt('Hải Phòng', 12))
  })

  it('measures a Vietnamese letter by its base letter, and a character beyond the BMP as one', () => {
    expect(lineWidthPt('Ấ', 12)).toBe(lineWidthPt('A', 12))
    expect(lineWidthPt('ị', 12)).toBe(lineWidthPt('i', 12))
    // 😀 is two UTF-16 code units but one character, as wide as a lower-case letter.
    expect(lineWidthPt('😀', 12)).toBe(lineWidthPt('a', 12))
  })

  it("a table's remembered line counts are the counts, per width and weight", () => {
    const name = 'Khối các cơ quan quản lý nhà nước trực thuộc Ủy ban nhân dân thành phố'
    const narrow = lineCounter(20, 12)
    const wide = lineCounter(46, 12, true)
    for (let i = 0; i < 2; i++) {
      expect(narrow(name)).toBe(lineCount(name, 20, 12))
      expect(wide(name)).toBe(lineCount(name, 46, 12, true))
      expect(narrow('Sở Y tế')).toBe(1)
    }
    expect(narrow(name)).toBeGreaterThan(wide(name))
  })

  it('gives each line of a font its height', () => {
    expect(heightFor(1, 12)).toBeGreaterThanOrEqual(15)
    expect(heightFor(2, 12)).toBeGreaterThan(2 * 12)
  })
})

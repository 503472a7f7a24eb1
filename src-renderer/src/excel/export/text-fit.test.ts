import { describe, expect, it } from 'vitest'
import { heightFor, lineCount, lineWidthPt } from './text-fit'

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

  it('gives each line of a font its height', () => {
    expect(heightFor(1, 12)).toBeGreaterThanOrEqual(15)
    expect(heightFor(2, 12)).toBeGreaterThan(2 * 12)
  })
})

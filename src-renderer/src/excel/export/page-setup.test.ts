import { describe, expect, it } from 'vitest'
import { frameOf } from './document-frame'
import { pageBreaks, printArea, printedWidths } from './page-setup'

const thirtyColumns = Array.from({ length: 31 }, () => 17)

describe('what of a sheet prints', () => {
  it('prints every column of a report table, and only the first columns of the register', () => {
    expect(printedWidths({}, thirtyColumns)).toHaveLength(31)
    expect(printedWidths({ printColumns: 12 }, thirtyColumns)).toEqual(thirtyColumns.slice(0, 12))
  })

  it('names the print area with absolute rows, past column Z too', () => {
    expect(printArea(12, 96)).toBe('A$1:L$96')
    expect(printArea(28, 5)).toBe('A$1:AB$5')
  })
})

describe('the two blocks of the document header', () => {
  it('puts the bodies over the first columns and the national title over the last', () => {
    const frame = frameOf([6, 46, 10, 10, 9, 9, 11, 9, 9, 9, 10, 11])
    expect(frame.left).toEqual({ from: 1, to: 3, width: 62 })
    expect(frame.right.to).toBe(12)
    expect(frame.right.from).toBeGreaterThan(frame.left.to)
    expect(frame.right.width).toBeGreaterThanOrEqual(66)
  })

  it('spans only the given columns', () => {
    const frame = frameOf(thirtyColumns, 10)
    expect(frame.lastCol).toBe(10)
    expect(frame.right.to).toBe(10)
    expect(frame.total).toBe(170)
  })

  it('leaves the right block at least one column on a two-column table', () => {
    const frame = frameOf([6, 40])
    expect(frame.left).toEqual({ from: 1, to: 1, width: 6 })
    expect(frame.right).toEqual({ from: 2, to: 2, width: 40 })
  })
})

describe('where the pages of a long report table break', () => {
  // Rows 1–10 the document's header and text, 11–12 the table header (titles, numbering),
  // 13–60 the table, 61–68 "Nơi nhận:" and the signer; every row 20 pt.
  const keep = { header: { from: 11, to: 12 }, lastBodyRow: 60, lastRow: 68 }
  const twenty = () => 20
  const pagesOf = (breaks: number[]) => {
    const starts = [1, ...breaks.map((b) => b + 1)]
    return starts.map((from, i) => ({ from, to: i < breaks.length ? breaks[i] : keep.lastRow }))
  }

  it('fills each page with whole rows, the repeated table header counted on every page after the first', () => {
    const breaks = pageBreaks(twenty, 300, keep)
    expect(breaks.length).toBeGreaterThan(3)
    for (const page of pagesOf(breaks)) {
      const titles = page.from > keep.header.to ? 40 : 0
      expect(titles + (page.to - page.from + 1) * 20).toBeLessThanOrEqual(300)
    }
  })

  it('never leaves the signature on a page of its own, nor splits it', () => {
    // From a page that holds the header, the last row and the closing block (260 pt) up.
    for (let height = 260; height <= 600; height += 10) {
      const last = pagesOf(pageBreaks(twenty, height, keep)).at(-1) ?? { from: 0, to: 0 }
      // The last page holds the table's last row, and all of the closing block fits on it.
      expect(last.from).toBeLessThanOrEqual(keep.lastBodyRow)
      expect(last.to).toBe(keep.lastRow)
      expect(40 + (last.to - last.from + 1) * 20).toBeLessThanOrEqual(height)
    }
  })

  it('never leaves the table header alone at the foot of a page', () => {
    for (let height = 200; height <= 600; height += 10) {
      for (const page of pagesOf(pageBreaks(twenty, height, keep))) {
        expect(page.to === keep.header.from || page.to === keep.header.to).toBe(false)
      }
    }
  })
})

import { describe, expect, it } from 'vitest'
import { frameOf } from './document-frame'
import { firstPageColumns, pagesWide } from './page-setup'

const report = { orientation: 'landscape' as const, dataSheet: false }
const register = { orientation: 'landscape' as const, dataSheet: true }
const thirtyColumns = Array.from({ length: 31 }, () => 17)

describe('where a sheet prints', () => {
  it('prints a report table one page wide, whatever its width', () => {
    expect(pagesWide(report, thirtyColumns)).toBe(1)
    expect(firstPageColumns(report, thirtyColumns)).toBe(31)
  })

  it('spreads a wide register over pages it stays readable on, the document text over the first', () => {
    const pages = pagesWide(register, thirtyColumns)
    expect(pages).toBe(3)
    const first = firstPageColumns(register, thirtyColumns)
    expect(first).toBeGreaterThan(5)
    expect(first).toBeLessThanOrEqual(Math.floor(31 / pages))
  })

  it('keeps a narrow data sheet on one page', () => {
    expect(pagesWide(register, [6, 30, 20])).toBe(1)
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

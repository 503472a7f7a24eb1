import { describe, expect, it } from 'vitest'
import { exchangeRevision, withExchangeRevision } from './local-revision'

const unit = {
  id: 'u1',
  name: 'Sở Y tế',
  block: 'Khối A',
  parentId: null,
  createdAt: '2027-01-05T02:00:00.000Z',
  updatedAt: '2027-01-05T02:00:00.000Z',
}

describe('the local revision the exchange compares', () => {
  it('does not move when only the stored revision or the instant of the last write moves', () => {
    const before = { ...unit, revision: 3 }
    const touched = { ...unit, revision: 4, updatedAt: '2027-02-01T09:30:00.000Z' }
    expect(exchangeRevision(touched)).toBe(exchangeRevision(before))
  })

  it('moves when any field of the content changes, a block as much as a name', () => {
    const base = exchangeRevision(unit)
    expect(exchangeRevision({ ...unit, name: 'Sở Y Tế' })).not.toBe(base)
    expect(exchangeRevision({ ...unit, block: 'Khối B' })).not.toBe(base)
    expect(exchangeRevision({ ...unit, parentId: 'u0' })).not.toBe(base)
  })

  it('is the same whatever order the fields were written in (a record read back from a file)', () => {
    const reordered = Object.fromEntries(Object.entries(unit).reverse())
    expect(exchangeRevision(reordered)).toBe(exchangeRevision(unit))
  })

  it('is a safe integer, as the ledger stores it', () => {
    expect(Number.isSafeInteger(exchangeRevision(unit))).toBe(true)
  })

  it('replaces a record’s revision by it and keeps every other field as stored', () => {
    const read = withExchangeRevision({ ...unit, revision: 7 })
    expect(read).toEqual({ ...unit, revision: exchangeRevision(unit) })
  })
})

import { describe, expect, it } from 'vitest'
import { contentHash } from './canonical-json'
import { cyrb53, fnv1a64Hex, twoLaneHash53 } from './hash'
import { stableHash, systemIdFor, unitIdFor } from './inventory/ids'
import { digestKey } from './reminders'

// The values the three hand-written hashes gave before they shared this module (a5702df). They are
// stored (ids in the database, revisions in exchange packages and backups, reminder keys in
// localStorage), so a change here would orphan what users already have.
const INPUTS = ['', 'a', 'Sở Thông tin và Truyền thông', 'unit\u0000Hệ thống thư điện tử', '😀 x'.repeat(50)]

describe('the stored hashes keep the values they had', () => {
  it('the ids of imported records (64-bit FNV-1a) are unchanged', () => {
    expect(INPUTS.map(stableHash)).toEqual([
      'cbf29ce484222325',
      'af63dc4c8601ec8c',
      'fc917070c36d8a45',
      '5463f8f5a4d59482',
      '0b75c4df8d4b25b5',
    ])
    expect(INPUTS.map(fnv1a64Hex)).toEqual(INPUTS.map(stableHash))
    expect(unitIdFor('SỞ THÔNG TIN VÀ TRUYỀN THÔNG')).toBe('unit-b2c4c04a8b9507e8')
    expect(systemIdFor('Sở Thông tin và Truyền thông', 'Cổng thông tin điện tử')).toBe('sys-603f5674a0e21e13')
  })

  it('the content hash of the exchange and backups is unchanged', () => {
    expect(INPUTS.map(contentHash)).toEqual([
      3002240936944270, 510080233946167, 8894387205916434, 550477005839562, 7261679195657998,
    ])
    expect(contentHash({ b: 1, a: ['x', null] })).toBe(1889176797684555)
    expect(contentHash({ a: ['x', null], b: 1 })).toBe(1889176797684555)
    expect(contentHash(undefined)).toBe(471981625896992)
    expect(INPUTS.map((t) => twoLaneHash53(JSON.stringify(t)))).toEqual(INPUTS.map(contentHash))
  })

  it('the reminder keys remembered in localStorage are unchanged', () => {
    expect(INPUTS.map(digestKey)).toEqual([
      'wvjl67o803',
      '262p94epp1d',
      'ui91fkngfr',
      'x2hkbugv3l',
      '2ridqy3g0f',
    ])
    expect(INPUTS.map((t) => cyrb53(t).toString(36))).toEqual(INPUTS.map(digestKey))
  })

  it('every hash is a safe integer or 16 hex digits, even for a long text', () => {
    const long = 'Hệ thống '.repeat(10_000)
    expect(Number.isSafeInteger(twoLaneHash53(long))).toBe(true)
    expect(Number.isSafeInteger(cyrb53(long))).toBe(true)
    expect(fnv1a64Hex(long)).toMatch(/^[0-9a-f]{16}$/)
  })
})

import { describe, expect, it } from 'vitest'
import { contentHash } from './canonical-json'
import { cyrb53, fnv1a64Hex, twoLaneHash53 } from './hash'
import { stableHash, systemIdFor, unitIdFor } from './inventory/ids'
import { digestKey } from './reminders'

// The values the three hand-written hashes gave before they shared this module (a5702df). They are
// stored (ids in the database, revisions in exchange packages and backups, reminder keys in
// localStorage), so a change here would orphan what users already have.
// [text, id hash (FNV-1a 64), content hash (of the text's JSON), reminder key (cyrb53, base 36)]
const PINNED: readonly [string, string, number, string][] = [
  ['', 'cbf29ce484222325', 3002240936944270, 'wvjl67o803'],
  ['a', 'af63dc4c8601ec8c', 510080233946167, '262p94epp1d'],
  ['Sở Thông tin và Truyền thông', 'fc917070c36d8a45', 8894387205916434, 'ui91fkngfr'],
  ['unit\u0000Hệ thống thư điện tử', '5463f8f5a4d59482', 550477005839562, 'x2hkbugv3l'],
  ['😀 x'.repeat(50), '0b75c4df8d4b25b5', 7261679195657998, '2ridqy3g0f'],
]

describe('the stored hashes keep the values they had', () => {
  it.each(PINNED)('%j hashes as before in ids, contents and reminder keys', (text, id, content, reminder) => {
    expect(stableHash(text)).toBe(id)
    expect(fnv1a64Hex(text)).toBe(id)
    expect(contentHash(text)).toBe(content)
    expect(twoLaneHash53(JSON.stringify(text))).toBe(content)
    expect(digestKey(text)).toBe(reminder)
    expect(cyrb53(text).toString(36)).toBe(reminder)
  })

  it('the ids of an imported unit and system are unchanged', () => {
    expect(unitIdFor('SỞ THÔNG TIN VÀ TRUYỀN THÔNG')).toBe('unit-b2c4c04a8b9507e8')
    expect(systemIdFor('Sở Thông tin và Truyền thông', 'Cổng thông tin điện tử')).toBe('sys-603f5674a0e21e13')
  })

  it('the content hash ignores key order and hashes undefined as before', () => {
    expect(contentHash({ b: 1, a: ['x', null] })).toBe(1889176797684555)
    expect(contentHash({ a: ['x', null], b: 1 })).toBe(1889176797684555)
    expect(contentHash(undefined)).toBe(471981625896992)
  })

  it('every hash is a safe integer or 16 hex digits, even for a long text', () => {
    const long = 'Hệ thống '.repeat(10_000)
    expect(Number.isSafeInteger(twoLaneHash53(long))).toBe(true)
    expect(Number.isSafeInteger(cyrb53(long))).toBe(true)
    expect(fnv1a64Hex(long)).toMatch(/^[0-9a-f]{16}$/)
  })
})

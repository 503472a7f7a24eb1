import { describe, expect, it } from 'vitest'
import { isDomainError } from '../errors'
import { parseExchangePackage } from './package-schema'
import { OFFICE_A, SO, TestStore, t } from '../test-support/exchange-store'
import type { ExchangePackage } from './types'

function validPackage(): ExchangePackage {
  const so = new TestStore(SO)
  const a = new TestStore(OFFICE_A)
  so.create('system', 's1', { name: 'Cổng thông tin', unitId: 'u1', level: 2 }, t(8))
  a.receive(so.send(t(9)), t(10))
  a.create('unit', 'u1', { name: 'UBND phường An Dương', block: 'Khối phường' }, t(11))
  a.remove('system', 's1')
  return a.send(t(12))
}

/** The package as a file would bring it: JSON text, where "__proto__" is an ordinary key. */
function fromJson(text: string): unknown {
  return JSON.parse(text)
}

function refusal(raw: unknown): { code: string; message: string } {
  try {
    parseExchangePackage(raw)
  } catch (error) {
    if (isDomainError(error)) return { code: error.code, message: error.message }
    throw error
  }
  throw new Error('accepted')
}

describe('validating a received package', () => {
  it('accepts what the core builds, unchanged', () => {
    const pkg = validPackage()
    expect(parseExchangePackage(fromJson(JSON.stringify(pkg)))).toEqual(pkg)
  })

  it('refuses a format version it does not know, saying which one it found', () => {
    const raw = { ...validPackage(), schemaVersion: 2 }
    expect(refusal(raw)).toEqual({
      code: 'exchange_unknown_version',
      message:
        'Tệp trao đổi dữ liệu có phiên bản định dạng 2, phiên bản CapDo này chỉ đọc được phiên bản 1. ' +
        'Hãy cập nhật CapDo lên phiên bản mới nhất hoặc đề nghị đơn vị gửi xuất lại tệp.',
    })
  })

  it.each([
    ['the header', (json: string) => json.replace('{"office"', '{"__proto__":{"polluted":1},"office"')],
    ['the seen map', (json: string) => json.replace('"seen":{', '"seen":{"__proto__":1,')],
    ['the office directory', (json: string) => json.replace('"offices":{', '"offices":{"constructor":"x",')],
    ['a record’s data', (json: string) => json.replace('"data":{', '"data":{"__proto__":{"polluted":1},')],
    ['a nested value', (json: string) => json.replace('"data":{', '"data":{"x":[{"prototype":1}],')],
  ])('refuses a hostile key in %s, and nothing reaches Object.prototype', (_where, inject) => {
    const text = inject(JSON.stringify(validPackage()))
    expect(text).not.toBe(JSON.stringify(validPackage()))
    const { code, message } = refusal(fromJson(text))
    expect(code).toBe('exchange_invalid')
    expect(message).toMatch(/khóa bị cấm|mã không hợp lệ/u)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('refuses a package that contradicts itself: a revision beyond what its sender has seen', () => {
    const pkg = validPackage()
    pkg.seen[OFFICE_A.id] = 0
    expect(refusal(pkg).message).toContain('vượt quá phiên bản mà chính tệp ghi nhận')
  })

  it.each([
    [
      'a record’s updatedAt on 30/02',
      (p: ExchangePackage) => (p.records[0].updatedAt = '2026-02-30T10:00:00.000Z'),
    ],
    [
      'a record’s updatedAt at 24:00',
      (p: ExchangePackage) => (p.records[0].updatedAt = '2026-12-01T24:00:00.000Z'),
    ],
    [
      'a deletion stamped without an offset',
      (p: ExchangePackage) => (p.tombstones[0].deletedAt = '2026-12-01T10:00:00'),
    ],
    ['an export time in minute 60', (p: ExchangePackage) => (p.exportedAt = '2026-12-01T10:60:00.000Z')],
  ])('refuses %s: a stamp must name a real instant, not roll over to another', (_label, damage) => {
    const pkg = validPackage()
    damage(pkg)
    const { code, message } = refusal(fromJson(JSON.stringify(pkg)))
    expect(code).toBe('exchange_invalid')
    expect(message).toMatch(/trường "thời điểm (sửa|xóa|xuất tệp)" không hợp lệ/u)
  })

  it('refuses a record that is both live and deleted in the same file', () => {
    const pkg = validPackage()
    pkg.tombstones.push({ ...pkg.tombstones[0], entity: 'unit', id: 'u1' })
    expect(refusal(pkg).message).toContain('trùng với một bản ghi khác trong tệp')
  })

  it('accepts a composite system whose justification holds its parts, and refuses hostile nesting', () => {
    const answers = (parts: unknown[]) => ({ systemType: 'internal', information: ['public'], parts })
    const pkg = validPackage()
    const composite = {
      ...pkg.records[0],
      entity: 'system' as const,
      data: {
        name: 'Hệ thống một cửa điện tử',
        levelJustification: {
          answers: answers([
            {
              name: 'Cổng dịch vụ công',
              answers: answers([{ name: 'Cơ sở dữ liệu', answers: answers([]) }]),
            },
          ]),
        },
      },
    }
    const withComposite = { ...pkg, records: [...pkg.records.slice(1), composite] }
    expect(parseExchangePackage(fromJson(JSON.stringify(withComposite)))).toEqual(withComposite)

    let deep: unknown = 'đáy'
    for (let i = 0; i < 40; i++) deep = { inner: deep }
    const hostile = { ...pkg, records: [{ ...composite, data: { name: 'x', deep } }] }
    expect(refusal(fromJson(JSON.stringify(hostile))).message).toContain('lồng quá nhiều cấp')
  })

  it('refuses huge counts before looking at any item', () => {
    const pkg = validPackage() as unknown as { records: unknown[] }
    pkg.records = { length: 10_000_000 } as unknown as unknown[]
    expect(refusal(pkg).code).toBe('exchange_invalid')
    const many = validPackage()
    many.records = Array.from({ length: 100_001 }, () => many.records[0])
    expect(refusal(many)).toMatchObject({ code: 'exchange_too_large' })
  })
})

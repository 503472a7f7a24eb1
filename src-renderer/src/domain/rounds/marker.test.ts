import { describe, expect, it } from 'vitest'
import type { InventoryCellValue } from '../inventory/cell'
import { MARKER_MAGIC, markerRows, MAX_MARKER_SYSTEMS, NO_MARKER_MESSAGE, parseMarker } from './marker'
import { MAX_RECIPIENTS } from './round'
import { HEALTH, HIS, markerFor, PORTAL, sampleRound } from './test-support'

const marker = markerFor(sampleRound(), HEALTH, [PORTAL, HIS])
const grid = (): InventoryCellValue[][] => markerRows(marker).map((r) => [...r])

function faultOf(rows: InventoryCellValue[][]): string {
  const outcome = parseMarker(rows)
  if (outcome.ok) throw new Error('expected a fault')
  return outcome.message
}

describe('the hidden marker of a request', () => {
  it('reads back exactly what was written: round, letter, unit, token, recipients, systems', () => {
    expect(parseMarker(grid())).toEqual({ ok: true, marker })
  })

  it('reads a version a spreadsheet program turned into a number, and skips blank rows', () => {
    const rows = grid()
    rows[0][1] = 1
    rows.splice(3, 0, [])
    expect(parseMarker(rows).ok).toBe(true)
  })

  it('a sheet without the magic is no marker, said in Vietnamese with what to do', () => {
    expect(parseMarker([['Tên hệ thống', 'Đơn vị']])).toEqual({
      ok: false,
      code: 'no_marker',
      message: NO_MARKER_MESSAGE,
    })
  })

  it('another version of the marker is named as such', () => {
    const rows = grid()
    rows[0] = [MARKER_MAGIC, '2']
    expect(parseMarker(rows)).toMatchObject({ ok: false, code: 'marker_version' })
  })

  it.each<[string, (rows: InventoryCellValue[][]) => void, string]>([
    [
      'a formula-like id',
      (r) => (r.find((x) => x[0] === 'he_thong')![1] = '=HYPERLINK("http://x")'),
      'mã hệ thống không hợp lệ',
    ],
    [
      'a missing key',
      (r) =>
        r.splice(
          r.findIndex((x) => x[0] === 'ma_xac_nhan'),
          1,
        ),
      'thiếu khóa "ma_xac_nhan"',
    ],
    ['a key twice', (r) => r.push(['dot', 'round-2']), 'khóa "dot" lặp lại'],
    ['an unknown key', (r) => r.push(['lenh', 'x']), 'khóa "lenh" không có trong dấu phiếu'],
    [
      'an impossible date',
      (r) => (r.find((x) => x[0] === 'han_gui')![1] = '2026-02-30'),
      'ngày "2026-02-30"',
    ],
    [
      'a unit not among the recipients',
      (r) => (r.find((x) => x[0] === 'don_vi')![1] = 'unit-other'),
      'không có trong danh sách nhận',
    ],
    ['a short token', (r) => (r.find((x) => x[0] === 'ma_xac_nhan')![1] = 'abc'), 'mã xác nhận không hợp lệ'],
    [
      'an overlong value',
      (r) => (r.find((x) => x[0] === 'he_thong')![2] = 'x'.repeat(501)),
      'giá trị quá dài',
    ],
    ['a system listed twice', (r) => r.push(['he_thong', PORTAL.id, 'again']), 'mã hệ thống lặp lại'],
  ])('a marker with %s is refused, naming the fault', (_, tamper, fault) => {
    const rows = grid()
    tamper(rows)
    const message = faultOf(rows)
    expect(message).toContain('Dấu phiếu của CapDo trong tệp đã bị sửa hoặc hỏng')
    expect(message).toContain(fault)
  })

  it('accepts a request at its limits: 20,000 systems, 5,000 recipients, a name of 500 characters', () => {
    const rows = grid()
    const count = (key: string) => rows.filter((r) => r[0] === key).length
    for (let i = count('he_thong'); i < MAX_MARKER_SYSTEMS; i++) rows.push(['he_thong', `sys-${i}`, 'x'])
    for (let i = count('noi_nhan'); i < MAX_RECIPIENTS; i++) rows.push(['noi_nhan', `unit-${i}`, 'Đơn vị'])
    rows.find((r) => r[0] === 'he_thong')![2] = 'x'.repeat(500)
    const outcome = parseMarker(rows)
    expect(outcome.ok && outcome.marker.systems.length).toBe(MAX_MARKER_SYSTEMS)
    expect(outcome.ok && outcome.marker.recipients.length).toBe(MAX_RECIPIENTS)
    rows.push(['noi_nhan', 'unit-one-more', 'Đơn vị'])
    expect(faultOf(rows)).toContain(`quá ${MAX_RECIPIENTS} đơn vị nhận`)
  })

  it('refuses more systems than a request may list', () => {
    const rows = grid()
    for (let i = 0; i <= 20_000; i++) rows.push(['he_thong', `sys-${i}`, 'x'])
    expect(faultOf(rows)).toContain('quá 20000 hệ thống')
  })
})

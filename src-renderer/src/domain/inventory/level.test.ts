import { describe, expect, it } from 'vitest'
import { LEVEL_EXPECTED, parseLevel } from './level'

describe('reading a level (cấp độ)', () => {
  it.each([
    [3, 3],
    ['3', 3],
    ['Cấp độ 3', 3],
    ['cấp độ 3', 3],
    ['Cấp 3', 3],
    ['CĐ3', 3],
    ['cđ 3', 3],
    ['cap do 3', 3],
    ['CAP DO 4', 4],
    ['Cấp độ: 2', 2],
    ['I', 1],
    ['II', 2],
    ['III', 3],
    ['IV', 4],
    ['V', 5],
    ['Cấp độ IV', 4],
    [1, 1],
    [5, 5],
  ] as const)('reads %j as level %i', (value, level) => {
    expect(parseLevel(value)).toEqual({ ok: true, value: level })
  })

  it.each([
    ['Cấp độ 3 (đề xuất)', 3],
    ['HTTT cấp độ 3', 3],
    ['Cấp độ: III.', 3],
    ['Đề xuất cấp độ 2, chờ phê duyệt', 2],
    ['Cấp độ 4 [theo QĐ 2024]', 4],
    ['CẤP ĐỘ 5 - HTTT quan trọng', 5],
    ['Cấp độ 3 năm 2024', 3],
  ] as const)('reads %j by the level it names: %i', (value, level) => {
    expect(parseLevel(value)).toEqual({ ok: true, value: level })
  })

  it('refuses a cell naming two different levels, naming both', () => {
    expect(parseLevel('Cấp độ 2 hoặc cấp độ 3')).toEqual({
      ok: false,
      message: `Ô cấp độ ghi 2 cấp độ khác nhau (2, 3); hãy ghi một cấp độ. ${LEVEL_EXPECTED}`,
    })
  })

  it.each([null, '', '   '])('reads an empty cell (%j) as unknown', (value) => {
    expect(parseLevel(value)).toEqual({ ok: true, value: null })
  })

  it('reads "Chưa xác định", what CapDo writes for no level, as unknown', () => {
    expect(parseLevel('Chưa xác định')).toEqual({ ok: true, value: null })
  })

  it.each([
    6,
    0,
    3.5,
    -1,
    '6',
    'cao',
    'VI',
    'Cấp độ 6',
    'Cấp độ 6 (cao)',
    'cấp cao',
    '3a',
    true,
    new Date(Date.UTC(2024, 0, 3)),
  ])('rejects %j with what a level must be', (value) => {
    expect(parseLevel(value)).toEqual({ ok: false, message: LEVEL_EXPECTED })
  })

  it('says in Vietnamese what a level must be', () => {
    expect(LEVEL_EXPECTED).toBe('Cấp độ phải là 1–5, "Cấp độ 3" hoặc số La Mã I–V')
  })
})

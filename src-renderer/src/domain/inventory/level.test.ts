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

  it.each([null, '', '   '])('reads an empty cell (%j) as unknown', (value) => {
    expect(parseLevel(value)).toEqual({ ok: true, value: null })
  })

  it('reads "Chưa xác định", what CapDo writes for no level, as unknown', () => {
    expect(parseLevel('Chưa xác định')).toEqual({ ok: true, value: null })
  })

  it.each([6, 0, 3.5, -1, '6', 'cao', 'VI', 'Cấp độ 6', '3a', true, new Date(Date.UTC(2024, 0, 3))])(
    'rejects %j with what a level must be',
    (value) => {
      expect(parseLevel(value)).toEqual({ ok: false, message: LEVEL_EXPECTED })
    },
  )

  it('says in Vietnamese what a level must be', () => {
    expect(LEVEL_EXPECTED).toBe('Cấp độ phải là 1–5, "Cấp độ 3" hoặc số La Mã I–V')
  })
})

import { describe, expect, it } from 'vitest'
import type { SheetGrid } from './cell'
import { parseInventoryGrid } from './parse-inventory'
import { inventoryToRegister } from './to-register'

const NOW = '2026-11-22T00:00:00.000Z'

function rowsOf(grid: SheetGrid) {
  return parseInventoryGrid(grid, { sheetName: 'Danh mục' }).rows
}

describe('turning inventory rows into register records', () => {
  const header = [
    'Tên hệ thống',
    'Đơn vị',
    'Khối',
    'Cấp độ',
    'Ngày phê duyệt',
    'Ngày kiểm tra, đánh giá gần nhất',
  ]

  it('makes one unit of names that differ only in normal form, case or spacing', () => {
    const { units, systems } = inventoryToRegister(
      rowsOf([
        header,
        ['A', 'Sở Y tế', null, 3],
        ['B', 'Sở Y tế'.normalize('NFD'), 'Khối sở, ngành', 2],
        ['C', 'SỞ Y TẾ', null, 1],
        ['D', 'Sở Tư pháp', null, 1],
      ]),
      { now: NOW },
    )
    expect(units.map((u) => [u.name, u.block])).toEqual([
      ['Sở Y tế', 'Khối sở, ngành'],
      ['Sở Tư pháp', ''],
    ])
    expect(new Set(systems.slice(0, 3).map((s) => s.unitId)).size).toBe(1)
    expect(systems[3].unitId).toBe(units[1].id)
  })

  it('derives the same ids on every run, whatever the normal form of the text', () => {
    const first = inventoryToRegister(rowsOf([header, ['Cổng thông tin', 'Sở Y tế', null, 3]]), { now: NOW })
    const again = inventoryToRegister(
      rowsOf([header, ['Cổng thông tin'.normalize('NFD'), 'sở y tế', null, 3]]),
      { now: '2027-01-01T00:00:00.000Z' },
    )
    expect(again.systems[0].id).toBe(first.systems[0].id)
    expect(again.units[0].id).toBe(first.units[0].id)
    expect(first.systems[0].id).toMatch(/^sys-[0-9a-f]{16}$/)
    const other = inventoryToRegister(rowsOf([header, ['Cổng thông tin', 'Sở Tư pháp', null, 3]]), {
      now: NOW,
    })
    expect(other.systems[0].id).not.toBe(first.systems[0].id)
  })

  it("keeps the file's own ids when it carries them", () => {
    const { systems } = inventoryToRegister(
      rowsOf([
        ['Mã hệ thống', 'Tên hệ thống', 'Đơn vị'],
        ['sys-001', 'A', 'Sở Y tế'],
        [null, 'B', 'Sở Y tế'],
      ]),
      { now: NOW },
    )
    expect(systems[0].id).toBe('sys-001')
    expect(systems[1].id).toMatch(/^sys-[0-9a-f]{16}$/)
  })

  it('copies the facts onto the system and stamps it with the given instant', () => {
    const { systems } = inventoryToRegister(rowsOf([header, ['A', 'Sở Y tế', null, 3, '15/03/2024']]), {
      now: NOW,
    })
    expect(systems[0]).toMatchObject({
      name: 'A',
      level: 3,
      dossierState: 'approved',
      approvedOn: '2024-03-15',
      deploymentState: 'none',
      createdAt: NOW,
      updatedAt: NOW,
      revision: 1,
    })
  })

  it('records the last assessment as one assessment of unknown kind, not assumed periodic', () => {
    const { systems, assessments } = inventoryToRegister(
      rowsOf([header, ['A', 'Sở Y tế', null, 3, null, '01/03/2025'], ['B', 'Sở Y tế', null, 3]]),
      { now: NOW },
    )
    expect(assessments).toEqual([
      expect.objectContaining({ systemId: systems[0].id, date: '2025-03-01', kind: 'unknown' }),
    ])
  })
})

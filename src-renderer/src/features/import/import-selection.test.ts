import { describe, expect, it } from 'vitest'
import { parseInventoryGrid } from '../../domain/inventory/parse-inventory'
import { planImport } from '../../domain/inventory/plan-import'
import { foldKey } from '../../domain/text'
import { planPreview } from '../../workers/import-preview'
import { errorRowCount, selectPlan, withOverride } from './import-selection'

const parsed = parseInventoryGrid(
  [
    ['Tên hệ thống', 'Đơn vị', 'Cấp độ', 'Ngày phê duyệt'],
    ['Cổng thông tin', 'Sở Y tế', 3, null],
    ['Một cửa', 'Sở Tư pháp', 2, null],
    ['Kế toán', 'SỞ TƯ PHÁP', 'cao', '31/02/2024'],
    ['Thư điện tử', 'SỞ TƯ PHÁP'.normalize('NFD'), 1, null],
  ],
  { sheetName: 'Danh mục' },
)
const plan = planPreview(planImport(parsed.rows, { units: [], systems: [] }))

describe('the officer’s choices on the preview', () => {
  it('offers each new unit once, with the rows it brings', () => {
    expect(plan.newUnits).toEqual([
      { name: 'Sở Y tế', key: foldKey('Sở Y tế'), rows: 1 },
      { name: 'Sở Tư pháp', key: foldKey('Sở Tư pháp'), rows: 2 },
    ])
  })

  it('blocks the rows of a new unit left unticked, however its name is spelled, and creates only the ticked ones', () => {
    const selection = selectPlan(plan, new Set([foldKey('Sở Tư pháp')]))
    expect(selection.add.map((r) => r.name)).toEqual(['Cổng thông tin'])
    expect(selection.blocked.map((r) => r.excelRow)).toEqual([3, 5])
    expect(selection.createUnits).toEqual(['Sở Y tế'])
    const all = selectPlan(plan, new Set())
    expect(all.blocked).toEqual([])
    expect(all.createUnits).toEqual(['Sở Y tế', 'Sở Tư pháp'])
  })

  it('counts rows with errors once, however many cells are wrong', () => {
    expect(parsed.errors).toHaveLength(2)
    expect(errorRowCount(parsed.errors)).toBe(1)
  })

  it('gives a column to one field only', () => {
    expect(withOverride({ owner: 4, notes: 6 }, 'unit', 4)).toEqual({ notes: 6, unit: 4 })
    expect(withOverride({ unit: 4 }, 'unit', -1)).toEqual({ unit: -1 })
    expect(withOverride({ owner: -1, notes: 6 }, 'level', -1)).toEqual({ owner: -1, notes: 6, level: -1 })
  })
})

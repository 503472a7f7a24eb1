import { describe, expect, it } from 'vitest'
import { parseInventoryGrid } from '../domain/inventory/parse-inventory'
import { planImport } from '../domain/inventory/plan-import'
import { planPreview } from './import-preview'

const grid = [
  ['Tên hệ thống', 'Đơn vị', 'Ngày kiểm tra, đánh giá gần nhất'],
  ['Cổng thông tin', 'Sở Y tế', '01/03/2025'],
  ['Một cửa', 'Sở Y tế', ''],
  ['Thư điện tử', 'Sở Tư pháp', '15/06/2025'],
]

describe('the import preview', () => {
  it('counts the last-assessment dates the import records with their kind unknown (the file gives none)', () => {
    const { rows } = parseInventoryGrid(grid, { sheetName: 'Danh mục' })
    const preview = planPreview(planImport(rows, { units: [], systems: [] }))
    expect(preview.add).toHaveLength(3)
    expect(preview.unknownKindAssessments).toBe(2)
  })
})

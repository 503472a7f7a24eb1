import { describe, expect, it } from 'vitest'
import type { Unit } from '../types'
import { parseInventoryGrid } from './parse-inventory'
import { planImport } from './plan-import'
import { assignBlocks, fillsBlock } from './unit-blocks'

const unit = (id: string, name: string, block: string): Unit => ({
  id,
  name,
  block,
  parentId: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
})

function rows(grid: (string | null)[][]) {
  return parseInventoryGrid(grid, { sheetName: 'Danh mục' }).rows
}

const LIST = [
  { name: 'Sở Y tế', block: 'Khối các cơ quan quản lý nhà nước' },
  { name: 'Ủy ban nhân dân phường Hồng Bàng', block: 'Khối phường, xã' },
  { name: 'Sở Tư pháp', block: 'Khối các cơ quan quản lý nhà nước' },
]

describe('the block each unit of an import lands in', () => {
  it('takes the file’s Khối column first (the first row that gives one), then the unit list, else none', () => {
    const file = rows([
      ['Tên hệ thống', 'Đơn vị', 'Khối'],
      ['A', 'Sở Tài chính', ''],
      ['B', 'Sở Tài chính', 'Khối sở, ngành'],
      ['C', 'Sở Tài chính', 'Khối khác'],
      ['D', 'SỞ Y TẾ', ''],
      ['E', 'Sở Nội vụ', null],
    ])
    expect(assignBlocks(file, [], LIST)).toEqual([
      {
        unit: 'Sở Tài chính',
        key: 'so tai chinh',
        block: 'Khối sở, ngành',
        source: { kind: 'column', row: 3 },
      },
      {
        unit: 'SỞ Y TẾ',
        key: 'so y te',
        block: 'Khối các cơ quan quản lý nhà nước',
        source: { kind: 'list' },
      },
      { unit: 'Sở Nội vụ', key: 'so noi vu', block: '', source: null },
    ])
  })

  it('fills a register unit that has no block, and leaves a unit that has one where it is', () => {
    const file = rows([
      ['Tên hệ thống', 'Đơn vị', 'Khối'],
      ['A', 'Sở Y tế', 'Khối khác'],
      ['B', 'Sở Tư pháp', ''],
    ])
    const register = [unit('u1', 'Sở Y tế', 'Khối y tế'), unit('u2', 'Sở Tư pháp', '')]
    expect(assignBlocks(file, register, LIST)).toEqual([
      {
        unit: 'Sở Y tế',
        key: 'so y te',
        unitId: 'u1',
        block: 'Khối y tế',
        // The file's other block is shown, not applied.
        source: { kind: 'register', fileBlock: { block: 'Khối khác', row: 2 } },
      },
      {
        unit: 'Sở Tư pháp',
        key: 'so tu phap',
        unitId: 'u2',
        block: 'Khối các cơ quan quản lý nhà nước',
        source: { kind: 'list' },
      },
    ])
  })

  it('without a unit list, units the file gives no block stay unassigned', () => {
    const file = rows([
      ['Tên hệ thống', 'Đơn vị'],
      ['A', 'Sở Y tế'],
    ])
    expect(assignBlocks(file, [])).toEqual([{ unit: 'Sở Y tế', key: 'so y te', block: '', source: null }])
  })

  it('puts a unit the register knows (e.g. from the province’s list imported on the Units page) in its block, without a list', () => {
    const file = rows([
      ['Tên hệ thống', 'Đơn vị'],
      ['A', 'SO Y TE'],
      ['B', 'Sở  y tế'],
    ])
    const register = [unit('u1', 'Sở Y tế', 'Khối y tế')]
    const blocks = assignBlocks(file, register)
    expect(blocks).toEqual([
      {
        unit: 'SO Y TE',
        key: 'so y te',
        registerName: 'Sở Y tế',
        unitId: 'u1',
        block: 'Khối y tế',
        source: { kind: 'register' },
      },
    ])
    // Shown, not written: the unit already has it.
    expect(blocks.filter(fillsBlock)).toEqual([])
    expect(planImport(file, { units: register, systems: [] }).newUnits).toEqual([])
  })
})

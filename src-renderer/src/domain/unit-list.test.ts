import { describe, expect, it } from 'vitest'
import type { Unit } from './types'
import { defaultBlockChoices, planUnitList, unitListSignature, type ListedUnit } from './unit-list'

const unit = (id: string, name: string, block: string): Unit => ({
  id,
  name,
  block,
  parentId: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
})
const listed = (row: number, name: string, block: string): ListedUnit => ({ row, name, block })

const SO = 'Khối các sở, ngành'
const PHUONG = 'Khối phường, xã'

describe('planning the import of the province’s unit list', () => {
  it('adds the units the register lacks, with their block, in the list’s order', () => {
    const plan = planUnitList([], [listed(2, 'Sở Y tế', SO), listed(3, 'Phường Hồng Bàng', PHUONG)])
    expect(plan.add).toEqual([
      { name: 'Sở Y tế', block: SO, row: 2 },
      { name: 'Phường Hồng Bàng', block: PHUONG, row: 3 },
    ])
    expect([plan.blockChanges, plan.matching, plan.repeated, plan.notListed]).toEqual([[], [], [], 0])
  })

  it('matches a register unit ignoring case, diacritics and spacing, and never renames it', () => {
    const plan = planUnitList([unit('u1', 'Sở Y tế', SO)], [listed(2, '  SỞ  Y TẾ ', SO)])
    expect(plan.add).toEqual([])
    expect(plan.matching).toEqual([{ unitId: 'u1', name: 'Sở Y tế', block: SO }])
    // Without diacritics too, as an inventory typed on a machine without a Vietnamese keyboard.
    expect(planUnitList([unit('u1', 'Sở Y tế', SO)], [listed(2, 'so y te', SO)]).matching).toHaveLength(1)
  })

  it('lists a unit without a block and a unit in another block as block changes, with both blocks', () => {
    const plan = planUnitList(
      [unit('u1', 'Sở Y tế', ''), unit('u2', 'Sở Tư pháp', 'Khối nội chính')],
      [listed(2, 'Sở y tế', SO), listed(3, 'Sở Tư pháp', SO)],
    )
    expect(plan.blockChanges).toEqual([
      { unitId: 'u1', name: 'Sở Y tế', listName: 'Sở y tế', from: '', to: SO, row: 2 },
      { unitId: 'u2', name: 'Sở Tư pháp', from: 'Khối nội chính', to: SO, row: 3 },
    ])
    // Filling "Chưa phân khối" is ticked; moving a unit out of its block waits for the officer.
    expect(defaultBlockChoices(plan)).toEqual(['u1'])
  })

  it('keeps the first row of a unit listed twice and reports the repeat, saying when its block differs', () => {
    const plan = planUnitList(
      [],
      [listed(2, 'Sở Y tế', SO), listed(5, 'SỞ Y TẾ', SO), listed(7, 'Sở Y tế', PHUONG)],
    )
    expect(plan.add).toEqual([{ name: 'Sở Y tế', block: SO, row: 2 }])
    expect(plan.repeated).toEqual([
      { name: 'SỞ Y TẾ', row: 5, firstRow: 2, otherBlock: false },
      { name: 'Sở Y tế', row: 7, firstRow: 2, otherBlock: true },
    ])
  })

  it('counts the register’s units the list does not name, and leaves them alone', () => {
    const plan = planUnitList(
      [unit('u1', 'Sở Y tế', SO), unit('u2', 'Ban Quản lý dự án', '')],
      [listed(2, 'Sở Y tế', SO)],
    )
    expect(plan.notListed).toBe(1)
    expect(plan.blockChanges).toEqual([])
  })

  it('gives a different signature when the register changed what the plan would write', () => {
    const list = [listed(2, 'Sở Y tế', SO)]
    const before = planUnitList([], list)
    expect(unitListSignature(planUnitList([], list))).toBe(unitListSignature(before))
    expect(unitListSignature(planUnitList([unit('u1', 'Sở Y tế', '')], list))).not.toBe(
      unitListSignature(before),
    )
  })
})

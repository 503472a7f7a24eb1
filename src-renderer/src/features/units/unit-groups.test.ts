import { describe, expect, it } from 'vitest'
import type { Unit } from '../../domain/types'
import { groupUnitsByBlock, listBlocks } from './unit-groups'

function unit(id: string, name: string, block: string, parentId: string | null = null): Unit {
  return { id, name, block, parentId, createdAt: '', updatedAt: '' }
}

const SO = 'Khối các sở, ngành'
const DANG = 'Khối các cơ quan Đảng'
const units = [
  unit('yte', 'Sở Y tế', SO),
  unit('dulich', 'Sở Du lịch', SO),
  unit('vp', 'Văn phòng Thành ủy', DANG),
  unit('bv', 'Bệnh viện Việt Tiệp', '', 'yte'),
]
const counts = new Map([
  ['yte', 12],
  ['vp', 3],
])

describe('units grouped by block', () => {
  it('groups units by block in Vietnamese order, with units and systems counted per block', () => {
    const groups = groupUnitsByBlock(units, counts, '')
    expect(groups.map((g) => [g.block, g.unitCount, g.systemCount])).toEqual([
      [DANG, 1, 3],
      [SO, 2, 12],
      ['', 1, 0],
    ])
    expect(groups[1].children.map((r) => [r.unit.name, r.systems])).toEqual([
      ['Sở Du lịch', 0],
      ['Sở Y tế', 12],
    ])
    expect(groups[2].children[0].parentName).toBe('Sở Y tế')
  })

  it('finds a unit typed without diacritics, and keeps the block totals whole', () => {
    const groups = groupUnitsByBlock(units, counts, 'so y te')
    expect(groups).toHaveLength(1)
    expect(groups[0]).toMatchObject({ block: SO, unitCount: 2, systemCount: 12 })
    expect(groups[0].children.map((r) => r.unit.name)).toEqual(['Sở Y tế'])
  })

  it('finds every unit of a block searched by the block name', () => {
    const groups = groupUnitsByBlock(units, counts, 'co quan dang')
    expect(groups.flatMap((g) => g.children.map((r) => r.unit.name))).toEqual(['Văn phòng Thành ủy'])
  })

  it('lists the distinct named blocks for the form', () => {
    expect(listBlocks(units)).toEqual([DANG, SO])
  })
})

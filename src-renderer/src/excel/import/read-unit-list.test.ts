import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { windows1258 } from '../../../../test/fixtures/text-encodings'
import { buildMessyInventory } from '../../../../test/fixtures/messy-workbooks'
import { readUnitList } from './read-unit-list'

const SAMPLE = new Uint8Array(readFileSync('resources/seed/don-vi-mau-hai-phong.csv'))

describe('reading the province’s unit list', () => {
  it('reads the sample list of Hải Phòng: 95 units in 8 blocks', () => {
    const list = readUnitList(SAMPLE)
    expect(list.units).toHaveLength(95)
    expect(list.blocks).toHaveLength(8)
    expect(list.units[2]).toEqual({
      name: 'Sở Công thương',
      block: 'Khối các cơ quan quản lý nhà nước trực thuộc Ủy ban nhân dân thành phố',
    })
  })

  it('reads a list saved by Excel on a Vietnamese Windows (Windows-1258, semicolons, Vietnamese headers)', () => {
    const text = [
      'STT;Tên đơn vị;Khối',
      '1;Sở Y tế;Khối sở, ngành',
      '2;Phường Hồng Bàng;Khối phường, xã',
    ].join('\r\n')
    expect(readUnitList(windows1258(text)).units).toEqual([
      { name: 'Sở Y tế', block: 'Khối sở, ngành' },
      { name: 'Phường Hồng Bàng', block: 'Khối phường, xã' },
    ])
  })

  it('refuses a workbook or a CSV without the two columns, saying what a list needs', async () => {
    const workbook = await buildMessyInventory()
    expect(() => readUnitList(workbook)).toThrow('cột “Khối” và cột “Tên đơn vị”')
    expect(() => readUnitList(new TextEncoder().encode('a,b\n1,2'))).toThrow('cột “Khối” và cột “Tên đơn vị”')
  })
})

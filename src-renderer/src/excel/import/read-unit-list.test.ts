import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { windows1258 } from '../../../../test/fixtures/text-encodings'
import { buildMessyInventory } from '../../../../test/fixtures/messy-workbooks'
import { MAX_LISTED_UNITS, readUnitList } from './read-unit-list'

const SAMPLE = new Uint8Array(readFileSync('resources/seed/don-vi-mau-hai-phong.csv'))

describe('reading the province’s unit list', () => {
  it('reads the sample list of Hải Phòng: 95 units in 8 blocks', () => {
    const list = readUnitList(SAMPLE)
    expect(list.units).toHaveLength(95)
    expect(list.blocks).toHaveLength(8)
    expect(list.units[2]).toEqual({
      row: 4,
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
      { row: 2, name: 'Sở Y tế', block: 'Khối sở, ngành' },
      { row: 3, name: 'Phường Hồng Bàng', block: 'Khối phường, xã' },
    ])
  })

  it('refuses a workbook or a CSV without the two columns, saying what a list needs', async () => {
    const workbook = await buildMessyInventory()
    expect(() => readUnitList(workbook)).toThrow('cột “Khối” và cột “Tên đơn vị”')
    expect(() => readUnitList(new TextEncoder().encode('a,b\n1,2'))).toThrow('cột “Khối” và cột “Tên đơn vị”')
  })
})

describe('a file that is not a unit list gets a Vietnamese message saying what it is', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text)

  it.each([
    ['an empty file', new Uint8Array(), 'Tệp danh sách đơn vị trống'],
    [
      'a byte-order mark and blank lines',
      new Uint8Array([0xef, 0xbb, 0xbf, 0x0d, 0x0a, 0x20]),
      'Tệp danh sách đơn vị trống',
    ],
    [
      'binary data',
      new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)),
      'dữ liệu nhị phân',
    ],
    ['a PDF', utf8('%PDF-1.7\n1 0 obj'), 'đây là tài liệu PDF'],
    [
      'a header without the two columns',
      utf8('STT,Tên\n1,Sở Y tế'),
      'không có dòng tiêu đề với cột “Khối” và cột “Tên đơn vị”',
    ],
    [
      'units without a block',
      utf8('khoi,stt,ten_don_vi\n,1,Sở Y tế'),
      'không có đơn vị nào có cả tên và khối',
    ],
  ])('%s', (_, bytes, message) => {
    expect(() => readUnitList(bytes)).toThrow(message)
    expect(() => readUnitList(bytes)).toThrow('cột “Khối” và cột “Tên đơn vị”')
  })

  it('a huge line (an unclosed quote running to the end) names its row and the likely cause', () => {
    const bytes = utf8(`khoi,stt,ten_don_vi\nKhối sở,1,"Sở Y tế${'x'.repeat(3_000)}`)
    expect(() => readUnitList(bytes)).toThrow('Dòng 2 của tệp có một ô dài hơn 2.000 ký tự')
    expect(() => readUnitList(bytes)).toThrow('thiếu một dấu ngoặc kép đóng')
  })

  it('a workbook is told to be saved as CSV', async () => {
    const workbook = await buildMessyInventory()
    expect(() => readUnitList(workbook)).toThrow('đây là một bảng tính (Excel hoặc LibreOffice)')
  })

  it('leaves out and reports rows with a name but no block', () => {
    const list = readUnitList(utf8('khoi,stt,ten_don_vi\nKhối sở,1,Sở Y tế\n,2,Sở Tư pháp\n\n'))
    expect(list.units.map((u) => u.name)).toEqual(['Sở Y tế'])
    expect(list.incomplete).toEqual([{ row: 3, name: 'Sở Tư pháp', block: '' }])
  })
})

describe('the size of a unit list', () => {
  const list = (units: number) =>
    new TextEncoder().encode(
      [
        'khoi,stt,ten_don_vi',
        ...Array.from({ length: units }, (_, i) => `Khối ${i % 8},${i + 1},Đơn vị số ${i + 1}`),
      ].join('\n'),
    )

  it(`reads a list of exactly ${MAX_LISTED_UNITS} units`, () => {
    const read = readUnitList(list(MAX_LISTED_UNITS))
    expect(read.units).toHaveLength(MAX_LISTED_UNITS)
    expect(read.units.at(-1)).toEqual({
      row: MAX_LISTED_UNITS + 1,
      name: `Đơn vị số ${MAX_LISTED_UNITS}`,
      block: 'Khối 7',
    })
  })

  it('refuses one unit more, saying the file is no province’s list', () => {
    expect(() => readUnitList(list(MAX_LISTED_UNITS + 1))).toThrow(
      'Tệp có hơn 10.000 dòng nên không phải một danh sách đơn vị',
    )
  })
})

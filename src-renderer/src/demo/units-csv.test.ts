import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parseCsvRows, parseUnitsCsv } from './units-csv'

const SEED_CSV = fileURLToPath(new URL('../../../resources/seed/don-vi-mau-hai-phong.csv', import.meta.url))

describe('parseUnitsCsv', () => {
  it('reads the 95 units of Hải Phòng in 8 blocks from the seed file', () => {
    const units = parseUnitsCsv(readFileSync(SEED_CSV, 'utf8'))
    expect(units).toHaveLength(95)
    expect(new Set(units.map((u) => u.block)).size).toBe(8)
    expect(units[0]).toEqual({
      block: 'Khối các cơ quan quản lý nhà nước trực thuộc Ủy ban nhân dân thành phố',
      order: 1,
      name: 'Văn phòng Hội đồng nhân dân và Đoàn đại biểu Quốc hội',
    })
    // A quoted block name keeps its commas.
    expect(units.some((u) => u.block === 'Quận ủy, Huyện ủy, Ủy ban nhân dân các quận, huyện')).toBe(true)
    expect(new Set(units.map((u) => u.name)).size).toBe(95)
  })

  it('handles a byte-order mark, CRLF, doubled quotes and line breaks inside quotes', () => {
    const text =
      '\ufeffkhoi,stt,ten_don_vi\r\n"Khối A, B",1,"Đơn vị ""Một"""\r\n"Khối\nC",2,Đơn vị Hai\r\n\r\n'
    expect(parseCsvRows(text)).toEqual([
      ['khoi', 'stt', 'ten_don_vi'],
      ['Khối A, B', '1', 'Đơn vị "Một"'],
      ['Khối\nC', '2', 'Đơn vị Hai'],
    ])
    expect(parseUnitsCsv(text).map((u) => u.name)).toEqual(['Đơn vị "Một"', 'Đơn vị Hai'])
  })

  it('finds the columns by name in any order and normalises names to NFC', () => {
    const text = `ten_don_vi,khoi,stt\n${'Sở  Y tế'.normalize('NFD')},Khối sở,3\n`
    expect(parseUnitsCsv(text)).toEqual([{ block: 'Khối sở', order: 3, name: 'Sở Y tế' }])
  })

  it('refuses a file without the expected columns, or a row without a name, in Vietnamese', () => {
    expect(() => parseUnitsCsv('a,b\n1,2\n')).toThrow(
      'Tệp danh sách đơn vị cần có các cột khoi, stt, ten_don_vi.',
    )
    expect(() => parseUnitsCsv('khoi,stt,ten_don_vi\nKhối,1,\n')).toThrow(
      'Đơn vị thứ 1 trong danh sách thiếu tên hoặc số thứ tự.',
    )
    expect(() => parseUnitsCsv('khoi,stt,ten_don_vi\n"Khối,1,A\n')).toThrow('ngoặc kép')
  })
})

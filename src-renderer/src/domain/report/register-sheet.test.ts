import { describe, expect, it } from 'vitest'
import { DERIVED_HEADERS, INVENTORY_COLUMNS } from '../inventory/columns'
import { FIXTURE_AS_OF, fixtureRegister } from '../test-support/report-fixture'
import { registerSheet } from './register-sheet'

const sheet = registerSheet(fixtureRegister(), FIXTURE_AS_OF)
const headers = sheet.columns.map((c) => c.header)
const col = (header: string): number => headers.indexOf(header)
const rowOf = (id: string) => {
  const row = sheet.rows.find((r) => r.cells[col('Mã hệ thống')] === id)
  if (!row) throw new Error(`no row for ${id}`)
  return row.cells
}

describe('Danh mục: the full register, importable again', () => {
  it('uses every canonical header and computed column, what an officer reads first in front', () => {
    expect([...headers].sort()).toEqual(
      [
        'STT',
        ...INVENTORY_COLUMNS.map((c) => c.header),
        ...DERIVED_HEADERS.filter((h) => h !== 'STT'),
      ].sort(),
    )
    expect(headers.slice(0, sheet.printColumns)).toEqual([
      'STT',
      'Tên hệ thống thông tin',
      'Đơn vị quản lý, vận hành',
      'Cấp độ đề xuất',
      'Tình trạng hồ sơ',
      'Số quyết định phê duyệt',
      'Ngày phê duyệt',
      'Triển khai phương án bảo đảm ATTT',
      'Ngày kiểm tra, đánh giá gần nhất',
      'Phê duyệt so với hạn',
      'Triển khai so với hạn',
      'Kiểm tra, đánh giá so với hạn',
    ])
  })

  it('keeps the stable id in the last column, outside what prints', () => {
    expect(headers.at(-1)).toBe('Mã hệ thống')
    expect(headers.indexOf('Mã hệ thống')).toBeGreaterThanOrEqual(sheet.printColumns ?? Infinity)
  })

  it('has one numbered row per system, carrying its stable id', () => {
    expect(sheet.rows).toHaveLength(8)
    expect(sheet.rows.map((r) => r.cells[0])).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
    expect(new Set(sheet.rows.map((r) => r.cells[col('Mã hệ thống')]))).toEqual(
      new Set([
        'sys-0001',
        'sys-0002',
        'sys-0003',
        'sys-0004',
        'sys-0005',
        'sys-0006',
        'sys-0007',
        'sys-0008',
      ]),
    )
  })

  it('orders systems by block, unit and name, the unknown block last', () => {
    expect(sheet.rows.map((r) => r.cells[col('Tên hệ thống thông tin')])).toEqual([
      '=HYPERLINK("x")',
      'Hệ thống một cửa điện tử',
      'Cổng thông tin điện tử Sở Y tế',
      'Hệ thống quản lý văn bản và điều hành',
      'Hệ thống thư điện tử',
      'Hệ thống camera giám sát',
      'Ứng dụng quản lý hộ tịch',
      'Phần mềm kế toán',
    ])
  })

  it('writes every field of a system', () => {
    const cells = rowOf('sys-0001')
    expect(cells[col('Đơn vị quản lý, vận hành')]).toBe('Sở Y tế')
    expect(cells[col('Khối')]).toBe('Khối các cơ quan quản lý nhà nước')
    expect(cells[col('Chủ quản HTTT')]).toBe('Ủy ban nhân dân thành phố Hải Phòng')
    expect(cells[col('Cấp độ đề xuất')]).toBe(2)
    expect(cells[col('Loại hệ thống')]).toBe('Phục vụ người dân, doanh nghiệp')
    expect(cells[col('Loại thông tin xử lý')]).toBe('Thông tin công cộng; Thông tin cá nhân')
    expect(cells[col('Tình trạng hồ sơ')]).toBe('Đã phê duyệt')
    expect(cells[col('Số quyết định phê duyệt')]).toBe('1234/QĐ-UBND')
    expect(cells[col('Ngày phê duyệt')]).toEqual({ date: '2024-06-10' })
    expect(cells[col('Ngày kiểm tra, đánh giá gần nhất')]).toEqual({ date: '2025-12-01' })
    expect(cells[col('Ngày đưa vào vận hành')]).toEqual({ date: '2019-05-01' })
    // A record stored before the field existed: an empty cell, not an error.
    expect(cells[col('Ngày bắt đầu đầu tư, xây dựng')]).toBeNull()
    expect(cells[col('Ngày trình thẩm định')]).toBeNull()
  })

  it('shows the deployment as a date when fully deployed on a known day, else in the words of Mẫu 08', () => {
    const deployment = col('Triển khai phương án bảo đảm ATTT')
    expect(rowOf('sys-0001')[deployment]).toEqual({ date: '2024-11-15' })
    expect(rowOf('sys-0004')[deployment]).toBe('Đã triển khai đầy đủ')
    expect(rowOf('sys-0002')[deployment]).toBe('Đã triển khai một số hạng mục')
    expect(rowOf('sys-0003')[deployment]).toBe('Chưa triển khai')
  })

  it('writes the dossier state in words', () => {
    expect(rowOf('sys-0003')[col('Tình trạng hồ sơ')]).toBe('Đang xây dựng')
    expect(rowOf('sys-0005')[col('Tình trạng hồ sơ')]).toBe('Chưa xây dựng hồ sơ')
    expect(rowOf('sys-0007')[col('Tình trạng hồ sơ')]).toBe('Đã trình thẩm định')
  })

  it('adds the statuses against the deadlines and the due dates', () => {
    const s2 = rowOf('sys-0002')
    expect(s2[col('Phê duyệt so với hạn')]).toBe('Đã phê duyệt')
    expect(s2[col('Triển khai so với hạn')]).toBe('Quá hạn triển khai')
    expect(s2[col('Hạn triển khai')]).toEqual({ date: '2024-12-31' })
    expect(s2[col('Kiểm tra, đánh giá so với hạn')]).toBe('Quá hạn kiểm tra')
    expect(s2[col('Hạn kiểm tra, đánh giá tiếp theo')]).toEqual({ date: '2025-08-01' })
    const s5 = rowOf('sys-0005')
    expect(s5[col('Phê duyệt so với hạn')]).toBe('Chưa phê duyệt (trong hạn)')
    expect(s5[col('Hạn phê duyệt')]).toEqual({ date: '2027-03-01' })
    expect(s5[col('Kiểm tra, đánh giá so với hạn')]).toBe('Chưa áp dụng')
    expect(s5[col('Hạn kiểm tra, đánh giá tiếp theo')]).toBeNull()
  })

  it('keeps a system whose unit is gone with an empty unit, not an invented one', () => {
    expect(rowOf('sys-0008')[col('Đơn vị quản lý, vận hành')]).toBe('')
  })

  it('is a data sheet: frozen header and filter', () => {
    expect(sheet.dataSheet).toBe(true)
  })
})

import { describe, expect, it } from 'vitest'
import { DomainError } from '../errors'
import type { SheetGrid } from './cell'
import { LEVEL_EXPECTED } from './level'
import { MISSING_NAME, MISSING_UNIT, parseInventoryGrid } from './parse-inventory'

const HEADER = ['STT', 'Tên hệ thống', 'Đơn vị', 'Cấp độ', 'Tình trạng hồ sơ', 'Ngày phê duyệt', 'Ghi chú']

function parse(rows: SheetGrid, options: Partial<Parameters<typeof parseInventoryGrid>[1]> = {}) {
  return parseInventoryGrid(rows, { sheetName: 'Danh mục', ...options })
}

describe('reading the rows of an inventory sheet', () => {
  it('numbers rows as Excel shows them, counting the rows above the header', () => {
    const result = parse([['DANH MỤC'], [], HEADER, [1, 'Cổng thông tin', 'Sở Y tế', 3]])
    expect(result.headerRow).toBe(3)
    expect(result.rows.map((r) => r.excelRow)).toEqual([4])
    expect(result.rowsRead).toBe(1)
  })

  it('skips blank rows, a row with only its number, "Tổng cộng" rows and notes below the table', () => {
    const result = parse([
      HEADER,
      [1, 'Cổng thông tin', 'Sở Y tế', 3],
      [],
      [null, '  ', null],
      [2],
      [3, 'Một cửa điện tử', 'Sở Tư pháp', 2],
      ['Tổng cộng', null, null, null, null, null, '2 hệ thống'],
      [null, 'Tổng cộng', null, 5],
      [null, 'TONG SO: 2 he thong'],
      ['Cộng', null, null, 2],
      ['Ghi chú: số liệu đến 30/6/2024'],
      [null, 'Lưu ý: cấp độ theo hồ sơ đề xuất'],
    ])
    expect(result.errors).toEqual([])
    expect(result.rows.map((r) => [r.excelRow, r.record.name])).toEqual([
      [2, 'Cổng thông tin'],
      [6, 'Một cửa điện tử'],
    ])
    expect(result.rowsRead).toBe(2)
  })

  it('reports a row with data but no name, and does not count it as a system', () => {
    const result = parse([HEADER, [1, null, 'Sở Y tế', 3], [2, '', null, null, 'Đã phê duyệt']])
    expect(result.errors).toEqual([
      { row: 2, column: 'Tên hệ thống', field: 'name', value: '', message: MISSING_NAME },
      { row: 3, column: 'Tên hệ thống', field: 'name', value: '', message: MISSING_NAME },
    ])
    expect(result.rows).toEqual([])
    expect(result.rowsRead).toBe(2)
  })

  it('reads a system whose name only starts like a total', () => {
    const result = parse([
      HEADER,
      [1, 'Tổng số hóa dữ liệu ngành', 'Sở Y tế', 3],
      [2, 'Cổng 1 cửa', 'Sở Y tế', 2],
    ])
    expect(result.rows.map((r) => r.record.name)).toEqual(['Tổng số hóa dữ liệu ngành', 'Cổng 1 cửa'])
  })

  it('reports a first row holding only numbers, not taking it for column numbers', () => {
    const result = parse([HEADER, [1, null, null, 3]])
    expect(result.errors.map((e) => [e.row, e.field])).toEqual([[2, 'name']])
  })

  it('reports a system without a unit', () => {
    const result = parse([HEADER, [1, 'Cổng thông tin', null, 3]])
    expect(result.errors).toEqual([
      { row: 2, column: 'Đơn vị', field: 'unit', value: '', message: MISSING_UNIT },
    ])
  })

  it('reports every bad cell of a row, with the header as written and the value as found', () => {
    const grid: SheetGrid = [
      ['Ten he thong', 'DON VI', 'Cấp  độ', 'Trạng thái hồ sơ', 'Ngày phê duyệt'],
      ['Cổng thông tin', 'Sở Y tế', 'cao', 'abc', '31/02/2024'],
      ['Cổng dịch vụ', 'Sở Y tế', new Date(Date.UTC(2024, 2, 15)), null, null],
    ]
    const result = parse(grid)
    expect(result.errors.map((e) => [e.row, e.column, e.field, e.value])).toEqual([
      [2, 'Cấp độ', 'level', 'cao'],
      [2, 'Trạng thái hồ sơ', 'status', 'abc'],
      [2, 'Ngày phê duyệt', 'approvedOn', '31/02/2024'],
      [3, 'Cấp độ', 'level', '15/03/2024'],
    ])
    expect(result.errors[0].message).toBe(LEVEL_EXPECTED)
    expect(result.rows).toEqual([])
    expect(result.rowsRead).toBe(2)
  })

  it('keeps the valid rows of a file that also has errors', () => {
    const result = parse([HEADER, [1, 'A', 'Sở Y tế', 6], [2, 'B', 'Sở Y tế', 2]])
    expect(result.errors.map((e) => e.row)).toEqual([2])
    expect(result.rows.map((r) => r.record.name)).toEqual(['B'])
  })

  it('normalises text: NFC, trimmed, inner spaces collapsed', () => {
    const result = parse([
      HEADER,
      [1, '  Cổng   thông tin '.normalize('NFD'), 'Sở  Y tế'.normalize('NFD'), 3],
    ])
    const { record } = result.rows[0]
    expect(record.name).toBe('Cổng thông tin')
    expect(record.name).toBe(record.name.normalize('NFC'))
    expect(record.unit).toBe('Sở Y tế')
  })

  it('reads an empty status as approved when the row has an approval date, else as not started', () => {
    const result = parse([
      HEADER,
      [1, 'A', 'Sở Y tế', 3, null, '15/03/2024'],
      [2, 'B', 'Sở Y tế', 3, null, null],
    ])
    expect(result.rows.map((r) => [r.record.dossierState, r.record.approvedOn])).toEqual([
      ['approved', '2024-03-15'],
      ['not_started', null],
    ])
  })

  it('reports the same system twice in one file (same unit and name, NFD or NFC, any case)', () => {
    const result = parse([
      HEADER,
      [1, 'Cổng thông tin', 'Sở Y tế', 3],
      [2, 'CỔNG THÔNG TIN', 'Sở Y tế'.normalize('NFD'), 3],
    ])
    expect(result.errors).toEqual([
      {
        row: 3,
        column: 'Tên hệ thống',
        field: 'name',
        value: 'CỔNG THÔNG TIN',
        message: 'Hệ thống "CỔNG THÔNG TIN" của đơn vị "Sở Y tế" trùng với dòng 2',
      },
    ])
    expect(result.rows).toHaveLength(1)
  })

  it('reports the same id twice in one file', () => {
    const grid: SheetGrid = [
      ['Mã hệ thống', 'Tên hệ thống', 'Đơn vị'],
      ['s-1', 'A', 'Sở Y tế'],
      ['s-1', 'B', 'Sở Y tế'],
    ]
    expect(parse(grid).errors).toEqual([
      {
        row: 3,
        column: 'Mã hệ thống',
        field: 'id',
        value: 's-1',
        message: 'Mã hệ thống "s-1" trùng với dòng 2',
      },
    ])
  })

  it('skips the row of column numbers under the header and a header repeated further down', () => {
    const result = parse([
      HEADER,
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)'],
      [1, 'A', 'Sở Y tế', 3],
      HEADER,
      [1, 2, 3, 4, 5, 6, 7],
      [2, 'B', 'Sở Y tế', 3],
    ])
    expect(result.errors).toEqual([])
    expect(result.rows.map((r) => r.excelRow)).toEqual([3, 6])
  })

  it('says which fields the file has a column for', () => {
    const result = parse([HEADER, [1, 'A', 'Sở Y tế', 3]])
    expect(result.rows[0].present).toEqual(['name', 'unit', 'level', 'status', 'approvedOn', 'notes'])
  })

  it('lists unknown columns and leaves out the computed columns CapDo writes', () => {
    const result = parse([['STT', 'Tên hệ thống', 'Đơn vị', 'Người phụ trách', 'Hạn phê duyệt', 'Kinh phí']])
    expect(result.ignoredColumns).toEqual(['Người phụ trách', 'Kinh phí'])
  })
})

describe('the header of an inventory sheet', () => {
  it('fails with the expected headers when no row names a system and its unit', () => {
    const attempt = () => parse([['Danh sách'], ['Tên hệ thống', 'Mô tả'], ['A', 'B']])
    expect(attempt).toThrow(DomainError)
    expect(attempt).toThrow(/Không tìm thấy dòng tiêu đề.*"Danh mục".*"Tên hệ thống thông tin"/)
  })

  it('reads from the header row the user names, with the columns they map', () => {
    const grid: SheetGrid = [
      ['Hệ thống', 'Cơ quan chủ trì', 'Cấp độ'],
      ['Cổng thông tin', 'Sở Y tế', 'II'],
    ]
    const result = parse(grid, { headerRow: 1, mapping: { name: 0, unit: 1 } })
    expect(result.rows.map((r) => [r.record.name, r.record.unit, r.record.level])).toEqual([
      ['Cổng thông tin', 'Sở Y tế', 2],
    ])
  })

  it('fails when the mapping leaves out a required column', () => {
    const attempt = () => parse([HEADER, [1, 'A', 'Sở Y tế']], { mapping: { unit: -1 } })
    expect(attempt).toThrow('Dòng tiêu đề (dòng 1) thiếu cột bắt buộc: "Đơn vị quản lý, vận hành".')
  })
})

describe('a row whose dossier dates are out of order is an error on the later step’s cell', () => {
  const DATED = [
    'STT',
    'Tên hệ thống',
    'Đơn vị',
    'Cấp độ',
    'Tình trạng hồ sơ',
    'Ngày trình thẩm định',
    'Ngày có ý kiến thẩm định',
    'Ngày phê duyệt',
  ]

  it('the issue’s dates: submitted 01/10/2026, appraised 15/09/2026, approved 01/09/2026', () => {
    const result = parse([
      DATED,
      [1, 'Cổng thông tin', 'Sở Y tế', 3, 'Đã phê duyệt', '01/10/2026', '15/09/2026', '01/09/2026'],
      [2, 'Một cửa điện tử', 'Sở Tư pháp', 3, 'Đã phê duyệt', '01/09/2026', '15/09/2026', '20/09/2026'],
    ])
    expect(result.errors).toEqual([
      {
        row: 2,
        column: 'Ngày có ý kiến thẩm định',
        field: 'appraisedOn',
        value: '15/09/2026',
        message:
          'Ngày có ý kiến thẩm định (15/09/2026) không được trước ngày trình thẩm định (01/10/2026). ' +
          'Kiểm tra cột “Ngày trình thẩm định” và cột này.',
      },
      {
        row: 2,
        column: 'Ngày phê duyệt',
        field: 'approvedOn',
        value: '01/09/2026',
        message:
          'Ngày phê duyệt (01/09/2026) không được trước ngày có ý kiến thẩm định (15/09/2026). ' +
          'Kiểm tra cột “Ngày có ý kiến thẩm định” và cột này.',
      },
      {
        row: 2,
        column: 'Ngày phê duyệt',
        field: 'approvedOn',
        value: '01/09/2026',
        message:
          'Ngày phê duyệt (01/09/2026) không được trước ngày trình thẩm định (01/10/2026). ' +
          'Kiểm tra cột “Ngày trình thẩm định” và cột này.',
      },
    ])
    // The row in order is read; the row out of order is not.
    expect(result.rows.map((r) => r.excelRow)).toEqual([3])
  })

  it('a date of something done after today is an error naming the date and today', () => {
    const result = parse(
      [DATED, [1, 'Cổng thông tin', 'Sở Y tế', 3, 'Đã phê duyệt', '01/10/2026', '15/10/2026', '08/12/2026']],
      { today: '2026-12-07' },
    )
    expect(result.errors).toEqual([
      {
        row: 2,
        column: 'Ngày phê duyệt',
        field: 'approvedOn',
        value: '08/12/2026',
        message: 'Ngày phê duyệt (08/12/2026) không được sau ngày hôm nay (07/12/2026).',
      },
    ])
  })

  it('a re-determination (Đang điều chỉnh) submitted after its earlier approval is read', () => {
    const result = parse([
      DATED,
      [1, 'Cổng thông tin', 'Sở Y tế', 3, 'Đang điều chỉnh', '01/10/2026', '', '01/09/2024'],
    ])
    expect(result.errors).toEqual([])
  })
})

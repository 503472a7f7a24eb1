import { describe, expect, it } from 'vitest'
import { INVENTORY_COLUMNS } from './columns'
import type { SheetGrid } from './cell'
import { detectHeaderRow, expectedHeadersMessage, headerBlock, mapHeaderRow, matchHeader } from './header'

describe('matching a column header', () => {
  it.each([
    ['Tên hệ thống', 'name'],
    ['Tên hệ thống thông tin', 'name'],
    ['Tên HTTT', 'name'],
    ['Hệ thống thông tin', 'name'],
    ['Đơn vị vận hành', 'unit'],
    ['Đơn vị quản lý', 'unit'],
    ['Đơn vị quản lý, vận hành', 'unit'],
    ['Đơn vị', 'unit'],
    ['Cơ quan, đơn vị', 'unit'],
    ['Chủ quản', 'owner'],
    ['Đơn vị chủ quản', 'owner'],
    ['Chủ quản HTTT', 'owner'],
    ['Chủ quản hệ thống thông tin', 'owner'],
    ['Cấp độ', 'level'],
    ['Cấp độ đề xuất', 'level'],
    ['Cấp độ ATTT', 'level'],
    ['Đề xuất cấp độ', 'level'],
    ['Tình trạng hồ sơ', 'status'],
    ['Trạng thái hồ sơ', 'status'],
    ['Tình trạng phê duyệt', 'status'],
    ['Trạng thái', 'status'],
    ['Số quyết định phê duyệt', 'decisionNo'],
    ['Số QĐ phê duyệt', 'decisionNo'],
    ['Quyết định phê duyệt', 'decisionNo'],
    ['Số quyết định', 'decisionNo'],
    ['Ngày phê duyệt', 'approvedOn'],
    ['Ngày quyết định', 'approvedOn'],
    ['Ngày ban hành quyết định', 'approvedOn'],
    ['Ngày hoàn thành triển khai phương án', 'deployedOn'],
    ['Ngày triển khai phương án', 'deployedOn'],
    ['Hoàn thành triển khai phương án', 'deployedOn'],
    ['Ngày kiểm tra, đánh giá gần nhất', 'lastAssessedOn'],
    ['Kiểm tra đánh giá gần nhất', 'lastAssessedOn'],
    ['Ngày đánh giá gần nhất', 'lastAssessedOn'],
    ['Lần kiểm tra gần nhất', 'lastAssessedOn'],
    ['Ngày đưa vào vận hành', 'commissionedOn'],
    ['Ngày vận hành', 'commissionedOn'],
    ['Thời gian đưa vào vận hành', 'commissionedOn'],
    ['Mã hệ thống', 'id'],
    ['Mã', 'id'],
    ['Ghi chú', 'notes'],
  ] as const)('reads "%s" as the %s column (docs/domain.md §5)', (header, field) => {
    expect(matchHeader(header)).toEqual({ kind: 'field', field })
  })

  it('ignores case, diacritics, punctuation and extra spaces', () => {
    expect(matchHeader('TEN HE THONG')).toEqual({ kind: 'field', field: 'name' })
    expect(matchHeader('DON VI VAN HANH')).toEqual({ kind: 'field', field: 'unit' })
    expect(matchHeader('  Đơn vị   quản lý - vận hành ')).toEqual({ kind: 'field', field: 'unit' })
    expect(matchHeader('Tên hệ\nthống')).toEqual({ kind: 'field', field: 'name' })
    expect(matchHeader('Tên hệ thống'.normalize('NFD'))).toEqual({ kind: 'field', field: 'name' })
  })

  it('tolerates a remark in brackets after the header', () => {
    expect(matchHeader('Cấp độ (1-5)')).toEqual({ kind: 'field', field: 'level' })
    expect(matchHeader('Tên hệ thống (*)')).toEqual({ kind: 'field', field: 'name' })
  })

  it('accepts every header CapDo writes', () => {
    for (const column of INVENTORY_COLUMNS) {
      expect(matchHeader(column.header)).toEqual({ kind: 'field', field: column.field })
    }
  })

  it("recognises CapDo's computed columns and unknown ones", () => {
    expect(matchHeader('STT')).toEqual({ kind: 'derived' })
    expect(matchHeader('Hạn phê duyệt')).toEqual({ kind: 'derived' })
    expect(matchHeader('Người phụ trách')).toEqual({ kind: 'unknown' })
  })
})

describe('mapping a header row to fields', () => {
  const headers = [
    'STT',
    'Đơn vị',
    'Tên hệ thống',
    'Cấp độ',
    'Người phụ trách',
    'Hạn phê duyệt',
    '',
    'Đơn vị quản lý',
  ]

  it('maps each field to the first column naming it and lists the unknown ones, not the computed ones', () => {
    expect(mapHeaderRow(headers)).toEqual({
      mapping: [
        { field: 'unit', columnIndex: 1, header: 'Đơn vị' },
        { field: 'name', columnIndex: 2, header: 'Tên hệ thống' },
        { field: 'level', columnIndex: 3, header: 'Cấp độ' },
      ],
      ignoredColumns: ['Người phụ trách', 'Đơn vị quản lý'],
    })
  })

  it("applies the user's overrides: a column moves to the field they chose", () => {
    const { mapping, ignoredColumns } = mapHeaderRow(headers, { owner: 4, unit: 7 })
    expect(mapping).toEqual([
      { field: 'name', columnIndex: 2, header: 'Tên hệ thống' },
      { field: 'level', columnIndex: 3, header: 'Cấp độ' },
      { field: 'owner', columnIndex: 4, header: 'Người phụ trách' },
      { field: 'unit', columnIndex: 7, header: 'Đơn vị quản lý' },
    ])
    expect(ignoredColumns).toEqual(['Đơn vị'])
  })

  it('un-maps a field given a negative index, and a column taken by an override leaves its old field', () => {
    expect(mapHeaderRow(headers, { level: -1 }).mapping.map((m) => m.field)).toEqual(['unit', 'name'])
    expect(mapHeaderRow(headers, { notes: 3 }).mapping.map((m) => m.field)).toEqual(['unit', 'name', 'notes'])
  })
})

describe('finding the header row', () => {
  it('skips title rows and blank rows above the header', () => {
    const grid: SheetGrid = [
      ['DANH MỤC HỆ THỐNG THÔNG TIN'],
      [],
      ['Hệ thống thông tin', null, null],
      ['STT', 'Tên hệ thống', 'Đơn vị', 'Cấp độ'],
      [1, 'Cổng thông tin', 'Sở Y tế', 3],
    ]
    expect(detectHeaderRow(grid)).toBe(3)
  })

  it('needs at least the name and the unit', () => {
    expect(detectHeaderRow([['Tên hệ thống', 'Cấp độ', 'Tình trạng hồ sơ']])).toBeNull()
    expect(detectHeaderRow([['Đơn vị', 'Cấp độ']])).toBeNull()
  })

  it('picks the row naming the most fields', () => {
    const grid: SheetGrid = [
      ['Tên hệ thống', 'Đơn vị'],
      ['Tên hệ thống', 'Đơn vị', 'Cấp độ', 'Ghi chú'],
    ]
    expect(detectHeaderRow(grid)).toBe(1)
  })

  it('looks only at the first 30 rows', () => {
    const grid: SheetGrid = [...Array.from({ length: 30 }, () => ['x']), ['Tên hệ thống', 'Đơn vị']]
    expect(detectHeaderRow(grid)).toBeNull()
    expect(detectHeaderRow(grid.slice(1))).toBe(29)
  })

  it('takes a second header row under group titles, and skips a row of column numbers', () => {
    const grid: SheetGrid = [
      ['STT', 'Tên HTTT', 'Đơn vị', 'Quyết định phê duyệt', null],
      ['STT', 'Tên HTTT', 'Đơn vị', 'Số', 'Ngày phê duyệt'],
      ['(1)', '(2)', '(3)', '(4)', '(5)'],
      [1, 'Cổng thông tin', 'Sở Y tế', '1/QĐ', '01/02/2024'],
    ]
    // Both rows name three fields; the upper one wins and the lower one continues it.
    expect(detectHeaderRow(grid)).toBe(0)
    expect(headerBlock(grid, 0)).toEqual({
      cells: ['STT', 'Tên HTTT', 'Đơn vị', 'Quyết định phê duyệt', 'Ngày phê duyệt'],
      dataStart: 3,
    })
  })

  it('lists the headers it expects when there is none', () => {
    const message = expectedHeadersMessage()
    expect(message).toContain('"Tên hệ thống thông tin", "Tên hệ thống", "Tên HTTT", "Hệ thống thông tin"')
    expect(message).toContain('"Đơn vị quản lý, vận hành"')
    expect(message).toContain('Cấp độ đề xuất')
  })
})

import { describe, expect, it } from 'vitest'
import type { InventoryCellValue, SheetGrid } from './cell'
import { orderEvidence } from './date-order'
import { parseInventoryGrid, type InventoryParseOptions } from './parse-inventory'

// Approval dates need an approval; a planned date (Dự kiến) says nothing about the dossier.
const HEADER = ['Tên hệ thống', 'Đơn vị', 'Dự kiến phê duyệt', 'Ngày đưa vào vận hành']

function parse(rows: SheetGrid, options: Partial<InventoryParseOptions> = {}) {
  return parseInventoryGrid([HEADER, ...rows], { sheetName: 'Danh mục', ...options })
}

const row = (n: number, expected: InventoryCellValue, commissioned: InventoryCellValue = null) => [
  `Hệ thống ${n}`,
  'Sở Y tế',
  expected,
  commissioned,
]

/** Each system's planned approval date, by name; absent when its row has an error. */
function expectedDates(result: ReturnType<typeof parse>): Record<string, string | null> {
  return Object.fromEntries(result.rows.map((r) => [r.record.name, r.record.expectedApprovalOn]))
}

describe('what a text date says about its column’s order', () => {
  it.each([
    ['03/04/2024', 'either'],
    ['16/04/2024', 'day_first'],
    ['4/16/2024', 'month_first'],
    ['12/13/2024', 'month_first'],
    ['13/12/2024', 'day_first'],
    ['12/12/2024', 'none'],
    ['5.5.2024', 'none'],
    ['31/02/2024', 'none'],
    ['2024-04-03', 'none'],
    ['Hoàn thành ngày 4/16/2026', 'month_first'],
  ] as const)('"%s" → %s', (text, evidence) => {
    expect(orderEvidence(text)).toBe(evidence)
  })

  it('a real date cell or a serial number says nothing, whatever its display format', () => {
    expect(orderEvidence(new Date(Date.UTC(2024, 3, 16)))).toBe('none')
    expect(orderEvidence(45398)).toBe('none')
  })
})

describe('reading a column of text dates day or month first', () => {
  it('ambiguous values only: read day first (the rule), the column listed as assumed so the officer can switch', () => {
    const result = parse([row(1, '03/04/2024'), row(2, '05/06/2024')])
    expect(result.errors).toEqual([])
    expect(expectedDates(result)).toEqual({ 'Hệ thống 1': '2024-04-03', 'Hệ thống 2': '2024-06-05' })
    expect(result.dateColumns).toMatchObject([
      { field: 'expectedApprovalOn', header: 'Dự kiến phê duyệt', order: 'day_first', chosen: false },
    ])
    expect(result.dateColumns[0].either).toEqual({
      count: 2,
      samples: [
        { row: 2, text: '03/04/2024' },
        { row: 3, text: '05/06/2024' },
      ],
    })

    const switched = parse([row(1, '03/04/2024'), row(2, '05/06/2024')], {
      dateOrders: { expectedApprovalOn: 'month_first' },
    })
    expect(expectedDates(switched)).toEqual({ 'Hệ thống 1': '2024-03-04', 'Hệ thống 2': '2024-05-06' })
    expect(switched.dateColumns[0]).toMatchObject({ order: 'month_first', chosen: true })
  })

  it('proven day first (16/04): read day first; switching to month first makes 16/04 an error, never 04/16 swapped', () => {
    const rows = [row(1, '16/04/2024'), row(2, '03/04/2024')]
    const result = parse(rows)
    expect(result.errors).toEqual([])
    expect(expectedDates(result)).toEqual({ 'Hệ thống 1': '2024-04-16', 'Hệ thống 2': '2024-04-03' })
    expect(result.dateColumns[0]).toMatchObject({ order: 'day_first', dayFirst: { count: 1 } })

    const switched = parse(rows, { dateOrders: { expectedApprovalOn: 'month_first' } })
    expect(expectedDates(switched)).toEqual({ 'Hệ thống 2': '2024-03-04' })
    expect(switched.errors).toHaveLength(1)
    expect(switched.errors[0]).toMatchObject({ row: 2, value: '16/04/2024', field: 'expectedApprovalOn' })
    expect(switched.errors[0].message).toContain('không tồn tại khi đọc theo thứ tự tháng/ngày/năm')
    expect(switched.errors[0].message).toContain('không tự đảo ngày và tháng')
  })

  it('a value only month first makes a date (4/16): nothing order-dependent in that column is read until the officer chooses', () => {
    const rows = [row(1, '4/16/2026'), row(2, '6/2/2026'), row(3, '7/7/2026'), row(4, null)]
    const result = parse(rows)
    expect(result.dateColumns[0]).toMatchObject({ order: null, chosen: false, monthFirst: { count: 1 } })
    // 6/2/2026 is not read as 6 February nor as 2 June; 7/7 and an empty cell read the same either way.
    expect(expectedDates(result)).toEqual({ 'Hệ thống 3': '2026-07-07', 'Hệ thống 4': null })
    expect(result.errors.map((e) => [e.row, e.value])).toEqual([
      [2, '4/16/2026'],
      [3, '6/2/2026'],
    ])
    expect(result.errors[1].message).toBe(
      'Cột “Dự kiến phê duyệt” có ngày chỉ đọc được khi tháng đứng trước (4/16/2026), nên CapDo không ' +
        'đoán ô này là ngày nào: hãy chọn thứ tự ngày, tháng cho cột này (ngày/tháng/năm hay tháng/ngày/năm) rồi đọc lại',
    )

    const monthFirst = parse(rows, { dateOrders: { expectedApprovalOn: 'month_first' } })
    expect(monthFirst.errors).toEqual([])
    expect(expectedDates(monthFirst)).toEqual({
      'Hệ thống 1': '2026-04-16',
      'Hệ thống 2': '2026-06-02',
      'Hệ thống 3': '2026-07-07',
      'Hệ thống 4': null,
    })

    const dayFirst = parse(rows, { dateOrders: { expectedApprovalOn: 'day_first' } })
    expect(dayFirst.errors.map((e) => [e.row, e.value])).toEqual([[2, '4/16/2026']])
    expect(expectedDates(dayFirst)['Hệ thống 2']).toBe('2026-02-06')
  })

  it('mixed evidence in one column (16/04 and 4/16): refuses to guess, names both, and the chosen order makes the other kind errors', () => {
    const rows = [row(1, '16/04/2024'), row(2, '4/16/2024'), row(3, '6/2/2024')]
    const result = parse(rows)
    expect(result.dateColumns[0]).toMatchObject({
      order: null,
      dayFirst: { count: 1 },
      monthFirst: { count: 1 },
    })
    expect(result.rows).toEqual([])
    expect(result.errors).toHaveLength(3)
    expect(result.errors[0].message).toContain(
      '(4/16/2024) lẫn ngày chỉ đọc được khi ngày đứng trước (16/04/2024)',
    )

    const dayFirst = parse(rows, { dateOrders: { expectedApprovalOn: 'day_first' } })
    expect(dayFirst.errors.map((e) => e.value)).toEqual(['4/16/2024'])
    expect(expectedDates(dayFirst)).toEqual({ 'Hệ thống 1': '2024-04-16', 'Hệ thống 3': '2024-02-06' })

    const monthFirst = parse(rows, { dateOrders: { expectedApprovalOn: 'month_first' } })
    expect(monthFirst.errors.map((e) => e.value)).toEqual(['16/04/2024'])
    expect(expectedDates(monthFirst)).toEqual({ 'Hệ thống 2': '2024-04-16', 'Hệ thống 3': '2024-06-02' })
  })

  it('decides per column: a month-first column waits while its neighbour stays day first', () => {
    const result = parse([row(1, '4/16/2026', '03/04/2020'), row(2, null, '16/04/2020')])
    expect(result.dateColumns.map((c) => [c.field, c.order])).toEqual([
      ['expectedApprovalOn', null],
      ['commissionedOn', 'day_first'],
    ])
    expect(result.rows.map((r) => r.record.commissionedOn)).toEqual(['2020-04-16'])
    expect(result.errors.map((e) => [e.row, e.field])).toEqual([[2, 'expectedApprovalOn']])
  })

  it('real date cells in a column waiting for a choice are read as the dates they are', () => {
    const result = parse([row(1, '4/16/2026'), row(2, new Date(Date.UTC(2026, 1, 6)))])
    expect(expectedDates(result)).toEqual({ 'Hệ thống 2': '2026-02-06' })
  })

  it('a column of dates that read the same either way is not listed', () => {
    expect(parse([row(1, '16/04/2024'), row(2, '2024-04-03'), row(3, '5/5/2024')]).dateColumns).toEqual([])
  })

  it('the deployment column: a date inside the words follows the column’s order too', () => {
    const header = ['Tên hệ thống', 'Đơn vị', 'Triển khai phương án bảo đảm ATTT']
    const grid = [header, ['A', 'Sở Y tế', 'Hoàn thành ngày 4/16/2026'], ['B', 'Sở Y tế', '6/2/2026']]
    const waiting = parseInventoryGrid(grid, { sheetName: 'x' })
    expect(waiting.dateColumns[0]).toMatchObject({ field: 'deployedOn', order: null })
    expect(waiting.errors).toHaveLength(2)
    const chosen = parseInventoryGrid(grid, { sheetName: 'x', dateOrders: { deployedOn: 'month_first' } })
    expect(chosen.rows.map((r) => [r.record.deploymentState, r.record.deployedOn])).toEqual([
      ['full', '2026-04-16'],
      ['full', '2026-06-02'],
    ])
  })
})

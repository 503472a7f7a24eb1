import { describe, expect, it } from 'vitest'
import type { SheetGrid } from './cell'
import { parseInventoryGrid } from './parse-inventory'
import { planImport, unitsNeedingFormerNames } from './plan-import'
import { inventoryToRegister } from './to-register'

const NOW = '2026-11-22T00:00:00.000Z'
const rowsOf = (grid: SheetGrid) => parseInventoryGrid(grid, { sheetName: 'Danh mục' }).rows

const HEADER = [
  'Tên hệ thống',
  'Đơn vị',
  'Cấp độ',
  'Triển khai phương án bảo đảm ATTT',
  'Ngày kiểm tra, đánh giá gần nhất',
]
const existing = inventoryToRegister(
  rowsOf([
    HEADER,
    ['Cổng thông tin', 'Sở Y tế', 3, '20/12/2024', '01/03/2025'],
    ['Một cửa', 'Sở Tư pháp', 2, null, null],
  ]),
  { now: NOW },
)

describe('planning an import against the register', () => {
  it('matches rows by unit and name folded, and finds what changes', () => {
    const plan = planImport(
      rowsOf([
        HEADER,
        ['CỔNG THÔNG TIN'.normalize('NFD'), 'sở y tế', 4, 'Đã triển khai', '01/03/2025'],
        ['Một cửa', 'Sở Tư pháp', 2, null, null],
        ['Thư điện tử', 'Văn phòng UBND', 1, null, null],
      ]),
      existing,
    )
    expect(plan.update).toEqual([
      {
        row: expect.objectContaining({ excelRow: 2 }),
        systemId: existing.systems[0].id,
        changes: [
          { field: 'name', from: 'Cổng thông tin', to: 'CỔNG THÔNG TIN' },
          { field: 'level', from: 3, to: 4 },
        ],
      },
    ])
    expect(plan.unchanged.map((p) => p.systemId)).toEqual([existing.systems[1].id])
    expect(plan.add.map((p) => p.row.excelRow)).toEqual([4])
    expect(plan.newUnits).toEqual(['Văn phòng UBND'])
  })

  it('compares only the fields the file has a column for', () => {
    const plan = planImport(
      rowsOf([
        ['Tên hệ thống', 'Đơn vị'],
        ['Cổng thông tin', 'Sở Y tế'],
      ]),
      existing,
    )
    expect(plan.unchanged).toHaveLength(1)
    expect(plan.update).toEqual([])
  })

  it('a list of information types written in another order is no change; one type more is', () => {
    const header = ['Tên hệ thống', 'Đơn vị', 'Loại thông tin xử lý']
    const register = inventoryToRegister(
      rowsOf([header, ['Cổng thông tin', 'Sở Y tế', 'Thông tin công cộng; Thông tin cá nhân']]),
      { now: NOW },
    )
    const same = rowsOf([header, ['Cổng thông tin', 'Sở Y tế', 'thông tin cá nhân, Thông tin công cộng']])
    expect(planImport(same, register).unchanged).toHaveLength(1)
    const more = rowsOf([
      header,
      ['Cổng thông tin', 'Sở Y tế', 'Thông tin công cộng; Thông tin cá nhân; Thông tin riêng'],
    ])
    expect(planImport(more, register).update[0].changes).toEqual([
      {
        field: 'informationTypes',
        from: ['public', 'personal'],
        to: ['public', 'private', 'personal'],
      },
    ])
  })
  it('counts a last-assessment date the register lacks as a change, when assessments are given', () => {
    const rows = rowsOf([HEADER, ['Cổng thông tin', 'Sở Y tế', 3, '20/12/2024', '01/04/2026']])
    expect(planImport(rows, existing).update[0].changes).toEqual([
      { field: 'lastAssessedOn', from: null, to: '2026-04-01' },
    ])
    expect(planImport(rows, { units: existing.units, systems: existing.systems }).unchanged).toHaveLength(1)
  })

  it('reads a deployment going from partial to none as a change of state', () => {
    const rows = rowsOf([HEADER, ['Cổng thông tin', 'Sở Y tế', 3, 'Đang triển khai', '01/03/2025']])
    expect(planImport(rows, existing).update[0].changes).toEqual([
      { field: 'deploymentState', from: 'full', to: 'partial' },
    ])
  })

  it('matches by id when the file carries ids, even when the name or unit changed', () => {
    const id = existing.systems[1].id
    const plan = planImport(
      rowsOf([
        ['Mã hệ thống', 'Tên hệ thống', 'Đơn vị'],
        [id, 'Một cửa liên thông', 'Sở Nội vụ'],
        ['x-9', 'Cổng thông tin', 'Sở Y tế'],
      ]),
      existing,
    )
    expect(plan.update).toEqual([
      {
        row: expect.objectContaining({ excelRow: 2 }),
        systemId: id,
        changes: [
          { field: 'unit', from: 'Sở Tư pháp', to: 'Sở Nội vụ' },
          { field: 'name', from: 'Một cửa', to: 'Một cửa liên thông' },
        ],
      },
    ])
    // An id the register does not know is a new system, even if a system of that name exists.
    expect(plan.add.map((p) => p.systemId)).toEqual(['x-9'])
    expect(plan.newUnits).toEqual(['Sở Nội vụ'])
  })

  it('offers each new unit once, as first written', () => {
    const plan = planImport(
      rowsOf([HEADER, ['A', 'Sở Xây dựng', 1], ['B', 'SỞ XÂY DỰNG'.normalize('NFD'), 1]]),
      existing,
    )
    expect(plan.newUnits).toEqual(['Sở Xây dựng'])
  })
})

describe('the investment start date (Decree 331 Điều 39 khoản 1)', () => {
  it('reads the column "Ngày bắt đầu đầu tư, xây dựng" and its usual wordings', () => {
    const rows = rowsOf([
      ['Tên hệ thống', 'Đơn vị', 'Ngày bắt đầu đầu tư, xây dựng'],
      ['Cổng thông tin', 'Sở Y tế', '15/03/2026'],
    ])
    expect(rows[0]?.record.investmentStartedOn).toBe('2026-03-15')
    const other = rowsOf([
      ['Tên hệ thống', 'Đơn vị', 'Ngày khởi công'],
      ['Cổng thông tin', 'Sở Y tế', '15/03/2026'],
    ])
    expect(other[0]?.record.investmentStartedOn).toBe('2026-03-15')
  })

  it('an empty column leaves a system stored before the field existed unchanged; a date is a change', () => {
    const { investmentStartedOn: _absent, ...old } = existing.systems[0]
    const register = { ...existing, systems: [old, existing.systems[1]] }
    const header = ['Tên hệ thống', 'Đơn vị', 'Ngày bắt đầu đầu tư, xây dựng']
    const empty = planImport(rowsOf([header, ['Cổng thông tin', 'Sở Y tế', null]]), register)
    expect(empty.update).toEqual([])
    const dated = planImport(rowsOf([header, ['Cổng thông tin', 'Sở Y tế', '01/10/2025']]), register)
    expect(dated.update[0]?.changes).toEqual([{ field: 'investmentStartedOn', from: null, to: '2025-10-01' }])
  })
})

describe('a file older than a rename (no ids): matching by a name the system had', () => {
  // The register's "Cổng thông tin" of Sở Y tế was renamed; its history keeps the old name.
  const portal = existing.systems[0]
  const renamed = {
    ...existing,
    systems: [{ ...portal, name: 'Cổng thông tin điện tử Sở Y tế' }, existing.systems[1]],
    formerNames: new Map([[portal.id, ['Cổng thông tin']]]),
  }

  it('matches the renamed system, keeps its new name, applies the rest and says so', () => {
    const plan = planImport(rowsOf([HEADER, ['cổng thông tin', 'Sở Y tế', 4, '20/12/2024', '01/03/2025']]), renamed)
    expect(plan.add).toEqual([])
    expect(plan.update).toEqual([
      {
        row: expect.objectContaining({ excelRow: 2 }),
        systemId: portal.id,
        currentName: 'Cổng thông tin điện tử Sở Y tế',
        changes: [{ field: 'level', from: 3, to: 4 }],
      },
    ])
  })

  it('a row that changes nothing else is unchanged, and still says which system it matched', () => {
    const plan = planImport(rowsOf([HEADER, ['Cổng thông tin', 'Sở Y tế', 3, '20/12/2024', '01/03/2025']]), renamed)
    expect(plan.unchanged).toEqual([
      { row: expect.objectContaining({ excelRow: 2 }), systemId: portal.id, currentName: 'Cổng thông tin điện tử Sở Y tế' },
    ])
  })

  it('without the history the same file offers a duplicate (the defect this fixes)', () => {
    const { formerNames: _ignored, ...withoutHistory } = renamed
    const plan = planImport(rowsOf([HEADER, ['Cổng thông tin', 'Sở Y tế', 3, null, null]]), withoutHistory)
    expect(plan.add.map((p) => p.row.excelRow)).toEqual([2])
  })

  it('a system that has the name now wins over one that had it before', () => {
    const other = { ...existing.systems[1], id: 'now-named', unitId: portal.unitId, name: 'Cổng thông tin' }
    const register = { ...renamed, systems: [...renamed.systems, other] }
    const plan = planImport(rowsOf([HEADER, ['Cổng thông tin', 'Sở Y tế', 3, null, null]]), register)
    expect([...plan.update, ...plan.unchanged].map((p) => [p.systemId, p.currentName])).toEqual([['now-named', undefined]])
  })

  it('an old name two systems of the unit once had matches neither', () => {
    const twin = { ...existing.systems[1], id: 'twin', unitId: portal.unitId, name: 'Cổng dịch vụ công' }
    const register = {
      ...renamed,
      systems: [...renamed.systems, twin],
      formerNames: new Map([
        [portal.id, ['Cổng thông tin']],
        [twin.id, ['Cổng thông tin']],
      ]),
    }
    const plan = planImport(rowsOf([HEADER, ['Cổng thông tin', 'Sở Y tế', 3, null, null]]), register)
    expect(plan.add.map((p) => p.row.excelRow)).toEqual([2])
  })

  it('an old name matches only within the system\'s unit, and never a row that carries an id', () => {
    const plan = planImport(
      rowsOf([
        ['Mã hệ thống', 'Tên hệ thống', 'Đơn vị'],
        [null, 'Cổng thông tin', 'Sở Tư pháp'],
        ['x-1', 'Cổng thông tin', 'Sở Y tế'],
      ]),
      renamed,
    )
    expect(plan.add.map((p) => p.row.excelRow)).toEqual([2, 3])
  })

  it('asks the store for the history of only the units whose id-less rows match no current name', () => {
    const rows = rowsOf([
      HEADER,
      ['Cổng thông tin', 'Sở Y tế', 3, null, null],
      ['Một cửa', 'Sở Tư pháp', 2, null, null],
    ])
    expect([...unitsNeedingFormerNames(rows, renamed)]).toEqual(['so y te'])
  })
})

import { describe, expect, it } from 'vitest'
import type { InventoryCellValue } from '../inventory/cell'
import { applyReply } from './apply-reply'
import { diffReply, type ReplyDiff } from './reply-diff'
import { readReplyGrid } from './reply-sheet'
import {
  BUILD,
  col,
  GIS,
  HEALTH,
  HIS,
  markerFor,
  NOW,
  PORTAL,
  PORTAL_CHECK,
  requestGrid,
  sampleRegister,
  sampleRound,
  system,
} from './test-support'

const round = sampleRound()
const sent = [PORTAL, HIS]
const marker = markerFor(round, HEALTH, sent)

/** The Sở Y tế request as sent, for a test to edit as the unit would. */
const reply = (): InventoryCellValue[][] => requestGrid(HEALTH, sent, [PORTAL_CHECK])
const rowOf = (grid: InventoryCellValue[][], id: string): InventoryCellValue[] =>
  grid.find((r) => r[col('Mã hệ thống')] === id) ?? []
const blankRow = (): InventoryCellValue[] => Array.from({ length: col('Ghi chú') + 1 }, () => null)

function diff(grid: InventoryCellValue[][], register = sampleRegister(), today?: string): ReplyDiff {
  const sheet = readReplyGrid(grid, { sheetName: 'Danh mục HTTT', unitName: HEALTH.name, today })
  return diffReply({
    rows: sheet.parse.rows,
    errors: sheet.parse.errors,
    presentIds: sheet.presentIds,
    kinds: sheet.kinds,
    unit: { unitId: marker.unitId, unitName: marker.unitName },
    sentSystems: marker.systems,
    register,
    today,
  })
}

const summary = (d: ReplyDiff) => ({
  added: d.added.map((a) => a.row.record.name),
  changed: d.changed.map((c) => [c.systemId, c.changes.map((x) => x.field)]),
  unchanged: d.unchanged.map((u) => u.systemId),
  removed: d.removed.map((r) => r.systemId),
  otherUnit: d.otherUnit.map((o) => o.excelRow),
  errors: d.errors.map((e) => e.message),
})

describe('a unit’s reply against the register as it is now', () => {
  it('the request returned untouched changes nothing and removes nothing', () => {
    expect(summary(diff(reply()))).toEqual({
      added: [],
      changed: [],
      unchanged: [PORTAL.id, HIS.id],
      removed: [],
      otherUnit: [],
      errors: [],
    })
  })

  it('a changed cell is a change of that field, from the register’s value to the reply’s', () => {
    const grid = reply()
    rowOf(grid, HIS.id)[col('Cấp độ đề xuất')] = 3
    rowOf(grid, HIS.id)[col('Tình trạng hồ sơ')] = 'Đã trình thẩm định'
    rowOf(grid, HIS.id)[col('Ngày trình thẩm định')] = '05/11/2026'
    const d = diff(grid)
    expect(d.changed).toHaveLength(1)
    expect(d.changed[0].changes).toEqual([
      { field: 'level', from: 2, to: 3 },
      { field: 'submittedOn', from: null, to: '2026-11-05' },
      { field: 'dossierState', from: 'drafting', to: 'submitted' },
    ])
  })

  it('a row added with no id and no unit is a new system of the replying unit', () => {
    const grid = reply()
    const row = blankRow()
    row[col('Tên hệ thống thông tin')] = 'Hệ thống hồ sơ sức khỏe điện tử'
    row[col('Cấp độ đề xuất')] = 2
    grid.push(row)
    const d = diff(grid)
    expect(summary(d).added).toEqual(['Hệ thống hồ sơ sức khỏe điện tử'])
    expect(d.added[0].row.record.unit).toBe('Sở Y tế')
  })

  it('a row the unit deleted is marked removed for the officer, never deleted by applying', () => {
    const grid = reply().filter((r) => r[col('Mã hệ thống')] !== HIS.id)
    const d = diff(grid)
    expect(d.removed).toEqual([{ systemId: HIS.id, name: HIS.name }])
    const applied = applyReply(sampleRegister(), d, NOW)
    expect(applied.register.systems.map((s) => s.id)).toContain(HIS.id)
  })

  it('a system added to the register after the request went out is not “removed” by a reply that lacks it', () => {
    const later = system('sys-new', HEALTH.id, 'Hệ thống mới của Sở')
    const register = sampleRegister()
    register.systems.push(later)
    expect(diff(reply(), register).removed).toEqual([])
  })

  it('a row whose id is another unit’s system, or that names another unit, is shown and not applied', () => {
    const grid = reply()
    const foreign = blankRow()
    foreign[col('Mã hệ thống')] = GIS.id
    foreign[col('Tên hệ thống thông tin')] = GIS.name
    foreign[col('Cấp độ đề xuất')] = 4
    const elsewhere = blankRow()
    elsewhere[col('Tên hệ thống thông tin')] = 'Quản lý cấp phép xây dựng'
    elsewhere[col('Đơn vị quản lý, vận hành')] = BUILD.name
    grid.push(foreign, elsewhere)
    const d = diff(grid)
    expect(d.otherUnit.map((o) => [o.systemId, o.reason])).toEqual([
      [
        GIS.id,
        expect.stringMatching(/^Hệ thống "Hệ thống GIS xây dựng" thuộc đơn vị "Sở Xây dựng" trong sổ/),
      ],
      [
        null,
        expect.stringMatching(/^Dòng ghi đơn vị "Sở Xây dựng", không phải "Sở Y tế" \(đơn vị của phiếu\)/),
      ],
    ])
    expect(d.added).toEqual([])
    const applied = applyReply(sampleRegister(), d, NOW)
    expect(applied.register.systems.find((s) => s.id === GIS.id)).toEqual(GIS)
    expect(applied.register.systems).toHaveLength(3)
  })

  it('an id the register does not know is an error telling to leave the id blank for a new system', () => {
    const grid = reply()
    const row = blankRow()
    row[col('Mã hệ thống')] = 'sys-invented'
    row[col('Tên hệ thống thông tin')] = 'Hệ thống lạ'
    grid.push(row)
    expect(summary(diff(grid)).errors).toEqual([
      'Mã hệ thống này không có trong sổ theo dõi. Nếu đây là hệ thống mới, hãy để trống ô "Mã hệ thống"',
    ])
  })

  it('the approved level stays without a new decision; with a new decision it changes', () => {
    const grid = reply()
    rowOf(grid, PORTAL.id)[col('Cấp độ đề xuất')] = 4
    const held = diff(grid)
    expect(held.levelHeld.map((h) => [h.systemId, h.level, h.fileLevel])).toEqual([[PORTAL.id, 3, 4]])
    expect(held.changed).toEqual([])
    rowOf(grid, PORTAL.id)[col('Số quyết định phê duyệt')] = '99/QĐ-UBND'
    rowOf(grid, PORTAL.id)[col('Ngày phê duyệt')] = '01/11/2026'
    const decided = diff(grid)
    expect(decided.levelHeld).toEqual([])
    expect(decided.changed[0].changes.map((c) => c.field)).toEqual(['level', 'decisionNo', 'approvedOn'])
  })

  it('a change that would put the dossier’s dates out of order against the register is an error, not applied', () => {
    // The unit deleted the submission column: its appraisal date is judged against the register's.
    const withoutSubmitted = reply().map((r) => r.filter((_, i) => i !== col('Ngày trình thẩm định')))
    const cell = col('Ngày có ý kiến thẩm định') - 1
    withoutSubmitted.find((r) => r[0] === 1)![cell] = '01/01/2024'
    const d = diff(withoutSubmitted)
    expect(d.changed).toEqual([])
    expect(summary(d).errors).toEqual([
      'Ngày có ý kiến thẩm định (01/01/2024) không được trước ngày trình thẩm định (10/01/2024). ' +
        'Dòng này không được áp dụng: hãy sửa ngày trong phiếu cho khớp với sổ theo dõi.',
    ])
  })

  it('a new assessment date records an assessment of the kind the reply chose', () => {
    const grid = reply()
    rowOf(grid, HIS.id)[col('Ngày kiểm tra, đánh giá gần nhất')] = '02/10/2026'
    rowOf(grid, HIS.id)[col('Hình thức kiểm tra, đánh giá gần nhất')] = 'Đột xuất'
    const d = diff(grid)
    const applied = applyReply(sampleRegister(), d, NOW)
    expect(
      applied.register.assessments.filter((a) => a.systemId === HIS.id).map((a) => [a.date, a.kind]),
    ).toEqual([['2026-10-02', 'ad_hoc']])
  })

  it('an unreadable assessment kind is an error of its row, naming the three kinds', () => {
    const grid = reply()
    rowOf(grid, HIS.id)[col('Hình thức kiểm tra, đánh giá gần nhất')] = 'hằng quý'
    const d = diff(grid)
    expect(d.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [
        5,
        'Hình thức kiểm tra, đánh giá gần nhất',
        expect.stringContaining('"Trước khi đưa vào sử dụng", "Định kỳ", "Đột xuất"'),
      ],
    ])
    expect(d.unchanged.map((u) => u.systemId)).toEqual([PORTAL.id])
  })

  it('applying the same reply twice changes nothing the second time', () => {
    const grid = reply()
    rowOf(grid, HIS.id)[col('Cấp độ đề xuất')] = 3
    rowOf(grid, HIS.id)[col('Ngày kiểm tra, đánh giá gần nhất')] = '02/10/2026'
    const row = blankRow()
    row[col('Tên hệ thống thông tin')] = 'Hệ thống hồ sơ sức khỏe điện tử'
    row[col('Ngày kiểm tra, đánh giá gần nhất')] = '01/09/2026'
    grid.push(row)
    const first = applyReply(sampleRegister(), diff(grid), NOW)
    expect([first.added.length, first.changed.length, first.assessmentsAdded]).toEqual([1, 1, 2])
    const again = diff(grid, first.register)
    expect(summary(again)).toMatchObject({ added: [], changed: [], errors: [] })
    const second = applyReply(first.register, again, NOW)
    expect(second.register).toEqual(first.register)
  })
})

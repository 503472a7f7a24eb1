import { describe, expect, it } from 'vitest'
import { emptyCounters } from '../aggregate'
import { UNKNOWN_BLOCK, UNKNOWN_UNIT } from '../register'
import {
  BLOCK_COMMUNE,
  BLOCK_STATE,
  FIXTURE_AS_OF,
  fixtureRegister,
  makeUnit,
} from '../test-support/report-fixture'
import { DEFAULT_REPORT_SETTINGS } from './settings'
import { summarize, summarySheet } from './summary'

const register = fixtureRegister()

describe('Tổng hợp: the counters by level and by block with its units', () => {
  it('totals the hand-made register as counted by hand', () => {
    expect(summarize(register).total).toEqual({
      systems: 8,
      approved: 5,
      approvalOverdue: 2,
      deployed: 4,
      deploymentOverdue: 3,
      assessmentOverdue: 2,
      assessmentDueSoon: 2,
      missingLevel: 1,
    })
  })

  it('lists levels 1 to 5 and then the systems with no level', () => {
    const byLevel = summarize(register).byLevel
    expect(byLevel.map((l) => l.label)).toEqual([
      'Cấp độ 1',
      'Cấp độ 2',
      'Cấp độ 3',
      'Cấp độ 4',
      'Cấp độ 5',
      'Chưa xác định',
    ])
    expect(byLevel.map((l) => l.counters.systems)).toEqual([1, 2, 2, 1, 1, 1])
    expect(byLevel[5].counters.missingLevel).toBe(1)
  })

  it('nests the units under their block in Vietnamese order, the unknown block last', () => {
    const blocks = summarize(register).blocks
    expect(blocks.map((b) => b.label)).toEqual([BLOCK_STATE, BLOCK_COMMUNE, UNKNOWN_BLOCK])
    expect(blocks[0].units.map((u) => u.label)).toEqual(['Sở Tài chính', 'Sở Y tế'])
    expect(blocks[2].units.map((u) => u.label)).toEqual([UNKNOWN_UNIT])
    expect(blocks[0].counters).toMatchObject({
      systems: 5,
      approved: 3,
      approvalOverdue: 2,
      deploymentOverdue: 3,
    })
    expect(blocks[0].units[1].counters).toMatchObject({ systems: 3, approved: 2, assessmentOverdue: 1 })
  })

  it('adds up the units of each block to the block, and the blocks to the total', () => {
    const data = summarize(register)
    for (const block of data.blocks) {
      const sum = block.units.reduce((acc, u) => acc + u.counters.systems, 0)
      expect(sum).toBe(block.counters.systems)
    }
    expect(data.blocks.reduce((acc, b) => acc + b.counters.approved, 0)).toBe(data.total.approved)
  })

  it('keeps two units of the same name in different blocks apart', () => {
    const base = fixtureRegister()
    const [first] = base.rows
    const twin = {
      ...first,
      system: { ...first.system, id: 'sys-twin' },
      unit: makeUnit('u-twin', 'Sở Y tế', BLOCK_COMMUNE),
    }
    const blocks = summarize({ ...base, rows: [...base.rows, twin] }).blocks
    const commune = blocks.find((b) => b.label === BLOCK_COMMUNE)
    expect(commune?.units.map((u) => u.label)).toContain('Sở Y tế')
    expect(commune?.units.find((u) => u.label === 'Sở Y tế')?.counters.systems).toBe(1)
    expect(blocks[0].units.find((u) => u.label === 'Sở Y tế')?.counters.systems).toBe(3)
  })

  it('lays out sections A and B, blocks numbered I, II, III, units 1, 2, and a bold totals row', () => {
    const sheet = summarySheet(register, FIXTURE_AS_OF, DEFAULT_REPORT_SETTINGS)
    const firstCells = sheet.rows.map((r) => [r.cells[0], r.cells[1]])
    expect(firstCells.slice(0, 2)).toEqual([
      ['A', 'THEO CẤP ĐỘ'],
      [1, 'Cấp độ 1'],
    ])
    expect(firstCells.slice(7, 11)).toEqual([
      ['B', 'THEO KHỐI, ĐƠN VỊ'],
      ['I', BLOCK_STATE],
      [1, 'Sở Tài chính'],
      [2, 'Sở Y tế'],
    ])
    const total = sheet.rows[sheet.rows.length - 1]
    expect(total.style).toBe('total')
    expect(total.cells).toEqual([null, 'TỔNG CỘNG', 8, 5, { rate: 5 / 8 }, 2, 4, { rate: 4 / 8 }, 3, 2, 2, 1])
    expect(sheet.subtitles).toEqual(['Tính đến ngày 23/11/2026'])
  })

  it('numbers the report "Số: ....../" with the symbol from Settings, dotted where Settings has none', () => {
    const symbol = { ...DEFAULT_REPORT_SETTINGS, documentSymbol: 'bc-skhcn' }
    expect(summarySheet(register, FIXTURE_AS_OF, symbol).numberLine).toBe('Số: ....../BC-SKHCN')
    expect(summarySheet(register, FIXTURE_AS_OF, DEFAULT_REPORT_SETTINGS).numberLine).toBe(
      'Số: ....../BC-......',
    )
  })

  it('puts the counters under their group headers', () => {
    const sheet = summarySheet(register, FIXTURE_AS_OF, DEFAULT_REPORT_SETTINGS)
    expect(sheet.columns.map((c) => [c.group ?? '', c.header])).toEqual([
      ['', 'STT'],
      ['', 'Nội dung'],
      ['', 'Tổng số HTTT'],
      ['Phê duyệt hồ sơ', 'Đã phê duyệt'],
      ['Phê duyệt hồ sơ', 'Tỷ lệ'],
      ['Phê duyệt hồ sơ', 'Quá hạn'],
      ['Triển khai phương án', 'Đã triển khai đầy đủ'],
      ['Triển khai phương án', 'Tỷ lệ'],
      ['Triển khai phương án', 'Quá hạn'],
      ['Kiểm tra, đánh giá', 'Quá hạn'],
      ['Kiểm tra, đánh giá', 'Sắp đến hạn'],
      ['', 'Chưa xác định cấp độ'],
    ])
  })

  it('shows a rate of 0, not NaN, for an empty register', () => {
    const empty = {
      asOf: FIXTURE_AS_OF,
      rows: [],
      aggregates: { ...register.aggregates, totals: emptyCounters() },
    }
    const total = summarySheet(empty, FIXTURE_AS_OF, DEFAULT_REPORT_SETTINGS).rows.at(-1)
    expect(total?.cells.slice(2, 5)).toEqual([0, 0, { rate: 0 }])
  })
})

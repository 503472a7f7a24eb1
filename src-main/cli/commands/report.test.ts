import { beforeAll, describe, expect, it } from 'vitest'
import { emptyCounters, type Counters } from '../../../src-renderer/src/domain/aggregate'
import { systemIdFor } from '../../../src-renderer/src/domain/inventory/ids'
import { readInventoryWorkbook } from '../../../src-renderer/src/excel/import/read-workbook'
import {
  buildInventoryWithErrors,
  buildInventoryWorkbook,
  excelDate,
} from '../../../test/fixtures/messy-workbooks'
import { fakeIo } from '../test-support/fake-io'
import { EXIT } from '../io'
import { reportCommand } from './report'

const HEADER = [
  'Tên hệ thống',
  'Đơn vị',
  'Cấp độ',
  'Tình trạng hồ sơ',
  'Ngày phê duyệt',
  'Ngày triển khai phương án',
  'Ngày kiểm tra, đánh giá gần nhất',
  'Ngày đưa vào vận hành',
]

const files: Record<string, Uint8Array> = {}
beforeAll(async () => {
  files['a.xlsx'] = await buildInventoryWorkbook(HEADER, [
    [
      'Cổng thông tin',
      '  Sở  Y tế '.normalize('NFD'),
      3,
      'Đã phê duyệt',
      excelDate(2024, 3, 15),
      '20/12/2024',
      '01/12/2025',
    ],
    ['Một cửa', 'Sở Y tế', 2, null, '10/01/2025', 'Đang triển khai'],
    ['Thư điện tử', 'Văn phòng UBND', 'V', 'Đã phê duyệt', '15/01/2025', 'x'],
  ])
  files['b.xlsx'] = await buildInventoryWorkbook(HEADER, [
    ['Wifi', 'văn phòng ubnd', null],
    ['Camera', 'Sở Xây dựng', 4, 'Đang xây dựng', null, null, null, '01/03/2027'],
  ])
  files['errors.xlsx'] = await buildInventoryWithErrors()
})

const counters = (c: Partial<Counters>): Counters => ({ ...emptyCounters(), ...c })

describe('report --json', () => {
  it('evaluates every system of every file as of the day and prints one object', async () => {
    const io = fakeIo(files)
    expect(await reportCommand(['a.xlsx', 'b.xlsx', '--as-of', '2026-11-22', '--json'], io)).toBe(EXIT.ok)
    expect(io.err).toBe('')
    const report = JSON.parse(io.out)
    expect(Object.keys(report)).toEqual(['asOf', 'totals', 'byLevel', 'byUnit', 'systems'])
    expect(report.asOf).toBe('2026-11-22')
    expect(report.totals).toEqual(
      counters({
        systems: 5,
        approved: 3,
        approvalOverdue: 1,
        deployed: 2,
        deploymentOverdue: 2,
        assessmentOverdue: 1,
        assessmentDueSoon: 1,
        missingLevel: 1,
      }),
    )
    expect(report.byLevel).toEqual({
      '1': counters({}),
      '2': counters({ systems: 1, approved: 1, deploymentOverdue: 1 }),
      '3': counters({ systems: 1, approved: 1, deployed: 1, assessmentDueSoon: 1 }),
      '4': counters({ systems: 1 }),
      '5': counters({ systems: 1, approved: 1, deployed: 1, assessmentOverdue: 1 }),
      unknown: counters({ systems: 1, approvalOverdue: 1, deploymentOverdue: 1, missingLevel: 1 }),
    })
    expect(report.byUnit).toEqual({
      'Sở Y tế': counters({
        systems: 2,
        approved: 2,
        deployed: 1,
        deploymentOverdue: 1,
        assessmentDueSoon: 1,
      }),
      'Văn phòng UBND': counters({
        systems: 2,
        approved: 1,
        approvalOverdue: 1,
        deployed: 1,
        deploymentOverdue: 1,
        assessmentOverdue: 1,
        missingLevel: 1,
      }),
      'Sở Xây dựng': counters({ systems: 1 }),
    })
    expect(report.systems).toEqual([
      {
        id: systemIdFor('Sở Y tế', 'Cổng thông tin'),
        name: 'Cổng thông tin',
        unit: 'Sở Y tế',
        level: 3,
        approval: 'approved',
        deployment: 'deployed',
        assessment: 'due_soon',
        nextAssessmentDue: '2026-12-01',
      },
      {
        id: systemIdFor('Sở Y tế', 'Một cửa'),
        name: 'Một cửa',
        unit: 'Sở Y tế',
        level: 2,
        approval: 'approved',
        deployment: 'overdue',
        assessment: 'ok',
        nextAssessmentDue: '2027-01-10',
      },
      {
        id: systemIdFor('Văn phòng UBND', 'Thư điện tử'),
        name: 'Thư điện tử',
        unit: 'Văn phòng UBND',
        level: 5,
        approval: 'approved',
        deployment: 'deployed',
        assessment: 'overdue',
        nextAssessmentDue: '2025-07-15',
      },
      {
        id: systemIdFor('Văn phòng UBND', 'Wifi'),
        name: 'Wifi',
        unit: 'Văn phòng UBND',
        level: null,
        approval: 'overdue',
        deployment: 'overdue',
        assessment: 'not_applicable',
        nextAssessmentDue: null,
      },
      {
        id: systemIdFor('Sở Xây dựng', 'Camera'),
        name: 'Camera',
        unit: 'Sở Xây dựng',
        level: 4,
        approval: 'pending',
        deployment: 'pending',
        assessment: 'not_applicable',
        nextAssessmentDue: null,
      },
    ])
  })

  it('gives the same ids and figures on every run', async () => {
    const first = fakeIo(files)
    const second = fakeIo(files)
    await reportCommand(['a.xlsx', 'b.xlsx', '--as-of', '2026-11-22', '--json'], first)
    await reportCommand(['a.xlsx', 'b.xlsx', '--as-of', '2026-11-22', '--json'], second)
    expect(second.out).toBe(first.out)
  })

  it('accepts the other shipped rule set', async () => {
    const io = fakeIo(files)
    expect(
      await reportCommand(['a.xlsx', '--as-of', '2026-11-22', '--ruleset', 'ND331-2026', '--json'], io),
    ).toBe(EXIT.ok)
    expect(JSON.parse(io.out).totals.systems).toBe(3)
  })
})

describe('report, read by a person', () => {
  it('prints the totals, per level and per unit, in Vietnamese', async () => {
    const io = fakeIo(files)
    expect(await reportCommand(['a.xlsx', 'b.xlsx', '--as-of', '2026-11-22'], io)).toBe(EXIT.ok)
    expect(io.out).toContain('tính đến ngày 22/11/2026 (bộ quy tắc ND85-CT09-2024)')
    expect(io.out).toContain('Tổng cộng: 5 hệ thống; đã phê duyệt 3, quá hạn phê duyệt 1;')
    expect(io.out).toContain('  Chưa xác định: 1 hệ thống;')
    expect(io.out).toContain('  Văn phòng UBND: 2 hệ thống;')
  })
})

describe('report --out', () => {
  it('writes the report workbook, which imports back with the same systems and ids', async () => {
    const io = fakeIo(files)
    const code = await reportCommand(
      ['a.xlsx', 'b.xlsx', '--as-of', '2026-11-22', '--out', 'bc.xlsx', '--json'],
      io,
    )
    expect(code).toBe(EXIT.ok)
    expect(io.err).toBe('Đã ghi báo cáo: bc.xlsx\n')
    const written = io.written.get('bc.xlsx')
    expect(written).toBeDefined()
    const reread = await readInventoryWorkbook(written as Uint8Array)
    expect(reread.errors).toEqual([])
    const ids = JSON.parse(io.out).systems.map((s: { id: string }) => s.id)
    expect(reread.rows.map((r) => r.record.id).sort()).toEqual([...ids].sort())

    const again = fakeIo({ 'bc.xlsx': written as Uint8Array })
    expect(await reportCommand(['bc.xlsx', '--as-of', '2026-11-22', '--json'], again)).toBe(EXIT.ok)
    const before = JSON.parse(io.out)
    const after = JSON.parse(again.out)
    expect(after.totals).toEqual(before.totals)
    expect(after.byLevel).toEqual(before.byLevel)
    expect(after.byUnit).toEqual(before.byUnit)
  })
})

describe('report refuses', () => {
  it('a file with errors: exit 1, errors on stderr, nothing printed or written', async () => {
    const io = fakeIo(files)
    const code = await reportCommand(
      ['a.xlsx', 'errors.xlsx', '--as-of', '2026-11-22', '--out', 'bc.xlsx', '--json'],
      io,
    )
    expect(code).toBe(EXIT.dataErrors)
    expect(io.err).toContain('Có 5 lỗi, chưa lập báo cáo:')
    expect(io.err).toContain('Tệp "errors.xlsx", Dòng 7, cột "Ngày phê duyệt" (giá trị "31/02/2024")')
    expect(io.out).toBe('')
    expect(io.written.size).toBe(0)
  })

  it('the same system in two files (exit 1)', async () => {
    const io = fakeIo(files)
    expect(await reportCommand(['a.xlsx', 'a.xlsx', '--as-of', '2026-11-22', '--json'], io)).toBe(
      EXIT.dataErrors,
    )
    expect(io.err).toContain(
      'Tệp "a.xlsx", dòng 2: hệ thống "Cổng thông tin" của đơn vị "Sở Y tế" đã có ở tệp "a.xlsx", dòng 2.',
    )
  })

  it('an unknown rule set, listing the known ones (exit 2)', async () => {
    const io = fakeIo(files)
    expect(await reportCommand(['a.xlsx', '--as-of', '2026-11-22', '--ruleset', 'ND99'], io)).toBe(EXIT.usage)
    expect(io.err).toContain('Không có bộ quy tắc "ND99". Các bộ quy tắc có: ND85-CT09-2024')
    expect(io.err).toContain('ND331-2026')
    expect(io.out).toBe('')
  })

  it.each([
    [['a.xlsx', '--as-of', '2026-02-30'], 'Ngày --as-of không hợp lệ: "2026-02-30".'],
    [['a.xlsx', '--as-of', '22/11/2026'], 'Ngày --as-of không hợp lệ: "22/11/2026".'],
    [['a.xlsx'], 'Thiếu --as-of'],
    [['--as-of', '2026-11-22'], 'Cần ít nhất một tệp Excel'],
    [['missing.xlsx', '--as-of', '2026-11-22'], 'Không tìm thấy tệp "missing.xlsx".'],
  ])('%j (exit 2)', async (args, message) => {
    const io = fakeIo(files)
    expect(await reportCommand(args, io)).toBe(EXIT.usage)
    expect(io.err).toContain(message)
    expect(io.out).toBe('')
  })
})

describe('report --out when the file cannot be written', () => {
  it('says why in Vietnamese and exits 2, printing nothing', async () => {
    const io = fakeIo(files)
    io.writeFile = async () => {
      throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' })
    }
    expect(
      await reportCommand(['a.xlsx', '--as-of', '2026-11-22', '--out', '/goc/bc.xlsx', '--json'], io),
    ).toBe(EXIT.usage)
    expect(io.err).toBe('Không ghi được "/goc/bc.xlsx": không có quyền ghi vào đó.\n')
    expect(io.out).toBe('')
  })
})

/**
 * The round CLI on files alone, over the 95 units of Hải Phòng: requests for every unit, then
 * replies edited with ExcelJS as units would (a changed level, an error, another unit's system, one
 * reply given twice), collected with --json and --out; and the usage errors, in Vietnamese.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { generateDemoDataset, type DemoDataset } from '../../../src-renderer/src/demo/generate'
import { parseUnitsCsv } from '../../../src-renderer/src/demo/units-csv'
import { evaluateRegister } from '../../../src-renderer/src/domain/register'
import { DEFAULT_REPORT_SETTINGS } from '../../../src-renderer/src/domain/report/settings'
import { ND85_CT09_2024 } from '../../../src-renderer/src/domain/rule-set'
import { REQUEST_COLUMNS } from '../../../src-renderer/src/domain/rounds/request-sheet'
import type { Round } from '../../../src-renderer/src/domain/rounds/round'
import { buildReportWorkbook } from '../../../src-renderer/src/excel/export/report-workbook'
import { readInventoryWorkbook } from '../../../src-renderer/src/excel/import/read-workbook'
import { DATA_SHEET, HEADER_ROW } from '../../../src-renderer/src/excel/rounds/request-workbook'
import { fakeIo, type FakeIo } from '../test-support/fake-io'
import { EXIT } from '../io'
import { runCli } from '../run'

const AS_OF = '2026-11-30'
const UNITS_CSV = resolve(__dirname, '../../../resources/seed/don-vi-mau-hai-phong.csv')
const column = (header: string): number => REQUEST_COLUMNS.findIndex((c) => c.header === header) + 1

let demo: DemoDataset
const files: Record<string, Uint8Array> = {}
let requests: FakeIo

async function edit(bytes: Uint8Array, change: (ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx['load']>[0])
  change(workbook.getWorksheet(DATA_SHEET)!)
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

const unitOf = (name: string) => demo.units.find((u) => u.name === name)!
const systemsOf = (name: string) => demo.systems.filter((s) => s.unitId === unitOf(name).id)
const requestOf = (unit: string): Uint8Array => requests.written.get(`phieu/Phiếu - ${unit}.xlsx`)!

beforeAll(async () => {
  const csv = readFileSync(UNITS_CSV)
  demo = generateDemoDataset({ seed: 17, asOf: AS_OF, seedUnits: parseUnitsCsv(csv.toString('utf8')) })
  files['units.csv'] = new Uint8Array(csv)
  files['danh-muc.xlsx'] = await buildReportWorkbook({
    register: evaluateRegister(demo, ND85_CT09_2024, AS_OF),
    ruleSet: ND85_CT09_2024,
    asOf: AS_OF,
    settings: DEFAULT_REPORT_SETTINGS,
    sheets: ['register'],
    assessments: demo.assessments,
  })
  requests = fakeIo(files)
  const code = await runCli(
    [
      'round',
      'requests',
      'danh-muc.xlsx',
      '--units',
      'units.csv',
      '--as-of',
      AS_OF,
      '--out',
      'phieu',
      '--letter-no',
      '125/STTTT-BCVT',
      '--letter-date',
      '2026-11-20',
      '--due',
      '2026-12-10',
    ],
    requests,
    { version: 'test' },
  )
  expect(requests.err).toBe('')
  expect(code).toBe(EXIT.ok)
}, 120_000)

describe('round requests', () => {
  it('writes one workbook per unit of the list, named after the unit, and the round’s record', () => {
    const names = [...requests.written.keys()]
    expect(names.filter((n) => n.endsWith('.xlsx'))).toHaveLength(95)
    expect(names).toContain('phieu/Phiếu - Sở Y tế.xlsx')
    const round = JSON.parse(
      new TextDecoder().decode(requests.written.get('phieu/dot-thu-thap.json')),
    ) as Round
    expect(round.recipients).toHaveLength(95)
    expect([round.letterNo, round.letterDate, round.asOf, round.dueOn]).toEqual([
      '125/STTTT-BCVT',
      '2026-11-20',
      AS_OF,
      '2026-12-10',
    ])
    expect(new Set(round.recipients.map((r) => r.token)).size).toBe(95)
    expect(requests.out).toContain(`Đã tạo 95 phiếu (${demo.systems.length} hệ thống ghi sẵn)`)
  })

  it('each request holds its unit’s systems, read back by the import', async () => {
    const parsed = await readInventoryWorkbook(requestOf('Sở Y tế'))
    expect(parsed.rows.map((r) => r.record.id).sort()).toEqual(
      systemsOf('Sở Y tế')
        .map((s) => s.id)
        .sort(),
    )
  })
})

describe('round collect', () => {
  let io: FakeIo
  let result: {
    round: { recipients: number; letterNo: string }
    replies: {
      file: string
      unit: string
      status: string
      changed: { systemId: string; changes: unknown[] }[]
      otherUnit: { systemId: string }[]
      errors: { message: string }[]
      added: unknown[]
    }[]
    notReplied: { unit: string }[]
    out: string
  }
  let code: number
  const health = () =>
    systemsOf('Sở Y tế').find(
      (s) => s.dossierState !== 'approved' && s.dossierState !== 'revising' && s.level !== 5,
    )!

  beforeAll(async () => {
    const target = health()
    const other = systemsOf('Sở Tài chính')[0]
    const rowOf = (ws: ExcelJS.Worksheet, id: string) => {
      for (let r = HEADER_ROW + 1; r <= ws.rowCount; r++) if (ws.getCell(r, 2).value === id) return r
      throw new Error(id)
    }
    io = fakeIo({
      ...files,
      'danh-muc.xlsx': files['danh-muc.xlsx'],
      'y-te.xlsx': await edit(requestOf('Sở Y tế'), (ws) => {
        ws.getCell(rowOf(ws, target.id), column('Cấp độ đề xuất')).value =
          (target.level ?? 1) + 1 > 5 ? 1 : (target.level ?? 1) + 1
      }),
      'tu-phap.xlsx': await edit(requestOf('Sở Tư pháp'), (ws) => {
        ws.getCell(HEADER_ROW + 20, column('Tên hệ thống thông tin')).value = 'Hệ thống lý lịch tư pháp'
        ws.getCell(HEADER_ROW + 20, column('Cấp độ đề xuất')).value = 'cao'
      }),
      'xay-dung.xlsx': await edit(requestOf('Sở Xây dựng'), (ws) => {
        ws.getCell(HEADER_ROW + 20, 2).value = other.id
        ws.getCell(HEADER_ROW + 20, column('Tên hệ thống thông tin')).value = other.name
      }),
    })
    code = await runCli(
      [
        'round',
        'collect',
        'danh-muc.xlsx',
        'y-te.xlsx',
        'tu-phap.xlsx',
        'xay-dung.xlsx',
        'y-te.xlsx',
        '--json',
        '--out',
        'tong-hop.xlsx',
      ],
      io,
      { version: 'test' },
    )
    result = JSON.parse(io.out)
  }, 120_000)

  it('prints one JSON object: each reply per unit, and the 92 units that have not replied', () => {
    expect(io.err).toBe('')
    expect(result.round).toMatchObject({ letterNo: '125/STTTT-BCVT', recipients: 95 })
    expect(result.replies.map((r) => [r.file, r.unit, r.status])).toEqual([
      ['y-te.xlsx', 'Sở Y tế', 'applied'],
      ['tu-phap.xlsx', 'Sở Tư pháp', 'errors'],
      ['xay-dung.xlsx', 'Sở Xây dựng', 'applied'],
      ['y-te.xlsx', 'Sở Y tế', 'applied'],
    ])
    expect(result.notReplied).toHaveLength(92)
    expect(result.notReplied.map((u) => u.unit)).not.toContain('Sở Tư pháp')
  })

  it('the changed level is listed field by field; the same reply a second time changes nothing', () => {
    const target = health()
    expect(result.replies[0].changed.map((c) => [c.systemId, c.changes])).toEqual([
      [
        target.id,
        [
          {
            field: 'level',
            from: target.level,
            to: (target.level ?? 1) + 1 > 5 ? 1 : (target.level ?? 1) + 1,
          },
        ],
      ],
    ])
    expect([result.replies[3].changed, result.replies[3].added]).toEqual([[], []])
  })

  it('a reply with an error names the cell and is not applied; another unit’s system is shown, not applied', () => {
    expect(result.replies[1].errors.map((e) => e.message)).toEqual([
      expect.stringContaining('Cấp độ phải là 1–5'),
    ])
    expect(result.replies[2].otherUnit.map((o) => o.systemId)).toEqual([systemsOf('Sở Tài chính')[0].id])
    expect(code).toBe(EXIT.dataErrors)
  })

  it('--out writes the merged inventory: the new level, the other unit’s system as it was', async () => {
    const merged = await readInventoryWorkbook(io.written.get('tong-hop.xlsx')!)
    const byId = new Map(merged.rows.map((r) => [r.record.id, r.record]))
    const target = health()
    expect(byId.get(target.id)?.level).toBe((target.level ?? 1) + 1 > 5 ? 1 : (target.level ?? 1) + 1)
    const other = systemsOf('Sở Tài chính')[0]
    expect(byId.get(other.id)?.level).toBe(other.level)
    expect(merged.rows).toHaveLength(demo.systems.length)
  })

  it('with the round’s record, a reply of a closed round or with another unit’s token is refused', async () => {
    const record = JSON.parse(
      new TextDecoder().decode(requests.written.get('phieu/dot-thu-thap.json')),
    ) as Round
    const closed = { ...record, closedOn: '2026-12-20' }
    const check = fakeIo({
      ...files,
      'y-te.xlsx': requestOf('Sở Y tế'),
      'closed.json': new TextEncoder().encode(JSON.stringify(closed)),
    })
    expect(
      await runCli(['round', 'collect', 'danh-muc.xlsx', 'y-te.xlsx', '--round', 'closed.json'], check, {
        version: 'test',
      }),
    ).toBe(EXIT.dataErrors)
    expect(check.out).toContain(
      'KHÔNG NHẬN. Phiếu trả lời đợt thu thập theo công văn số 125/STTTT-BCVT ngày 20/11/2026, đợt này đã đóng ngày 20/12/2026',
    )
    const swapped = {
      ...record,
      recipients: record.recipients.map((r) => ({ ...r, token: 'another-token-0123456789' })),
    }
    const forged = fakeIo({
      ...files,
      'y-te.xlsx': requestOf('Sở Y tế'),
      'r.json': new TextEncoder().encode(JSON.stringify(swapped)),
    })
    await runCli(['round', 'collect', 'danh-muc.xlsx', 'y-te.xlsx', '--round', 'r.json', '--json'], forged, {
      version: 'test',
    })
    expect(JSON.parse(forged.out).replies[0]).toMatchObject({
      status: 'refused',
      message: expect.stringContaining('mã xác nhận không khớp'),
    })
  })

  it('a workbook that is not a CapDo request is refused with what to do', async () => {
    const plain = fakeIo({ ...files })
    await runCli(['round', 'collect', 'danh-muc.xlsx', 'danh-muc.xlsx', '--json'], plain, { version: 'test' })
    expect(JSON.parse(plain.out).replies[0]).toMatchObject({
      status: 'refused',
      message: expect.stringContaining('không có dấu phiếu của CapDo'),
    })
  })
})

describe('round usage errors, in Vietnamese', () => {
  it.each<[string[], string]>([
    [['round'], 'Thiếu lệnh con của "round"'],
    [['round', 'send'], 'Không có lệnh "round send"'],
    [['round', 'requests', 'danh-muc.xlsx', '--as-of', AS_OF, '--out', 'd'], 'Thiếu --units'],
    [['round', 'requests', 'danh-muc.xlsx', '--units', 'units.csv', '--out', 'd'], 'Thiếu --as-of'],
    [
      ['round', 'requests', 'danh-muc.xlsx', '--units', 'units.csv', '--as-of', '30/11/2026', '--out', 'd'],
      'Ngày --as-of không hợp lệ: "30/11/2026"',
    ],
    [['round', 'requests', 'danh-muc.xlsx', '--units', 'units.csv', '--as-of', AS_OF], 'Thiếu --out'],
    [
      ['round', 'requests', 'danh-muc.xlsx', '--units', 'none.csv', '--as-of', AS_OF, '--out', 'd'],
      'Không tìm thấy tệp "none.csv"',
    ],
    [
      ['round', 'requests', 'danh-muc.xlsx', '--units', 'danh-muc.xlsx', '--as-of', AS_OF, '--out', 'd'],
      'không phải văn bản UTF-8',
    ],
    [
      [
        'round',
        'requests',
        'danh-muc.xlsx',
        '--units',
        'units.csv',
        '--as-of',
        AS_OF,
        '--due',
        '2026-11-01',
        '--out',
        'd',
      ],
      'Hạn gửi báo cáo (01/11/2026) không được trước ngày công văn (30/11/2026)',
    ],
    [['round', 'collect', 'danh-muc.xlsx'], 'Cần ít nhất một phiếu trả lời'],
    [
      ['round', 'collect', 'danh-muc.xlsx', 'a.xlsx', '--round', 'units.csv'],
      'không phải hồ sơ đợt thu thập',
    ],
  ])('%j', async (args, message) => {
    const io = fakeIo(files)
    expect(await runCli(args, io, { version: 'test' })).toBe(EXIT.usage)
    expect(io.err).toContain(message)
    expect(io.written.size).toBe(0)
  })
})

describe('round commands over an inventory with errors', () => {
  it.each([
    [
      ['round', 'requests', 'loi.csv', '--units', 'units.csv', '--as-of', AS_OF, '--out', 'phieu'],
      'chưa tạo phiếu',
    ],
    [['round', 'collect', 'loi.csv', 'a.xlsx'], 'chưa tổng hợp'],
  ])('%j lists each bad cell, says how to go on and writes nothing', async (args, refused) => {
    const csv =
      'Tên hệ thống thông tin,"Đơn vị quản lý, vận hành",Cấp độ đề xuất\nCổng dịch vụ công,Sở Y tế,7\n'
    const io = fakeIo({ ...files, 'loi.csv': new TextEncoder().encode(csv), 'a.xlsx': requestOf('Sở Y tế') })
    expect(await runCli(args, io, { version: 'test' })).toBe(EXIT.dataErrors)
    expect(io.err).toContain(`Tệp danh mục có 1 lỗi, ${refused}:`)
    expect(io.err).toMatch(/Dòng 2.*Cấp độ đề xuất.*7/su)
    expect(io.err).toContain('Hãy sửa các ô trên trong tệp (hoặc kiểm tra bằng lệnh validate) rồi chạy lại.')
    expect(io.written.size).toBe(0)
  })
})

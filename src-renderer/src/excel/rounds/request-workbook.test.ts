/**
 * The request workbooks as a unit receives and returns them: generated for the 95 units of Hải
 * Phòng they read back through the app's own import as the same systems; their structure (marker,
 * dropdowns, dates, protected header) is what the request promises; a reply edited with ExcelJS
 * as a unit would edit it gives the diff the officer is shown, and applying it twice changes
 * nothing the second time.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { generateDemoDataset, type DemoDataset } from '../../demo/generate'
import { parseUnitsCsv } from '../../demo/units-csv'
import { planImport } from '../../domain/inventory/plan-import'
import { applyReply } from '../../domain/rounds/apply-reply'
import { MARKER_SHEET } from '../../domain/rounds/marker'
import { diffReply } from '../../domain/rounds/reply-diff'
import { ASSESSMENT_KIND_HEADER } from '../../domain/rounds/reply-sheet'
import { REQUEST_COLUMNS } from '../../domain/rounds/request-sheet'
import { planRequests, type PlannedRequest } from '../../domain/rounds/requests'
import { createRound, type Round } from '../../domain/rounds/round'
import { GIS, HEALTH, HIS, NOW, PORTAL, sampleRegister, sampleRound } from '../../domain/rounds/test-support'
import { readInventoryWorkbook } from '../import/read-workbook'
import { readReplyFile } from './read-reply'
import { buildRequestWorkbook, DATA_SHEET, GUIDE_SHEET, HEADER_ROW } from './request-workbook'

const AS_OF = '2026-11-30'
const columnOf = (header: string): number => REQUEST_COLUMNS.findIndex((c) => c.header === header) + 1

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx['load']>[0])
  return workbook
}

async function save(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

describe('requests for the 95 units of Hải Phòng read back through the import as the same systems', () => {
  let demo: DemoDataset
  let round: Round
  let requests: PlannedRequest[]
  let files: Uint8Array[]

  beforeAll(async () => {
    const csv = readFileSync(
      resolve(__dirname, '../../../../resources/seed/don-vi-mau-hai-phong.csv'),
      'utf8',
    )
    demo = generateDemoDataset({ seed: 17, asOf: AS_OF, seedUnits: parseUnitsCsv(csv) })
    round = createRound(
      {
        letterNo: '125/STTTT-BCVT',
        letterDate: '2026-11-20',
        subject: 'rà soát hệ thống thông tin',
        asOf: AS_OF,
        dueOn: '2026-12-10',
        recipients: demo.units.map((u) => ({ unitId: u.id, unitName: u.name })),
      },
      {
        id: 'round-hp',
        tokenFor: (unitId) => `token-${unitId}`.padEnd(16, 'x').replace(/[^A-Za-z0-9_-]/g, '_'),
      },
      NOW,
    )
    requests = planRequests(round, demo)
    files = await Promise.all(requests.map((r) => buildRequestWorkbook(r)))
  }, 120_000)

  it('makes one workbook per unit, each named after its unit', () => {
    expect(demo.units).toHaveLength(95)
    expect(files).toHaveLength(95)
    expect(new Set(requests.map((r) => r.fileName)).size).toBe(95)
    expect(requests.find((r) => r.unitName === 'Sở Y tế')?.fileName).toBe('Phiếu - Sở Y tế.xlsx')
  })

  it('each reads through the import with no error, no unknown column but the kind, and changes nothing', async () => {
    let systems = 0
    for (const [i, bytes] of files.entries()) {
      const parsed = await readInventoryWorkbook(bytes)
      expect(parsed.sheetName).toBe(DATA_SHEET)
      expect(parsed.errors).toEqual([])
      expect(parsed.ignoredColumns).toEqual([ASSESSMENT_KIND_HEADER])
      const own = demo.systems.filter((s) => s.unitId === requests[i].unitId)
      expect(parsed.rows.map((r) => r.record.id).sort()).toEqual(own.map((s) => s.id).sort())
      const plan = planImport(parsed.rows, demo)
      expect(plan.add).toEqual([])
      expect(plan.update).toEqual([])
      expect(plan.newUnits).toEqual([])
      systems += parsed.rows.length
    }
    expect(systems).toBe(demo.systems.length)
  }, 120_000)

  it('each carries its own marker, read back as written', async () => {
    for (const [i, bytes] of files.entries()) {
      const reply = await readReplyFile(bytes)
      expect(reply.ok && reply.marker).toEqual(requests[i].marker)
    }
  }, 120_000)
})

describe('what a request workbook holds', () => {
  let workbook: ExcelJS.Workbook
  let request: PlannedRequest

  beforeAll(async () => {
    ;[request] = planRequests(sampleRound(), sampleRegister())
    workbook = await load(await buildRequestWorkbook(request))
  })

  it('an instructions sheet in Vietnamese, the data sheet open, the marker very hidden', () => {
    expect(workbook.worksheets.map((w) => [w.name, w.state])).toEqual([
      [GUIDE_SHEET, 'visible'],
      [DATA_SHEET, 'visible'],
      [MARKER_SHEET, 'veryHidden'],
    ])
    const guide = workbook.getWorksheet(GUIDE_SHEET)!
    expect(guide.getCell('A1').value).toBe('HƯỚNG DẪN ĐIỀN PHIẾU CẬP NHẬT DANH MỤC HỆ THỐNG THÔNG TIN')
    expect(guide.getCell('A4').value).toBe('Số liệu tính đến ngày 30/11/2026. Hạn gửi lại phiếu: 10/12/2026.')
  })

  it('the header row is locked under sheet protection; the rows below are editable, insertable, deletable', () => {
    const ws = workbook.getWorksheet(DATA_SHEET)!
    // exceljs reads the protection into a property its types leave out.
    expect((ws as unknown as { sheetProtection: unknown }).sheetProtection).toMatchObject({
      sheet: true,
      insertRows: true,
      deleteRows: true,
    })
    expect(ws.getCell(HEADER_ROW, 2).value).toBe('Mã hệ thống')
    // Locked is the default a reader leaves out; the column style under it is unlocked.
    expect(ws.getCell(HEADER_ROW, 2).protection?.locked).not.toBe(false)
    expect(ws.getColumn(2).style.protection).toMatchObject({ locked: false })
    expect(ws.getCell(HEADER_ROW + 1, columnOf('Cấp độ đề xuất')).protection).toMatchObject({ locked: false })
    expect(ws.getCell(HEADER_ROW + 40, columnOf('Tên hệ thống thông tin')).protection).toMatchObject({
      locked: false,
    })
  })

  it('dropdowns for level, dossier state, deployment and assessment kind; real dd/mm/yyyy dates', () => {
    const ws = workbook.getWorksheet(DATA_SHEET)!
    const empty = HEADER_ROW + 10
    const list = (header: string) => ws.getCell(empty, columnOf(header)).dataValidation
    expect(list('Cấp độ đề xuất')).toMatchObject({ type: 'list', formulae: ['"1,2,3,4,5"'] })
    expect(list('Tình trạng hồ sơ')).toMatchObject({
      type: 'list',
      formulae: [
        '"Chưa xây dựng hồ sơ,Đang xây dựng,Đã trình thẩm định,Đã có ý kiến thẩm định,Đã phê duyệt,Đang xác định lại cấp độ"',
      ],
    })
    expect(list('Triển khai phương án bảo đảm ATTT')).toMatchObject({
      type: 'list',
      formulae: ['"Chưa triển khai,Đã triển khai một số hạng mục,Đã triển khai đầy đủ"'],
    })
    expect(list(ASSESSMENT_KIND_HEADER)).toMatchObject({
      type: 'list',
      formulae: ['"Trước khi đưa vào sử dụng,Định kỳ,Đột xuất,Chưa rõ hình thức"'],
    })
    expect(list('Ngày phê duyệt')).toMatchObject({ type: 'date' })
    const approvedOn = ws.getCell(HEADER_ROW + 1, columnOf('Ngày phê duyệt'))
    expect(approvedOn.value).toEqual(new Date(Date.UTC(2024, 2, 15)))
    expect(approvedOn.numFmt).toBe('dd/mm/yyyy')
  })
})

describe('a reply edited by the unit in a spreadsheet program', () => {
  const register = sampleRegister()
  const [request] = planRequests(sampleRound(), register)

  async function editedReply(): Promise<Uint8Array> {
    const workbook = await load(await buildRequestWorkbook(request))
    const ws = workbook.getWorksheet(DATA_SHEET)!
    const rowOf = (id: string) => {
      for (let r = HEADER_ROW + 1; r <= ws.rowCount; r++) if (ws.getCell(r, 2).value === id) return r
      throw new Error(id)
    }
    // A changed level: the system in drafting goes to level 3.
    ws.getCell(rowOf(HIS.id), columnOf('Cấp độ đề xuất')).value = 3
    // The approved portal's level changed without a new decision: held.
    ws.getCell(rowOf(PORTAL.id), columnOf('Cấp độ đề xuất')).value = 4
    // An added system in the first empty row, unit left blank, a real date typed.
    const added = HEADER_ROW + 3
    ws.getCell(added, columnOf('Tên hệ thống thông tin')).value = '=Hệ thống đặt lịch khám'
    ws.getCell(added, columnOf('Cấp độ đề xuất')).value = 2
    ws.getCell(added, columnOf('Ngày đưa vào vận hành')).value = new Date(Date.UTC(2026, 5, 1))
    // A row about another unit's system.
    const foreign = HEADER_ROW + 4
    ws.getCell(foreign, 2).value = GIS.id
    ws.getCell(foreign, columnOf('Tên hệ thống thông tin')).value = GIS.name
    ws.getCell(foreign, columnOf('Cấp độ đề xuất')).value = 5
    return save(workbook)
  }

  it('shows the change, the held level, the new system, the other unit’s row; applying twice changes nothing more', async () => {
    const bytes = await editedReply()
    const reply = await readReplyFile(bytes)
    if (!reply.ok) throw new Error(reply.message)
    const input = (reg: typeof register) => ({
      rows: reply.sheet.parse.rows,
      errors: reply.sheet.parse.errors,
      presentIds: reply.sheet.presentIds,
      kinds: reply.sheet.kinds,
      unit: { unitId: reply.marker.unitId, unitName: reply.marker.unitName },
      sentSystems: reply.marker.systems,
      register: reg,
    })
    const diff = diffReply(input(register))
    expect(diff.unitName).toBe(HEALTH.name)
    expect(diff.errors).toEqual([])
    expect(diff.changed.map((c) => [c.systemId, c.changes])).toEqual([
      [HIS.id, [{ field: 'level', from: 2, to: 3 }]],
    ])
    expect(diff.levelHeld.map((h) => [h.systemId, h.fileLevel])).toEqual([[PORTAL.id, 4]])
    expect(
      diff.added.map((a) => [a.row.record.name, a.row.record.unit, a.row.record.commissionedOn]),
    ).toEqual([['=Hệ thống đặt lịch khám', HEALTH.name, '2026-06-01']])
    expect(diff.otherUnit.map((o) => o.systemId)).toEqual([GIS.id])
    expect(diff.removed).toEqual([])

    const first = applyReply(register, diff, NOW)
    expect(first.register.systems.find((s) => s.id === PORTAL.id)?.level).toBe(3)
    expect(first.register.systems.find((s) => s.id === GIS.id)).toEqual(GIS)
    const again = diffReply(input(first.register))
    expect([again.added, again.changed]).toEqual([[], []])
    expect(applyReply(first.register, again, NOW).register).toEqual(first.register)
  })

  it('a row the unit deleted is listed as removed by the unit', async () => {
    const workbook = await load(await buildRequestWorkbook(request))
    const ws = workbook.getWorksheet(DATA_SHEET)!
    ws.spliceRows(HEADER_ROW + 2, 1)
    const reply = await readReplyFile(await save(workbook))
    if (!reply.ok) throw new Error(reply.message)
    const diff = diffReply({
      rows: reply.sheet.parse.rows,
      errors: reply.sheet.parse.errors,
      presentIds: reply.sheet.presentIds,
      unit: reply.marker,
      sentSystems: reply.marker.systems,
      register,
    })
    expect(diff.removed).toEqual([{ systemId: HIS.id, name: HIS.name }])
  })

  it('a workbook without the marker says it is not a CapDo request', async () => {
    const workbook = await load(await buildRequestWorkbook(request))
    workbook.removeWorksheet(workbook.getWorksheet(MARKER_SHEET)!.id)
    expect(await readReplyFile(await save(workbook))).toMatchObject({ ok: false, code: 'no_marker' })
  })
})

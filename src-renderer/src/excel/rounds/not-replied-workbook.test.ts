/**
 * "Xuất danh sách đơn vị chưa báo cáo" read back with ExcelJS: a round over the 95 units of Hải
 * Phòng, half of them replied; the list holds exactly the others, block by block, in the report's
 * layout (title, letter and as-of lines, header, real dd/mm/yyyy dates, signer, A4 landscape).
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { parseUnitsCsv } from '../../demo/units-csv'
import { DEFAULT_REPORT_SETTINGS } from '../../domain/report/settings'
import { markReceived, type Round } from '../../domain/rounds/round'
import { sentRoundTo } from '../../domain/rounds/test-support'
import { buildNotRepliedWorkbook } from './not-replied-workbook'

const seed = parseUnitsCsv(readFileSync(resolve('resources/seed/don-vi-mau-hai-phong.csv'), 'utf8'))
const units = seed.map((u, i) => ({ id: `u${i}`, name: u.name, block: u.block }))
const NOW = '2026-12-01T08:00:00.000Z'

/** Sent to all 95 on 01/12, due 15/12; every unit at an even place replied on 10/12. */
function round(): Round {
  let r = sentRoundTo(units, '125/SKHCN-CNTT')
  for (let i = 0; i < units.length; i += 2) r = markReceived(r, units[i].id, '2026-12-10', 1, NOW)
  return r
}

const texts = (ws: ExcelJS.Worksheet): string[] => {
  const out: string[] = []
  ws.eachRow((row) => row.eachCell((cell) => out.push(String(cell.value))))
  return out
}

describe('the list of units without a reply, as a workbook', () => {
  let ws: ExcelJS.Worksheet
  beforeAll(async () => {
    const bytes = await buildNotRepliedWorkbook(
      round(),
      units,
      { ...DEFAULT_REPORT_SETTINGS, signerName: 'Nguyễn Văn An' },
      '2026-12-18',
    )
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    )
    const sheet = workbook.getWorksheet('Chưa báo cáo')
    if (!sheet) throw new Error('no sheet "Chưa báo cáo"')
    ws = sheet
  })

  it('opens with the title, the letter it chases and the as-of line', () => {
    const all = texts(ws)
    expect(all).toContain('DANH SÁCH CƠ QUAN, ĐƠN VỊ CHƯA GỬI BÁO CÁO')
    expect(all).toContain('(Theo Công văn số 125/SKHCN-CNTT ngày 01/12/2026; hạn gửi báo cáo 15/12/2026)')
    expect(all).toContain('Tính đến ngày 18/12/2026')
    expect(all).toContain('Hải Phòng, ngày 18 tháng 12 năm 2026')
    expect(all).toContain('Nguyễn Văn An')
    expect(ws.pageSetup.orientation).toBe('landscape')
    expect(ws.pageSetup.paperSize).toBe(9)
  })

  it('lists exactly the 47 units that did not reply, numbered, each late 3 days, due 15/12/2026 as a date', () => {
    const header = ws.getColumn(1).values.findIndex((v) => v === 'STT')
    expect(ws.getRow(header).values).toEqual([
      undefined,
      'STT',
      'Khối, đơn vị',
      'Trạng thái',
      'Hạn gửi',
      'Ghi chú',
    ])
    const listed: string[] = []
    ws.eachRow((row, n) => {
      const stt = row.getCell(1).value
      if (n <= header || typeof stt !== 'number') return
      expect(stt).toBe(listed.length + 1)
      listed.push(String(row.getCell(2).value))
      expect(row.getCell(3).value).toBe('Quá hạn 3 ngày')
      expect(row.getCell(4).value).toEqual(new Date(Date.UTC(2026, 11, 15)))
      expect(row.getCell(4).numFmt).toBe('dd/mm/yyyy')
    })
    const notReplied = units.filter((_, i) => i % 2 === 1).map((u) => u.name)
    expect(listed).toHaveLength(47)
    expect([...listed].sort()).toEqual([...notReplied].sort())
  })

  it('puts each block, with its count, above its units', () => {
    const rows: { stt: unknown; text: string }[] = []
    ws.eachRow((row) => rows.push({ stt: row.getCell(1).value, text: String(row.getCell(2).value) }))
    const groups = rows.filter((r) => typeof r.stt === 'string' && /^[IVX]+$/u.test(r.stt))
    expect(groups.map((g) => g.stt)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'])
    const blockOf = new Map(units.map((u) => [u.name, u.block]))
    let current = ''
    for (const r of rows) {
      if (groups.includes(r)) current = r.text
      else if (typeof r.stt === 'number') expect(current.startsWith(`${blockOf.get(r.text)} (`)).toBe(true)
    }
    const party = groups.find((g) => g.text.startsWith('Khối các cơ quan Đảng thành phố'))
    expect(party?.text).toBe('Khối các cơ quan Đảng thành phố (3 đơn vị)')
  })
})

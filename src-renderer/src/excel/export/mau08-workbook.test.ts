import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  MAU08_AS_OF,
  MAU08_ASSESSMENTS,
  MAU08_FORM_TITLES as MAU08_TITLES,
  mau08Register,
} from '../../domain/test-support/mau08-fixture'
import { makeSystem, makeUnit } from '../../domain/test-support/report-fixture'
import { evaluateRegister } from '../../domain/register'
import { mau08Sheet } from '../../domain/report/mau08'
import { DEFAULT_REPORT_SETTINGS } from '../../domain/report/settings'
import { ND331_2026, ND85_CT09_2024 } from '../../domain/rule-set'
import { buildReportWorkbook } from './report-workbook'
import { writeReportSheet } from './sheet-writer'

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  )
  return workbook
}

function texts(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = []
  ws.eachRow((row) => row.eachCell((cell) => typeof cell.value === 'string' && out.push(cell.value)))
  return out
}

function rowWith(ws: ExcelJS.Worksheet, column: number, text: string): ExcelJS.Row {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(column).value === text) return ws.getRow(r)
  throw new Error(`no row with ${text}`)
}

const cells = (row: ExcelJS.Row) => Array.from({ length: 12 }, (_, i) => row.getCell(i + 1).value)

describe('the Mẫu 08 sheet of the report workbook (Decree 331)', () => {
  let ws: ExcelJS.Worksheet

  beforeAll(async () => {
    const bytes = await buildReportWorkbook({
      register: mau08Register(),
      ruleSet: ND331_2026,
      asOf: MAU08_AS_OF,
      settings: { ...DEFAULT_REPORT_SETTINGS, securityUnitPhone: '0225 3842 000' },
      assessments: MAU08_ASSESSMENTS,
      sheets: ['mau08'],
    })
    const found = (await load(bytes)).getWorksheet('Mẫu 08')
    if (!found) throw new Error('no Mẫu 08 sheet')
    ws = found
  })

  it('has the twelve column titles of the form, numbered (1)–(12) underneath', () => {
    const header = rowWith(ws, 1, 'STT')
    expect(cells(header)).toEqual(MAU08_TITLES)
    expect(cells(ws.getRow(header.number + 1))).toEqual(MAU08_TITLES.map((_, i) => `(${i + 1})`))
    // Both rows repeat at the top of every printed page.
    expect(ws.pageSetup.printTitlesRow).toBe(`${header.number}:${header.number + 1}`)
  })

  it('writes approval, deployment and assessment in the form’s own words', () => {
    const row = (name: string) => cells(rowWith(ws, 2, name))
    expect(row('Cổng dịch vụ công').slice(4)).toEqual([
      3,
      'Đã được phê duyệt',
      '1234/QĐ-UBND, ngày 20/08/2024, UBND thành phố Hải Phòng',
      '56/QĐ-STP, ngày 01/08/2024, Sở Tư pháp',
      null,
      'Đã triển khai đầy đủ',
      null,
      'Trước khi đưa vào sử dụng; Định kỳ',
    ])
    expect(row('Hệ thống quản lý văn bản').slice(5)).toEqual([
      'Đã thẩm định',
      '',
      '',
      new Date(Date.UTC(2027, 2, 31)),
      'Đã triển khai một số hạng mục',
      new Date(Date.UTC(2027, 5, 30)),
      'Trước khi đưa vào sử dụng',
    ])
    expect(row('Cơ sở dữ liệu hộ tịch')[5]).toBe('Đã gửi thẩm định')
    expect(row('Cơ sở dữ liệu hộ tịch')[11]).toBe('Định kỳ')
    expect(row('Mạng nội bộ')[5]).toBe('Đang dự thảo')
    expect(row('Mạng nội bộ')[9]).toBe('Chưa triển khai')
    // An ad hoc assessment is neither kind the form counts: column (12) stays empty.
    expect(row('Thư điện tử')[11]).toBe('')
    expect(rowWith(ws, 2, 'Hệ thống quản lý văn bản').getCell(9).numFmt).toBe('dd/mm/yyyy')
  })

  it('states part 1’s seven totals of the register', () => {
    const all = texts(ws)
    expect(all).toEqual(
      expect.arrayContaining([
        '- Tổng số hệ thống thông tin thuộc phạm vi quản lý: 5;',
        '- Tổng số hệ thống thông tin đã được phân loại (đã xác định được loại hình hệ thống thông tin): 3;',
        '- Tổng số hệ thống thông tin đã xây dựng hồ sơ đề xuất cấp độ: 4;',
        '- Tổng số hệ thống thông tin đã được thẩm định hồ sơ đề xuất cấp độ: 2;',
        '- Tổng số hệ thống thông tin đã được phê duyệt cấp độ: 1;',
        '- Tổng số hệ thống thông tin đã phê duyệt cấp độ được kiểm tra, đánh giá an ninh mạng định kỳ theo quy định: 1;',
        '- Dự kiến thời gian hoàn thành phê duyệt đề xuất cấp độ hệ thống thông tin đối với tất cả các hệ thống thông tin thuộc phạm vi quản lý: 15/05/2027.',
      ]),
    )
    expect(all).toContain(
      '(5) Thông tin liên hệ: số điện thoại 0225 3842 000; thư điện tử ..............................',
    )
  })

  it('states the data period 15/12 of the year before to 14/12', () => {
    expect(texts(ws)).toContain('Kỳ báo cáo năm 2026 (từ ngày 15/12/2025 đến ngày 14/12/2026)')
  })

  it('is laid out as a letter: number and "V/v" left under the issuing body, "Kính gửi" above the text', () => {
    expect(ws.getCell(2, 1).value).toBe('SỞ KHOA HỌC VÀ CÔNG NGHỆ')
    expect(ws.getCell(4, 1).value).toBe('Số: ......')
    expect(ws.getCell(5, 1).value).toBe('V/v kết quả công tác bảo đảm an ninh mạng hệ thống thông tin')
    const addressee = rowWith(ws, 1, 'Kính gửi: ..............................................')
    expect(addressee.number).toBeLessThan(rowWith(ws, 1, '1. Thông tin chung').number)
    expect(ws.pageSetup.orientation).toBe('landscape')
    expect(ws.pageSetup.paperSize).toBe(9)
  })
})

describe('Mẫu 08 with the letter lines and addresses from Settings', () => {
  it('prints "Kính gửi:" once before the list of addressees, and the symbol after the number', async () => {
    const bytes = await buildReportWorkbook({
      register: mau08Register(),
      ruleSet: ND331_2026,
      asOf: MAU08_AS_OF,
      settings: {
        ...DEFAULT_REPORT_SETTINGS,
        addressees: ['Bộ Công an', 'Công an thành phố Hải Phòng'],
        documentSymbol: 'BC-SKHCN',
        ownerAddress: 'Số 18 Hoàng Diệu, thành phố Hải Phòng',
      },
      sheets: ['mau08'],
    })
    const ws = (await load(bytes)).getWorksheet('Mẫu 08')
    if (!ws) throw new Error('no Mẫu 08 sheet')
    expect(ws.getCell(4, 1).value).toBe('Số: ....../BC-SKHCN')
    const label = rowWith(ws, 1, 'Kính gửi:')
    // A merged cell reads back in each cell it covers: once each is enough.
    const list = new Set(
      texts(ws).filter((t) => t.startsWith('- Bộ Công an') || t.startsWith('- Công an thành')),
    )
    expect([...list]).toEqual(['- Bộ Công an;', '- Công an thành phố Hải Phòng.'])
    // The first addressee is on the label's row, the second under it.
    const row = label.number
    const onRow = (r: number) => ws.getRow(r).values as unknown[]
    expect(onRow(row)).toContain('- Bộ Công an;')
    expect(onRow(row + 1)).toContain('- Công an thành phố Hải Phòng.')
    expect(texts(ws)).toContain('(4) Địa chỉ liên lạc: Số 18 Hoàng Diệu, thành phố Hải Phòng')
  })
})

describe('Mẫu 08 of a register longer than a page', () => {
  const unit = makeUnit('u1', 'Sở Thông tin và Truyền thông', 'Khối sở, ban, ngành')
  const systems = Array.from({ length: 120 }, (_, i) =>
    makeSystem({
      id: `s${i + 1}`,
      name: `Hệ thống thông tin số ${String(i + 1).padStart(3, '0')} của Sở Thông tin và Truyền thông`,
      unitId: 'u1',
      level: 2,
      dossierState: 'drafting',
      expectedApprovalOn: '2027-06-30',
    }),
  )
  let ws: ExcelJS.Worksheet

  beforeAll(() => {
    // Written, not read back: exceljs does not read the page breaks of a file.
    const register = evaluateRegister({ units: [unit], systems, assessments: [] }, ND331_2026, MAU08_AS_OF)
    const sheet = mau08Sheet({
      register,
      assessments: [],
      settings: DEFAULT_REPORT_SETTINGS,
      year: 2026,
      ruleSet: ND331_2026,
    })
    const workbook = new ExcelJS.Workbook()
    writeReportSheet(workbook, sheet, DEFAULT_REPORT_SETTINGS, MAU08_AS_OF)
    const found = workbook.getWorksheet('Mẫu 08')
    if (!found) throw new Error('no Mẫu 08 sheet')
    ws = found
  })

  it('prints one landscape page wide at a fixed scale, not shrunk to fit', () => {
    expect(ws.pageSetup.orientation).toBe('landscape')
    expect(ws.pageSetup.fitToPage).toBeFalsy()
    // Twelve columns of names, decisions and dates: at about 58 % (7 pt text) a page holds some
    // fourteen systems, where 80 % held six or seven (test/unit/libreoffice-print.test.ts).
    expect(ws.pageSetup.scale).toBeGreaterThanOrEqual(55)
    expect(ws.pageSetup.scale).toBeLessThanOrEqual(100)
  })

  it('breaks pages itself, and keeps the last system with "Nơi nhận" and the signer', () => {
    const breaks = ws.model.rowBreaks.map((b) => b.id)
    expect(breaks.length).toBeGreaterThan(3)
    const lastSystem = rowWith(ws, 2, systems[systems.length - 1].name).number
    const closing = rowWith(ws, 1, 'Nơi nhận:').number
    // No break from just before the last system's row to the end of the sheet.
    expect(Math.max(...breaks)).toBeLessThan(lastSystem)
    expect(closing).toBeGreaterThan(lastSystem)
  })
})

describe('Mẫu 08 under the quarterly rule set of Decree 85', () => {
  it('is left out by default and written when asked for', async () => {
    const base = {
      register: mau08Register(),
      ruleSet: ND85_CT09_2024,
      asOf: MAU08_AS_OF,
      settings: DEFAULT_REPORT_SETTINGS,
    }
    const byDefault = await load(await buildReportWorkbook(base))
    expect(byDefault.worksheets.map((w) => w.name)).not.toContain('Mẫu 08')
    const asked = await load(await buildReportWorkbook({ ...base, sheets: ['quarterly', 'mau08'] }))
    expect(asked.worksheets.map((w) => w.name)).toEqual(['Báo cáo quý', 'Mẫu 08'])
  })
})

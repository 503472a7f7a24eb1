import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { DERIVED_HEADERS, INVENTORY_COLUMNS } from '../../domain/inventory/columns'
import { FIXTURE_AS_OF, fixtureRegister } from '../../domain/test-support/report-fixture'
import { DEFAULT_REPORT_SETTINGS, type ReportSettings } from '../../domain/report/settings'
import { ND85_CT09_2024 } from '../../domain/rule-set'
import { buildReportWorkbook, type ReportInput } from './report-workbook'

const settings: ReportSettings = {
  ...DEFAULT_REPORT_SETTINGS,
  parentBody: 'Ủy ban nhân dân thành phố Hải Phòng',
  issuingBody: 'Sở Khoa học và Công nghệ',
  place: 'Hải Phòng',
  signerTitle: 'KT. Giám đốc\nPhó Giám đốc',
  signerName: 'Nguyễn Văn An',
  recipients: ['Bộ Công an (A05);', 'Lưu: VT, CNTT.'],
  documentSymbol: 'BC-SKHCN',
}

const input: ReportInput = {
  register: fixtureRegister(),
  ruleSet: ND85_CT09_2024,
  asOf: FIXTURE_AS_OF,
  settings,
}

async function readBack(extra: Partial<ReportInput> = {}): Promise<ExcelJS.Workbook> {
  const bytes = await buildReportWorkbook({ ...input, ...extra })
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  )
  return workbook
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = workbook.getWorksheet(name)
  if (!ws) throw new Error(`no sheet ${name}`)
  return ws
}

/** The row whose cell in `column` holds `text`. */
function findRow(ws: ExcelJS.Worksheet, column: number, text: string): ExcelJS.Row {
  for (let r = 1; r <= ws.rowCount; r++) {
    if (ws.getRow(r).getCell(column).value === text) return ws.getRow(r)
  }
  throw new Error(`no row with ${text}`)
}

function values(row: ExcelJS.Row, from: number, to: number): unknown[] {
  return Array.from({ length: to - from + 1 }, (_, i) => row.getCell(from + i).value)
}

function everyCell(
  workbook: ExcelJS.Workbook,
  visit: (cell: ExcelJS.Cell, ws: ExcelJS.Worksheet) => void,
): void {
  workbook.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => visit(cell, ws))))
}

describe('the report workbook', () => {
  let workbook: ExcelJS.Workbook
  beforeAll(async () => {
    workbook = await readBack()
  })

  it('holds the five sheets in order', async () => {
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual([
      'Tổng hợp',
      'Danh mục',
      'Quá hạn',
      'Sắp đến hạn',
      'Báo cáo quý',
    ])
  })

  it('opens every sheet with the header block of an official document', async () => {
    for (const ws of workbook.worksheets) {
      const parent = ws.getCell('A1')
      expect(parent.value).toBe('ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG')
      expect(parent.font).toMatchObject({ name: 'Times New Roman', size: 12 })
      expect(parent.font.bold).toBeFalsy()
      const issuing = ws.getCell('A2')
      expect(issuing.value).toBe('SỞ KHOA HỌC VÀ CÔNG NGHỆ')
      expect(issuing.font).toMatchObject({ name: 'Times New Roman', bold: true })

      const row1 = values(ws.getRow(1), 1, ws.columnCount)
      const national = row1.indexOf('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM') + 1
      expect(national).toBeGreaterThan(1)
      expect(ws.getCell(1, national).font).toMatchObject({ name: 'Times New Roman', bold: true })
      const motto = ws.getCell(2, national)
      expect(motto.value).toBe('Độc lập - Tự do - Hạnh phúc')
      expect(motto.font).toMatchObject({ name: 'Times New Roman', bold: true, size: 13 })
      expect(motto.font.underline).toBe(true)
      const placeDate = ws.getCell(4, national)
      expect(placeDate.value).toBe('Hải Phòng, ngày 23 tháng 11 năm 2026')
      expect(placeDate.font).toMatchObject({ italic: true, size: 13 })
    }
  })

  it('underlines the motto, whose merged cells end at the last column, and rules the issuing body short', async () => {
    const ws = sheet(workbook, 'Tổng hợp')
    const last = ws.getColumn(ws.columnCount).letter
    const rowTwo = ws.model.merges.filter((m) => /^[A-Z]+2:[A-Z]+2$/.test(m)).sort()
    expect(rowTwo).toHaveLength(2)
    const [left, right] = rowTwo
    expect(left).toMatch(/^A2:/)
    expect(right).toMatch(new RegExp(`:${last}2$`))
    expect(ws.getCell(right.split(':')[0]).value).toBe('Độc lập - Tự do - Hạnh phúc')
    expect(ws.getCell(right.split(':')[0]).font.underline).toBe(true)
    const rule = String(ws.getCell('A3').value)
    expect(rule).toMatch(/^_+$/)
    expect(rule.length).toBeGreaterThan(5)
  })

  it('titles each sheet in bold capitals, centred, with the date of the figures below', async () => {
    const ws = sheet(workbook, 'Tổng hợp')
    const title = findRow(ws, 1, 'BÁO CÁO TỔNG HỢP TÌNH HÌNH BẢO ĐẢM AN TOÀN HỆ THỐNG THÔNG TIN THEO CẤP ĐỘ')
    const cell = title.getCell(1)
    expect(cell.font).toMatchObject({ name: 'Times New Roman', bold: true, size: 14 })
    expect(cell.alignment.horizontal).toBe('center')
    expect(ws.model.merges).toContain(`A${title.number}:L${title.number}`)
    expect(ws.getRow(title.number + 1).getCell(1).value).toBe('Tính đến ngày 23/11/2026')
  })

  it('merges the group headers of Tổng hợp over their columns and the single headers over both rows', async () => {
    const ws = sheet(workbook, 'Tổng hợp')
    const header = findRow(ws, 1, 'STT').number
    expect(ws.model.merges).toEqual(
      expect.arrayContaining([
        `A${header}:A${header + 1}`,
        `B${header}:B${header + 1}`,
        `D${header}:F${header}`,
        `G${header}:I${header}`,
        `J${header}:K${header}`,
      ]),
    )
    expect(ws.getCell(header, 4).value).toBe('Phê duyệt hồ sơ')
    expect(ws.getCell(header, 7).value).toBe('Triển khai phương án')
    expect(ws.getCell(header, 10).value).toBe('Kiểm tra, đánh giá')
    expect(values(ws.getRow(header + 1), 4, 11)).toEqual([
      'Đã phê duyệt',
      'Tỷ lệ',
      'Quá hạn',
      'Đã triển khai đầy đủ',
      'Tỷ lệ',
      'Quá hạn',
      'Quá hạn',
      'Sắp đến hạn',
    ])
    expect(ws.getCell(header, 4).border.top?.style).toBe('thin')
  })

  it('writes the totals of the hand-made register in a bold row, rates as percentages', async () => {
    const ws = sheet(workbook, 'Tổng hợp')
    const total = findRow(ws, 2, 'TỔNG CỘNG')
    expect(values(total, 3, 12)).toEqual([8, 5, 0.625, 2, 4, 0.5, 3, 2, 2, 1])
    expect(total.getCell(3).font.bold).toBe(true)
    expect(total.getCell(4).numFmt).toBeUndefined()
    expect(total.getCell(5).numFmt).toBe('0.0%')
    expect(total.getCell(8).numFmt).toBe('0.0%')
    expect(total.getCell(2).border.bottom?.style).toBe('thin')
    const yte = findRow(ws, 2, 'Sở Y tế')
    expect(values(yte, 3, 12)).toEqual([3, 2, 2 / 3, 1, 1, 1 / 3, 2, 1, 0, 0])
    expect(yte.getCell(3).font.bold).toBeFalsy()
  })

  it('numbers Tổng hợp under the issuing body, beside the place and date, with the symbol from Settings', () => {
    const ws = sheet(workbook, 'Tổng hợp')
    expect(ws.getCell('A4').value).toBe('Số: ....../BC-SKHCN')
    expect(ws.getCell('A4').font).toMatchObject({ name: 'Times New Roman', size: 13 })
    expect(values(ws.getRow(4), 1, ws.columnCount)).toContain('Hải Phòng, ngày 23 tháng 11 năm 2026')
    // The lists are the report's tables, not documents of their own: no number of theirs.
    expect(sheet(workbook, 'Danh mục').getCell('A4').value).toBeNull()
  })

  it('closes with "Nơi nhận:" left and the signer right', async () => {
    const ws = sheet(workbook, 'Tổng hợp')
    const label = findRow(ws, 1, 'Nơi nhận:')
    expect(label.getCell(1).font).toMatchObject({
      name: 'Times New Roman',
      bold: true,
      italic: true,
      size: 12,
    })
    expect(ws.getRow(label.number + 1).getCell(1).value).toBe('- Bộ Công an (A05);')
    expect(ws.getRow(label.number + 2).getCell(1).value).toBe('- Lưu: VT, CNTT.')
    expect(ws.getRow(label.number + 1).getCell(1).font.size).toBe(11)
    const row = values(label, 1, ws.columnCount)
    const signerCol = row.indexOf('KT. GIÁM ĐỐC') + 1
    expect(signerCol).toBeGreaterThan(1)
    expect(ws.getCell(label.number, signerCol).font).toMatchObject({ bold: true })
    expect(ws.getCell(label.number + 1, signerCol).value).toBe('PHÓ GIÁM ĐỐC')
    const nameRow = findRow(ws, signerCol, 'Nguyễn Văn An')
    expect(nameRow.number).toBeGreaterThan(label.number + 3)
    expect(nameRow.getCell(signerCol).font.bold).toBe(true)
  })

  it('writes Times New Roman in every cell', async () => {
    const fonts = new Set<string>()
    everyCell(workbook, (cell) => fonts.add(String(cell.font?.name)))
    expect([...fonts]).toEqual(['Times New Roman'])
  })

  it('heads Danh mục with the import headers and the computed ones, what prints first, the id last', async () => {
    const ws = sheet(workbook, 'Danh mục')
    const header = values(findRow(ws, 1, 'STT'), 1, ws.columnCount)
    expect([...header].sort()).toEqual(
      [
        'STT',
        ...INVENTORY_COLUMNS.map((c) => c.header),
        ...DERIVED_HEADERS.filter((h) => h !== 'STT'),
      ].sort(),
    )
    expect(header.slice(0, 4)).toEqual([
      'STT',
      'Tên hệ thống thông tin',
      'Đơn vị quản lý, vận hành',
      'Cấp độ đề xuất',
    ])
    expect(header.at(-1)).toBe('Mã hệ thống')
  })

  it('writes dates as real dates shown dd/mm/yyyy, on the right day', async () => {
    const ws = sheet(workbook, 'Danh mục')
    const header = values(findRow(ws, 1, 'STT'), 1, ws.columnCount)
    const row = findRow(ws, header.indexOf('Mã hệ thống') + 1, 'sys-0001')
    const approved = row.getCell(header.indexOf('Ngày phê duyệt') + 1)
    expect(approved.type).toBe(ExcelJS.ValueType.Date)
    expect(approved.value).toEqual(new Date(Date.UTC(2024, 5, 10)))
    expect(approved.numFmt).toBe('dd/mm/yyyy')
    const deployed = row.getCell(header.indexOf('Triển khai phương án bảo đảm ATTT') + 1)
    expect(deployed.value).toEqual(new Date(Date.UTC(2024, 10, 15)))
    const words = findRow(ws, header.indexOf('Mã hệ thống') + 1, 'sys-0002')
    expect(words.getCell(header.indexOf('Triển khai phương án bảo đảm ATTT') + 1).value).toBe(
      'Đã triển khai một số hạng mục',
    )
    let dates = 0
    everyCell(ws.workbook, (cell) => {
      if (cell.value instanceof Date) {
        dates++
        expect(cell.numFmt).toBe('dd/mm/yyyy')
      }
    })
    expect(dates).toBeGreaterThan(30)
  })

  it('keeps text that looks like a formula as text, and writes no formula at all', async () => {
    everyCell(workbook, (cell) => {
      expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)
      expect(cell.formula).toBeUndefined()
    })
    const ws = sheet(workbook, 'Danh mục')
    const header = values(findRow(ws, 1, 'STT'), 1, ws.columnCount)
    const id = header.indexOf('Mã hệ thống') + 1
    const name = findRow(ws, id, 'sys-0003').getCell(header.indexOf('Tên hệ thống thông tin') + 1)
    expect(name.type).toBe(ExcelJS.ValueType.String)
    expect(name.value).toBe('=HYPERLINK("x")')
    expect(findRow(ws, id, 'sys-0007').getCell(header.indexOf('Ghi chú') + 1).value).toBe('+84 225 3842 000')
    expect(findRow(ws, id, 'sys-0002').getCell(header.indexOf('Ghi chú') + 1).value).toBe(
      '- Đang bổ sung hồ sơ',
    )
    expect(findRow(ws, id, 'sys-0004').getCell(header.indexOf('Mô tả') + 1).value).toBe('@dịch vụ công')
    expect(findRow(sheet(workbook, 'Quá hạn'), 2, '=HYPERLINK("x")').getCell(2).type).toBe(
      ExcelJS.ValueType.String,
    )
  })

  it('freezes the header, the number and the name of Danh mục and filters every column', async () => {
    const ws = sheet(workbook, 'Danh mục')
    const header = findRow(ws, 1, 'STT').number
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: header, xSplit: 2 })
    // Thirty-two columns: the import's, "Ngày bắt đầu đầu tư, xây dựng" among them, and the computed ones.
    expect(ws.autoFilter).toBe(`A${header}:AF${header + 8}`)
  })

  it('prints on A4 landscape within the decree margins, repeating the table header', async () => {
    for (const ws of workbook.worksheets) {
      const setup = ws.pageSetup
      expect(setup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true })
      expect(setup.margins).toMatchObject({
        left: expect.closeTo(30 / 25.4, 2),
        right: expect.closeTo(15 / 25.4, 2),
        top: expect.closeTo(20 / 25.4, 2),
        bottom: expect.closeTo(20 / 25.4, 2),
      })
      const header = findRow(ws, 1, 'STT').number
      const last = ws.getCell(header + 1, 1).isMergedTo(ws.getCell(header, 1)) ? header + 1 : header
      expect(setup.printTitlesRow).toBe(`${header}:${last}`)
    }
  })

  it('prints each sheet one page wide, the register only its first twelve columns, the id never', async () => {
    for (const name of ['Tổng hợp', 'Quá hạn', 'Sắp đến hạn', 'Báo cáo quý']) {
      expect(sheet(workbook, name).pageSetup.fitToWidth).toBe(1)
    }
    const register = sheet(workbook, 'Danh mục')
    const lastRow = register.rowCount
    expect(register.pageSetup).toMatchObject({ fitToWidth: 1, fitToHeight: 0, printArea: `A1:L${lastRow}` })
    const header = values(findRow(register, 1, 'STT'), 1, register.columnCount)
    expect(header.indexOf('Mã hệ thống')).toBeGreaterThanOrEqual(12)
    // The document's header and title lie over the printed columns.
    const right = register.model.merges.filter((m) => /^[A-Z]+1:[A-Z]+1$/.test(m)).sort()[1]
    expect(right.split(':')[1]).toBe('L1')
  })

  it('keeps the unprinted columns, the id among them, on one line: only what prints sets a row height', () => {
    const ws = sheet(workbook, 'Danh mục')
    const headerRow = findRow(ws, 1, 'STT')
    const header = values(headerRow, 1, ws.columnCount)
    const row = findRow(ws, header.indexOf('Mã hệ thống') + 1, 'sys-0004')
    expect(row.getCell(header.indexOf('Mã hệ thống') + 1).alignment.wrapText).toBeFalsy()
    expect(row.getCell(header.indexOf('Mô tả') + 1).alignment.wrapText).toBeFalsy()
    expect(row.getCell(header.indexOf('Tên hệ thống thông tin') + 1).alignment.wrapText).toBe(true)
  })

  it('fits a short report on one page so the signature never sits alone on the next', () => {
    expect(sheet(workbook, 'Tổng hợp').pageSetup.fitToHeight).toBe(1)
  })

  it('writes the quarterly report for the chosen quarter with its due date', async () => {
    const ws = sheet(
      await readBack({ sheets: ['quarterly'], quarter: { year: 2027, quarter: 1 } }),
      'Báo cáo quý',
    )
    const texts: string[] = []
    ws.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))))
    expect(texts).toContain('Quý I năm 2027')
    expect(texts.some((t) => t.includes('hạn gửi báo cáo: ngày 20/03/2027'))).toBe(true)
    expect(values(findRow(ws, 2, 'Tổng số hệ thống thông tin'), 3, 9)).toEqual([1, 2, 2, 1, 1, 1, 8])
  })

  it('says so in the table when a sheet has no rows', async () => {
    const register = fixtureRegister('2024-01-01')
    const ws = sheet(await readBack({ register, asOf: '2024-01-01', sheets: ['overdue'] }), 'Quá hạn')
    const row = findRow(ws, 1, 'Không có hệ thống thông tin nào quá hạn.')
    expect(ws.model.merges).toContain(`A${row.number}:J${row.number}`)
  })

  it('reports progress up to completion', async () => {
    const seen: number[] = []
    await buildReportWorkbook({ ...input, onProgress: (f) => seen.push(f) })
    expect(seen.length).toBeGreaterThan(2)
    expect(seen.at(-1)).toBe(1)
    expect(seen.every((f, i) => f >= 0 && f <= 1 && (i === 0 || f >= seen[i - 1]))).toBe(true)
  })
})

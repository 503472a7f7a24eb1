import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  buildCapDoExportLike,
  buildInventoryWithErrors,
  buildMessyInventory,
  buildTwoRowHeaderInventory,
  buildWorkbookWithoutHeader,
  notAWorkbook,
} from '../../../../test/fixtures/messy-workbooks'
import { isDomainError } from '../../domain/errors'
import type { InventoryParseResult } from '../../domain/inventory/types'
import { readInventoryWorkbook } from './read-workbook'

async function failureOf(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise
  } catch (error) {
    if (isDomainError(error)) return { code: error.code, message: error.message }
    throw error
  }
  throw new Error('expected a DomainError')
}

describe('reading a messy inventory workbook', () => {
  let result: InventoryParseResult
  beforeAll(async () => {
    result = await readInventoryWorkbook(await buildMessyInventory())
  })

  it('skips the guide sheet and finds the header under the banners and merged titles', () => {
    expect(result.sheetName).toBe('Danh mục HTTT')
    expect(result.headerRow).toBe(7)
  })

  it('maps unaccented, upper-case and reordered headers', () => {
    expect(result.mapping.map((m) => [m.field, m.columnIndex, m.header])).toEqual([
      ['unit', 1, 'DON VI VAN HANH'],
      ['name', 2, 'Ten he thong'],
      ['level', 3, 'Cấp độ (đề xuất)'],
      ['status', 4, 'tình trạng hồ sơ'],
      ['decisionNo', 5, 'Số QĐ phê duyệt'],
      ['approvedOn', 6, 'Ngày phê duyệt'],
      ['deployedOn', 7, 'Hoàn thành triển khai phương án'],
      ['lastAssessedOn', 8, 'Kiem tra, danh gia gan nhat'],
      ['commissionedOn', 9, 'Ngày đưa vào vận hành'],
      ['notes', 11, 'Ghi chú'],
    ])
  })

  it('lists the unknown columns, not the computed one CapDo writes', () => {
    expect(result.ignoredColumns).toEqual(['Người phụ trách', 'Kinh phí (triệu đồng)'])
  })

  it('reads the nine systems and skips the column numbers, blank row, total and notes', () => {
    expect(result.errors).toEqual([])
    expect(result.rowsRead).toBe(9)
    expect(result.rows.map((r) => r.excelRow)).toEqual([9, 10, 11, 13, 14, 15, 16, 17, 18])
  })

  it('reads each value the way §5 says', () => {
    const pick = result.rows.map(({ record: r }) => [
      r.unit,
      r.name,
      r.level,
      r.dossierState,
      r.decisionNo,
      r.approvedOn,
      r.deploymentState,
      r.deployedOn,
      r.lastAssessedOn,
      r.commissionedOn,
    ])
    // prettier-ignore
    expect(pick).toEqual([
      ['Sở Y tế', 'Cổng thông tin điện tử Sở Y tế', 3, 'approved', '1234/QĐ-UBND', '2024-03-15', 'full', '2024-12-20', '2025-03-01', '2020-06-01'],
      ['Sở Y tế', 'Hệ thống quản lý hồ sơ bệnh án', 2, 'approved', '56/QĐ-SYT', '2024-03-15', 'full', null, '2025-01-05', null],
      ['Sở Tài chính', 'Hệ thống quản lý ngân sách', 3, 'submitted', '', null, 'partial', null, '2024-08-15', '2019-07-01'],
      ['SỞ TÀI CHÍNH', 'Phần mềm kế toán', 3, 'not_started', '', null, 'none', null, null, '2023-11-20'],
      ['UBND phường Hồng Bàng', 'Hệ thống một cửa điện tử', 4, 'drafting', '', null, 'full', null, null, null],
      ['UBND phường Hồng Bàng', 'Wifi công cộng', null, 'not_started', '', null, 'none', null, null, null],
      ['Văn phòng UBND thành phố', 'Hệ thống thư điện tử công vụ', 5, 'approved', '99/QĐ-UBND', '2024-02-28', 'full', null, null, null],
      ['Văn phòng UBND thành phố', 'Trang thông tin nội bộ', 1, 'submitted', '', null, 'partial', null, null, null],
      ['Sở Y tế', 'Phần mềm quản lý văn bản', 1, 'revising', '7/QĐ-SYT', '2023-08-31', 'full', null, '2024-02-29', null],
    ])
  })

  it('turns NFD text with stray spaces into NFC with single spaces', () => {
    const { record } = result.rows[1]
    expect(record.unit).toBe('Sở Y tế')
    expect(record.unit).toBe(record.unit.normalize('NFC'))
    expect(record.name).toBe('Hệ thống quản lý hồ sơ bệnh án')
  })

  it('reads rich text, hyperlinks and formula results as what the cell shows', () => {
    expect(result.rows[4].record.name).toBe('Hệ thống một cửa điện tử')
    expect(result.rows[6].record.decisionNo).toBe('99/QĐ-UBND')
    expect(result.rows[8].record.level).toBe(1)
  })

  it('reports progress from 0 to 1', async () => {
    const seen: number[] = []
    await readInventoryWorkbook(await buildMessyInventory(), { onProgress: (f) => seen.push(f) })
    expect(seen[0]).toBe(0)
    expect(seen[seen.length - 1]).toBe(1)
    expect([...seen].sort((a, b) => a - b)).toEqual(seen)
  })
})

describe('reading a workbook with errors', () => {
  it('reports each bad cell at its Excel row, under its header, with the value found', async () => {
    const result = await readInventoryWorkbook(await buildInventoryWithErrors())
    expect(result.errors).toEqual([
      {
        row: 4,
        column: 'Cấp độ',
        field: 'level',
        value: '6',
        message: 'Cấp độ phải là 1–5, "Cấp độ 3" hoặc số La Mã I–V',
      },
      {
        row: 5,
        column: 'Cấp độ',
        field: 'level',
        value: 'cao',
        message: 'Cấp độ phải là 1–5, "Cấp độ 3" hoặc số La Mã I–V',
      },
      {
        row: 6,
        column: 'Trạng thái hồ sơ',
        field: 'status',
        value: 'abc',
        message:
          'Tình trạng hồ sơ phải là một trong: "Chưa xây dựng", "Đang xây dựng", "Đã trình thẩm định", "Đã thẩm định", "Đã phê duyệt", "Đang điều chỉnh" (hoặc để trống)',
      },
      {
        row: 7,
        column: 'Ngày phê duyệt',
        field: 'approvedOn',
        value: '31/02/2024',
        message:
          'Ngày 31/02/2024 không tồn tại. Ngày phải là ô ngày của Excel hoặc có dạng dd/mm/yyyy (ví dụ 15/03/2024)',
      },
      {
        row: 8,
        column: 'Tên hệ thống',
        field: 'name',
        value: '',
        message: 'Thiếu tên hệ thống: dòng có dữ liệu nhưng không có tên hệ thống',
      },
    ])
    expect(result.rowsRead).toBe(6)
    expect(result.rows.map((r) => [r.excelRow, r.record.name, r.record.approvedOn])).toEqual([
      [9, 'Hệ thống E', '2024-05-02'],
    ])
  })
})

describe('reading layouts beyond one header row', () => {
  it('reads a two-row header with group titles and a unit merged down over its systems', async () => {
    const result = await readInventoryWorkbook(await buildTwoRowHeaderInventory())
    expect(result.errors).toEqual([])
    expect(result.mapping.map((m) => m.field)).toEqual(['unit', 'name', 'level', 'decisionNo', 'approvedOn'])
    expect(
      result.rows.map((r) => [
        r.excelRow,
        r.record.unit,
        r.record.name,
        r.record.decisionNo,
        r.record.approvedOn,
      ]),
    ).toEqual([
      [4, 'Sở Xây dựng', 'Hệ thống cấp phép xây dựng', '12/QĐ-SXD', '2024-01-10'],
      [5, 'Sở Xây dựng', 'Hệ thống quản lý quy hoạch', '', null],
      [6, 'Sở Nội vụ', 'Hệ thống quản lý cán bộ', '8/QĐ-SNV', '2024-03-20'],
    ])
  })

  it("reads every column of CapDo's own register export, ids and labels included", async () => {
    const result = await readInventoryWorkbook(await buildCapDoExportLike())
    expect(result.errors).toEqual([])
    expect(result.ignoredColumns).toEqual([])
    expect(result.rows[0].record).toEqual({
      id: 'sys-001',
      name: 'Cổng dịch vụ công',
      unit: 'Văn phòng UBND thành phố',
      block: 'Khối cơ quan chuyên môn',
      owner: 'Ủy ban nhân dân thành phố Hải Phòng',
      level: 4,
      systemType: 'public_service',
      informationTypes: ['public', 'personal'],
      dossierState: 'approved',
      submittedOn: null,
      appraisedOn: null,
      decisionNo: '1/QĐ-UBND',
      approvedOn: '2024-06-10',
      approvalIssuer: 'UBND thành phố Hải Phòng',
      securityRulesNo: '3/QC-UBND',
      securityRulesOn: '2024-01-05',
      securityRulesIssuer: 'UBND thành phố Hải Phòng',
      // The fixture has no investment-start column: unknown, not empty.
      investmentStartedOn: null,
      deploymentState: 'full',
      deployedOn: '2024-11-30',
      expectedApprovalOn: null,
      expectedDeploymentOn: null,
      lastAssessedOn: '2025-06-01',
      commissionedOn: '2019-09-01',
      description: 'Cổng một cửa của thành phố',
      notes: '=không phải công thức',
    })
    expect(result.rows[1].record).toMatchObject({
      id: 'sys-002',
      level: null,
      systemType: 'industrial_control',
      dossierState: 'drafting',
      deploymentState: 'partial',
      expectedApprovalOn: '2026-12-31',
      expectedDeploymentOn: '2027-03-31',
    })
  })

  it('applies the mapping the user chose', async () => {
    const result = await readInventoryWorkbook(await buildMessyInventory(), {
      mapping: { owner: 10, notes: -1 },
    })
    expect(result.rows[0].record.owner).toBe('Nguyễn Văn An')
    expect(result.rows[5].record.notes).toBe('')
    expect(result.ignoredColumns).toEqual(['Ghi chú', 'Kinh phí (triệu đồng)'])
  })

  it('reads the sheet the user names', async () => {
    const failure = await failureOf(
      readInventoryWorkbook(await buildMessyInventory(), { sheetName: 'Hướng dẫn' }),
    )
    expect(failure.code).toBe('no_header')
    expect(
      (await failureOf(readInventoryWorkbook(await buildMessyInventory(), { sheetName: 'Không có' }))).code,
    ).toBe('no_sheet')
  })

  it('reads raw serial numbers of a 1904 workbook from 1904', async () => {
    const workbook = new ExcelJS.Workbook()
    workbook.properties.date1904 = true
    const sheet = workbook.addWorksheet('DM')
    sheet.addRow(['Tên hệ thống', 'Đơn vị', 'Ngày phê duyệt'])
    sheet.addRow(['A', 'Sở Y tế', 43904])
    const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as unknown as ArrayBuffer)
    const result = await readInventoryWorkbook(bytes)
    expect(result.rows[0].record.approvedOn).toBe('2024-03-15')
  })
})

describe('files that are not an inventory', () => {
  it('says which headers it expects when no sheet has a header row', async () => {
    const failure = await failureOf(readInventoryWorkbook(await buildWorkbookWithoutHeader()))
    expect(failure.code).toBe('no_header')
    expect(failure.message).toContain('đã xem các trang tính: "Ghi chép"')
    expect(failure.message).toContain('"Tên hệ thống thông tin"')
    expect(failure.message).toContain('"Đơn vị quản lý, vận hành"')
  })

  it('refuses a file that is not a workbook, in Vietnamese', async () => {
    const failure = await failureOf(readInventoryWorkbook(notAWorkbook()))
    expect(failure).toEqual({
      code: 'unreadable_file',
      message: expect.stringContaining('Tệp này là tài liệu PDF, không phải bảng tính'),
    })
  })

  it('says an old Office file that holds no workbook is not an Excel workbook', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])
    const failure = await failureOf(readInventoryWorkbook(ole.buffer))
    expect(failure.code).toBe('unreadable_file')
    expect(failure.message).toContain('không phải bảng tính Excel')
  })
})

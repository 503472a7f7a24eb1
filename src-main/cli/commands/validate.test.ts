import { beforeAll, describe, expect, it } from 'vitest'
import {
  buildInventoryWithErrors,
  buildMessyInventory,
  buildWorkbookWithoutHeader,
  notAWorkbook,
} from '../../../test/fixtures/messy-workbooks'
import { fakeIo } from '../test-support/fake-io'
import { EXIT } from '../io'
import { validateCommand } from './validate'

const files: Record<string, Uint8Array> = {}
beforeAll(async () => {
  files['messy.xlsx'] = await buildMessyInventory()
  files['errors.xlsx'] = await buildInventoryWithErrors()
  files['no-header.xlsx'] = await buildWorkbookWithoutHeader()
  files['notes.txt'] = notAWorkbook()
})

describe('validate --json', () => {
  it('prints exactly one object and exits 0 for a clean file', async () => {
    const io = fakeIo(files)
    expect(await validateCommand(['messy.xlsx', '--json'], io)).toBe(EXIT.ok)
    expect(io.out).toBe('{"errors":[],"rows":9}\n')
    expect(io.err).toBe('')
  })

  it('lists every bad cell and exits 1 for a file with errors', async () => {
    const io = fakeIo(files)
    expect(await validateCommand(['--json', 'errors.xlsx'], io)).toBe(EXIT.dataErrors)
    const report = JSON.parse(io.out)
    expect(Object.keys(report)).toEqual(['errors', 'rows'])
    expect(report.rows).toBe(6)
    expect(report.errors.map((e: Record<string, unknown>) => Object.keys(e))).toEqual(
      Array(5).fill(['row', 'column', 'field', 'value', 'message']),
    )
    expect(
      report.errors.map((e: { row: number; field: string; value: string }) => [e.row, e.field, e.value]),
    ).toEqual([
      [4, 'level', '6'],
      [5, 'level', 'cao'],
      [6, 'status', 'abc'],
      [7, 'approvedOn', '31/02/2024'],
      [8, 'name', ''],
    ])
  })
})

describe('validate, read by a person', () => {
  it('says in Vietnamese where each error is and what was expected', async () => {
    const io = fakeIo(files)
    expect(await validateCommand(['errors.xlsx'], io)).toBe(EXIT.dataErrors)
    expect(io.out).toContain('Tệp "errors.xlsx": trang tính "Danh mục", dòng tiêu đề 3.')
    expect(io.out).toContain('Có 5 lỗi:')
    expect(io.out).toContain(
      'Dòng 4, cột "Cấp độ" (giá trị "6"): Cấp độ phải là 1–5, "Cấp độ 3" hoặc số La Mã I–V.',
    )
    expect(io.out).toContain('Dòng 8, cột "Tên hệ thống" (ô trống): Thiếu tên hệ thống')
  })

  it('says a clean file has no errors, and which columns it ignored', async () => {
    const io = fakeIo(files)
    expect(await validateCommand(['messy.xlsx'], io)).toBe(EXIT.ok)
    expect(io.out).toContain('Đã đọc 9 dòng dữ liệu.')
    expect(io.out).toContain('Các cột không nhận ra (bỏ qua): "Người phụ trách", "Kinh phí (triệu đồng)".')
    expect(io.out).toContain('Không có lỗi.')
  })
})

describe('validate refuses what it cannot check (exit 2)', () => {
  it.each([
    [['notes.txt', '--json'], 'Tệp "notes.txt": Tệp này là tài liệu PDF, không phải bảng tính'],
    [['missing.xlsx', '--json'], 'Không tìm thấy tệp "missing.xlsx".'],
    [['no-header.xlsx'], 'Không tìm thấy dòng tiêu đề'],
    [[], 'Cần đúng một tệp Excel để kiểm tra.'],
    [['messy.xlsx', 'errors.xlsx'], 'Cần đúng một tệp Excel để kiểm tra.'],
    [['messy.xlsx', '--strict'], 'Tùy chọn không hợp lệ: --strict'],
  ])('%j', async (args, message) => {
    const io = fakeIo(files)
    expect(await validateCommand(args, io)).toBe(EXIT.usage)
    expect(io.err).toContain(message)
    expect(io.out).toBe('')
  })
})

describe('validate, dates written month first in a CSV', () => {
  const csv = new TextEncoder().encode(
    [
      'Tên hệ thống,Đơn vị,Dự kiến phê duyệt',
      'Cổng thông tin,Sở Y tế,4/16/2026',
      'Một cửa,Sở Y tế,6/2/2026',
    ].join('\r\n'),
  )

  it('refuses to guess the order of a column holding 4/16/2026, and says how to choose it', async () => {
    const io = fakeIo({ 'ngay.csv': csv })
    expect(await validateCommand(['ngay.csv'], io)).toBe(EXIT.dataErrors)
    expect(io.out).toContain(
      'Cột "Dự kiến phê duyệt": chưa rõ thứ tự ngày, tháng (có ngày chỉ đọc được khi tháng đứng trước: 4/16/2026, 6/2/2026).',
    )
    expect(io.out).toContain('Có 2 lỗi:')
    expect(io.out).toContain('--date-order thang-ngay')
  })

  it('reads the column month first with --date-order thang-ngay, day first with ngay-thang', async () => {
    const monthFirst = fakeIo({ 'ngay.csv': csv })
    expect(await validateCommand(['ngay.csv', '--date-order', 'thang-ngay'], monthFirst)).toBe(EXIT.ok)
    expect(monthFirst.out).toContain(
      'Cột "Dự kiến phê duyệt": đọc theo thứ tự tháng/ngày/năm (theo --date-order).',
    )

    const dayFirst = fakeIo({ 'ngay.csv': csv })
    expect(await validateCommand(['ngay.csv', '--date-order=ngay-thang', '--json'], dayFirst)).toBe(
      EXIT.dataErrors,
    )
    const report = JSON.parse(dayFirst.out)
    expect(report.errors.map((e: { row: number; value: string }) => [e.row, e.value])).toEqual([
      [2, '4/16/2026'],
    ])
  })

  it('refuses an unknown --date-order in Vietnamese', async () => {
    const io = fakeIo({ 'ngay.csv': csv })
    expect(await validateCommand(['ngay.csv', '--date-order', 'mdy'], io)).toBe(EXIT.usage)
    expect(io.err).toContain('Không hiểu --date-order "mdy"')
  })
})

describe('validate, a year written with two digits', () => {
  it('names the cell and says how to write the year in full', async () => {
    const csv = new TextEncoder().encode(
      ['Tên hệ thống,Đơn vị,Ngày phê duyệt', 'Cổng thông tin,Sở Y tế,02/05/25'].join('\r\n'),
    )
    const io = fakeIo({ 'ngan.csv': csv })
    expect(await validateCommand(['ngan.csv'], io)).toBe(EXIT.dataErrors)
    expect(io.out).toContain(
      'Dòng 2, cột "Ngày phê duyệt" (giá trị "02/05/25"): Ngày 02/05/25 ghi năm bằng 2 chữ số nên CapDo ' +
        'không biết là năm nào. Năm phải có 4 chữ số, ví dụ 02/05/2025 nếu là năm 2025.',
    )
  })
})

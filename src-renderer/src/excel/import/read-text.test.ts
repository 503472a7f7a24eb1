import { describe, expect, it } from 'vitest'
import { buildInventoryWorkbook, excelDate } from '../../../../test/fixtures/messy-workbooks'
import { utf16, utf8, windows1258 } from '../../../../test/fixtures/text-encodings'
import { isDomainError } from '../../domain/errors'
import { MAX_CELL_CHARACTERS, readTextBook } from './read-text'
import { readInventoryWorkbook } from './read-workbook'
import { MAX_DECLARED_COLUMNS, MAX_SHEET_ROWS } from './zip-limits'

async function failureOf(
  work: Promise<unknown> | (() => unknown),
): Promise<{ code: string; message: string }> {
  try {
    await (typeof work === 'function' ? work() : work)
  } catch (error) {
    if (isDomainError(error)) return { code: error.code, message: error.message }
    throw error
  }
  throw new Error('expected a DomainError')
}

const HEADER = [
  'STT',
  'Tên hệ thống',
  'Đơn vị quản lý',
  'Cấp độ',
  'Tình trạng hồ sơ',
  'Ngày phê duyệt',
  'Ghi chú',
]
const ROWS: string[][] = [
  [
    '1',
    'Cổng thông tin điện tử, dịch vụ công',
    'Sở Y tế',
    '3',
    'Đã phê duyệt',
    '15/03/2024',
    'Dòng 1\nDòng 2',
  ],
  ['2', 'Một cửa điện tử', 'Ủy ban nhân dân phường Hồng Bàng', '2', 'Đang xây dựng', '', 'Có "ngoặc kép"'],
  ['3', 'Quản lý văn bản', 'Sở Tài chính', '6', 'Đã phê duyệt', '31/02/2024', ''],
]

function csv(rows: readonly (readonly string[])[], separator: string): string {
  const quote = (v: string): string => (/[",;\t\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)
  return rows.map((r) => r.map(quote).join(separator)).join('\r\n') + '\r\n'
}

/** The same inventory as a workbook: numbers as numbers, the valid date as a real date cell. */
async function sameAsWorkbook() {
  const cells = ROWS.map((r) => [
    Number(r[0]),
    r[1],
    r[2],
    Number(r[3]),
    r[4],
    r[5] === '15/03/2024' ? excelDate(2024, 3, 15) : r[5] || null,
    r[6] || null,
  ])
  return readInventoryWorkbook(await buildInventoryWorkbook(HEADER, cells))
}

/** The reading without what differs by nature between formats: the format itself and the sheet's name. */
const withoutFormat = <T extends { format: unknown; sheetName: string }>(
  read: T,
): Omit<T, 'format' | 'sheetName'> => {
  const rest: Partial<T> = { ...read }
  delete rest.format
  delete rest.sheetName
  return rest as Omit<T, 'format' | 'sheetName'>
}

describe('a text file reads like the same workbook', () => {
  const text = csv([HEADER, ...ROWS], ',')
  const files: [string, Uint8Array, string, string][] = [
    ['UTF-8', utf8(text), 'utf-8', ','],
    ['UTF-8 with a BOM, semicolons', utf8(csv([HEADER, ...ROWS], ';'), true), 'utf-8', ';'],
    ["Excel's Unicode Text (UTF-16 LE, tabs)", utf16(csv([HEADER, ...ROWS], '\t'), 'le'), 'utf-16le', '\t'],
    ['UTF-16 BE, tabs', utf16(csv([HEADER, ...ROWS], '\t'), 'be'), 'utf-16be', '\t'],
    ['Windows-1258, semicolons', windows1258(csv([HEADER, ...ROWS], ';')), 'windows-1258', ';'],
  ]
  it.each(files)(
    '%s: the same systems and the same cell errors as the .xlsx',
    async (_, bytes, encoding, separator) => {
      const read = await readInventoryWorkbook(bytes)
      expect(read.format).toMatchObject({ kind: 'text', encoding, separator })
      expect(withoutFormat(read)).toEqual(withoutFormat({ ...(await sameAsWorkbook()), format: null }))
      expect(read.rows.map((r) => r.record.unit)).toEqual(['Sở Y tế', 'Ủy ban nhân dân phường Hồng Bàng'])
      // The line break inside the quoted cell is kept in the cell, then spaces collapse as for any cell.
      expect(read.rows[0].record.notes).toBe('Dòng 1 Dòng 2')
      expect(read.errors.map((e) => [e.row, e.field, e.value])).toEqual([
        [4, 'level', '6'],
        [4, 'approvedOn', '31/02/2024'],
      ])
    },
  )

  it('reads the file with the encoding and separator the officer chose instead', async () => {
    const bytes = utf8(csv([HEADER, ...ROWS], ';'))
    // UTF-8 read as Windows-1258: the headers come out garbled ("TÃªn há»‡ thá»‘ng") and are not found.
    const garbled = await failureOf(readInventoryWorkbook(bytes, { encoding: 'windows-1258' }))
    expect(garbled.message).toContain('bảng mã Windows-1258')
    const commas = await failureOf(readInventoryWorkbook(bytes, { separator: ',' }))
    expect(commas.message).toContain('dấu phân cách: dấu phẩy (,)')
  })
})

describe('hostile text files', () => {
  it('refuses binary data as neither a spreadsheet nor text', async () => {
    const binary = new Uint8Array(4096).map((_, i) => (i * 7919) % 256)
    expect(await failureOf(readInventoryWorkbook(binary))).toEqual({
      code: 'unreadable_file',
      message: expect.stringContaining('không phải bảng tính và cũng không phải tệp văn bản'),
    })
  })

  it.each([
    ['UTF-8', [0xef, 0xbb, 0xbf]],
    ['UTF-16 LE', [0xff, 0xfe]],
    ['UTF-16 BE, then blank lines', [0xfe, 0xff, 0, 13, 0, 10, 0, 32]],
  ])('says a byte-order mark with nothing after it (%s) is a text file with no content', async (_, bytes) => {
    expect(await failureOf(readInventoryWorkbook(new Uint8Array(bytes)))).toEqual({
      code: 'unreadable_file',
      message: expect.stringContaining('Tệp văn bản không có nội dung nào'),
    })
  })

  it('takes a cell of exactly 32,767 characters and refuses a longer one, naming the row', async () => {
    const atLimit = utf8(`Tên hệ thống,Đơn vị\n"${'x'.repeat(MAX_CELL_CHARACTERS)}",Sở Y tế\n`)
    const { rows } = await readInventoryWorkbook(atLimit)
    expect(rows[0].record.name).toHaveLength(MAX_CELL_CHARACTERS)
    const beyond = utf8(`Tên hệ thống,Đơn vị\n${'x'.repeat(MAX_CELL_CHARACTERS + 1)},Sở Y tế\n`)
    expect(await failureOf(readInventoryWorkbook(beyond))).toEqual({
      code: 'cell_too_long',
      message: expect.stringContaining('Dòng 2 của tệp có một ô dài hơn 32.767 ký tự'),
    })
  })

  it('refuses a huge line of separators beyond 16,384 columns, and takes 16,384', async () => {
    expect(() => readTextBook(utf8(`a${','.repeat(MAX_DECLARED_COLUMNS - 1)}\n`))).not.toThrow()
    // One column over the limit is refused as well, not only a line far beyond it.
    expect(await failureOf(() => readTextBook(utf8(`a\nb${','.repeat(MAX_DECLARED_COLUMNS)}\n`)))).toEqual({
      code: 'sheet_too_large',
      message: expect.stringContaining('Dòng 2 của tệp có hơn 16.384 cột'),
    })
    const line = utf8(`Tên hệ thống,Đơn vị\n${','.repeat(2_000_000)}\n`)
    return failureOf(() => readTextBook(line)).then((failure) =>
      expect(failure).toEqual({
        code: 'sheet_too_large',
        message: expect.stringContaining('Dòng 2 của tệp có hơn 16.384 cột'),
      }),
    )
  })

  it(`takes ${MAX_SHEET_ROWS.toLocaleString('vi-VN')} rows and refuses one more`, async () => {
    const lines = (n: number): Uint8Array => utf8('a,b\n'.repeat(n))
    expect(readTextBook(lines(MAX_SHEET_ROWS)).sheets[0].grid()).toHaveLength(MAX_SHEET_ROWS)
    expect(await failureOf(() => readTextBook(lines(MAX_SHEET_ROWS + 1)))).toEqual({
      code: 'sheet_too_large',
      message: expect.stringContaining('Tệp có hơn 100.000 dòng'),
    })
  })

  it('reads mixed separators with the one most lines use, and flags the odd row instead of guessing', async () => {
    const text =
      'Tên hệ thống;Đơn vị;Cấp độ\nCổng thông tin;Sở Y tế;3\nMột cửa,Sở Tư pháp,2\nVăn bản;Sở Nội vụ;1\n'
    const read = await readInventoryWorkbook(utf8(text))
    expect(read.format).toMatchObject({ separator: ';' })
    expect(read.rows.map((r) => r.record.name)).toEqual(['Cổng thông tin', 'Văn bản'])
    expect(read.errors).toEqual([expect.objectContaining({ row: 3, field: 'unit', value: '' })])
  })

  it('says which encoding and separator it used when no header row is found', async () => {
    const failure = await failureOf(readInventoryWorkbook(utf8('Họ tên;Điện thoại\nAn;0901\n')))
    expect(failure.code).toBe('no_header')
    expect(failure.message).toContain('bảng mã UTF-8, dấu phân cách: dấu chấm phẩy (;)')
    expect(failure.message).toContain('hãy chọn bảng mã hoặc dấu phân cách khác')
  })
})

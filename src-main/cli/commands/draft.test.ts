import { beforeAll, describe, expect, it } from 'vitest'
import { buildInventoryWorkbook, buildMessyInventory } from '../../../test/fixtures/messy-workbooks'
import { docxText } from '../../../test/support/docx-text'
import { fakeIo } from '../test-support/fake-io'
import { EXIT } from '../io'
import { runCli } from '../run'

const files: Record<string, Uint8Array> = {}
beforeAll(async () => {
  files['messy.xlsx'] = await buildMessyInventory()
  files['twins.xlsx'] = await buildInventoryWorkbook(
    ['Tên hệ thống', 'Đơn vị'],
    [
      ['Cổng thông tin điện tử', 'Sở Y tế'],
      ['Cổng thông tin điện tử', 'Sở Nội vụ'],
    ],
  )
})

describe('draft', () => {
  it('writes the chosen form for a system found by name, dated as asked, with its facts', async () => {
    const io = fakeIo(files)
    const code = await runCli(
      ['draft', 'messy.xlsx', '--system', 'cong thong tin dien tu so y te', '--form', '06', '--out', 'qd.docx', '--date', '2026-12-07'],
      io,
      { version: 'test' },
    )
    expect(io.err).toBe('')
    expect(code).toBe(EXIT.ok)
    expect(io.out).toBe('Đã soạn Mẫu 06 cho "Cổng thông tin điện tử Sở Y tế": qd.docx\n')
    const text = docxText(io.written.get('qd.docx') ?? new Uint8Array())
    expect(text).toContain('Mẫu số 06')
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    expect(text).toContain('a) Tên hệ thống thông tin: Cổng thông tin điện tử Sở Y tế')
    expect(text).toContain('b) Đơn vị vận hành hệ thống thông tin: Sở Y tế')
    expect(text).toContain('2. Cấp độ hệ thống thông tin: Cấp độ 3')
    // The inventory records the decision: the draft carries its number and date.
    expect(text).toContain('Số: 1234/QĐ-UBND')
    expect(text).toContain('Hải Phòng, ngày 15 tháng 3 năm 2024')
  })

  it('the thuyết minh under Decree 85 speaks of "an toàn thông tin"', async () => {
    const io = fakeIo(files)
    const args = ['draft', 'messy.xlsx', '--system', 'Cổng thông tin điện tử Sở Y tế', '--form', 'thuyet-minh']
    expect(await runCli([...args, '--regime', 'ND85', '--out', 'tm.docx', '--date', '2026-12-07'], io, { version: 't' })).toBe(EXIT.ok)
    const text = docxText(io.written.get('tm.docx') ?? new Uint8Array())
    expect(text).toContain('III. THUYẾT MINH PHƯƠNG ÁN BẢO ĐẢM AN TOÀN THÔNG TIN')
    expect(text).not.toContain('an ninh mạng')
  })

  it('asks for the id when two systems share the name, and lists them', async () => {
    const io = fakeIo(files)
    const code = await runCli(['draft', 'twins.xlsx', '--system', 'Cổng thông tin điện tử', '--form', '01', '--out', 'x.docx'], io, { version: 't' })
    expect(code).toBe(EXIT.usage)
    expect(io.err).toContain('Có 2 hệ thống tên "Cổng thông tin điện tử"; hãy ghi mã hệ thống:')
    expect(io.err).toContain('(Sở Y tế)')
    expect(io.err).toContain('(Sở Nội vụ)')
    expect(io.written.size).toBe(0)
  })

  describe('--date-order, for a CSV whose dates were written month first', () => {
    const csv = new TextEncoder().encode(
      [
        'Tên hệ thống,Đơn vị,Cấp độ,Tình trạng hồ sơ,Số quyết định,Ngày phê duyệt',
        'Cổng thông tin,Sở Y tế,3,Đã phê duyệt,12/QĐ-UBND,4/16/2026',
        'Một cửa,Sở Y tế,2,Đã phê duyệt,34/QĐ-UBND,6/2/2026',
      ].join('\r\n'),
    )
    const draft = (system: string, ...extra: string[]) =>
      ['draft', 'ngay.csv', '--system', system, '--form', '06', '--out', 'qd.docx', '--date', '2026-12-07', ...extra]

    it('reads the decision date month first with thang-ngay: 6/2/2026 is 2 June', async () => {
      const io = fakeIo({ 'ngay.csv': csv })
      expect(await runCli(draft('Một cửa', '--date-order', 'thang-ngay'), io, { version: 't' })).toBe(EXIT.ok)
      const text = docxText(io.written.get('qd.docx') ?? new Uint8Array())
      expect(text).toContain('Số: 34/QĐ-UBND')
      expect(text).toContain('ngày 02 tháng 6 năm 2026')
    })

    it('without it, refuses the column it cannot read either way and says to give --date-order', async () => {
      const io = fakeIo({ 'ngay.csv': csv })
      expect(await runCli(draft('Một cửa'), io, { version: 't' })).toBe(EXIT.dataErrors)
      expect(io.err).toContain('Cột "Ngày phê duyệt": chưa rõ thứ tự ngày, tháng')
      expect(io.err).toContain('Chạy lại với --date-order ngay-thang (ngày trước) hoặc --date-order thang-ngay')
      expect(io.written.size).toBe(0)
    })

    it('with ngay-thang, 4/16/2026 is an error and nothing is drafted', async () => {
      const io = fakeIo({ 'ngay.csv': csv })
      expect(await runCli(draft('Một cửa', '--date-order=ngay-thang'), io, { version: 't' })).toBe(EXIT.dataErrors)
      expect(io.err).toContain('Dòng 2, cột "Ngày phê duyệt" (giá trị "4/16/2026")')
      expect(io.written.size).toBe(0)
    })

    it('refuses an unknown --date-order in Vietnamese, with the usage', async () => {
      const io = fakeIo({ 'ngay.csv': csv })
      expect(await runCli(draft('Một cửa', '--date-order', 'mdy'), io, { version: 't' })).toBe(EXIT.usage)
      expect(io.err).toContain('Không hiểu --date-order "mdy"')
      expect(io.err).toContain('[--date-order ngay-thang|thang-ngay]')
    })
  })

  it('refuses an unknown form, a missing system and a bad date in Vietnamese, writing nothing', async () => {
    for (const [args, message] of [
      [['--system', 'x', '--form', '08', '--out', 'x.docx'], '--form cần một trong: 01, 02, 03, 04, 05, 06, 07, thuyet-minh.'],
      [['--system', 'Không có', '--form', '01', '--out', 'x.docx'], 'Không có hệ thống "Không có" trong tệp "messy.xlsx".'],
      [['--system', 'x', '--form', '01', '--out', 'x.docx', '--date', '2026-02-30'], 'Ngày --date không hợp lệ: "2026-02-30".'],
    ] as const) {
      const io = fakeIo(files)
      expect(await runCli(['draft', 'messy.xlsx', ...args], io, { version: 't' })).toBe(EXIT.usage)
      expect(io.err).toContain(message)
      expect(io.written.size).toBe(0)
    }
  })
})

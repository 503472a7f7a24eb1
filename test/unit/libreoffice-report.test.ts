/**
 * LibreOffice as an independent reader of the report workbook: what another spreadsheet program
 * reads from the file (totals, text that looks like a formula, real dates) must be what CapDo
 * meant to write. Needs `soffice` (Debian libreoffice-calc); on CI its absence fails the test.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FIXTURE_AS_OF, fixtureRegister } from '../../src-renderer/src/domain/test-support/report-fixture'
import {
  MAU08_AS_OF,
  MAU08_ASSESSMENTS,
  MAU08_FORM_TITLES,
  mau08Register,
} from '../../src-renderer/src/domain/test-support/mau08-fixture'
import { DEFAULT_REPORT_SETTINGS } from '../../src-renderer/src/domain/report/settings'
import { ND331_2026, ND85_CT09_2024 } from '../../src-renderer/src/domain/rule-set'
import { buildReportWorkbook } from '../../src-renderer/src/excel/export/report-workbook'
import { findSoffice } from '../support/soffice'

const run = promisify(execFile)

const soffice = findSoffice()
const onCi = process.env.CI === 'true'
if (!soffice && !onCi) {
  console.warn(
    'libreoffice-report: LibreOffice (soffice) not found, test skipped. Install libreoffice-calc to run it.',
  )
}

/** UTF-8, comma-separated, raw values (not as shown), every sheet to its own file (-1, LibreOffice ≥ 7.2). */
const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1'

/** RFC 4180: fields in double quotes may hold commas, quotes (doubled) and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (ch === '"') quoted = false
      else field += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') {
      row.push(field)
      field = ''
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += ch
  }
  if (field || row.length) rows.push([...row, field])
  return rows
}

describe.skipIf(!soffice && !onCi)('the report workbook as LibreOffice reads it', () => {
  let dir = ''
  const sheets = new Map<string, string[][]>()

  beforeAll(async () => {
    if (!soffice)
      throw new Error('CI=true but LibreOffice (soffice) is not installed: install libreoffice-calc.')
    dir = await mkdtemp(join(tmpdir(), 'capdo-lo-'))
    const home = join(dir, 'home')
    const out = join(dir, 'out')
    const file = join(dir, 'bao-cao.xlsx')
    const bytes = await buildReportWorkbook({
      register: fixtureRegister(),
      ruleSet: ND85_CT09_2024,
      asOf: FIXTURE_AS_OF,
      settings: DEFAULT_REPORT_SETTINGS,
    })
    await writeFile(file, bytes)
    await run(soffice, ['--headless', '--convert-to', CSV_FILTER, '--outdir', out, file], {
      // A scratch profile, and a fixed locale so raw dates print the same everywhere (MM/DD/YYYY).
      env: { ...process.env, HOME: home, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' },
      timeout: 90_000,
    })
    for (const name of await readdir(out)) {
      // bao-cao-Tổng hợp.csv per sheet; an older LibreOffice writes only the first sheet, as bao-cao.csv.
      const sheet =
        name === 'bao-cao.csv' ? 'Tổng hợp' : name.replace(/^bao-cao-/u, '').replace(/\.csv$/u, '')
      sheets.set(sheet.normalize('NFC'), parseCsv(await readFile(join(out, name), 'utf8')))
    }
  }, 120_000)

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  function rowStarting(sheet: string, column: number, text: string): string[] {
    const rows = sheets.get(sheet)
    if (!rows) throw new Error(`LibreOffice wrote no csv for ${sheet}: ${[...sheets.keys()].join(', ')}`)
    const row = rows.find((r) => r[column] === text)
    if (!row) throw new Error(`no row with ${text} in ${sheet}`)
    return row
  }

  it('reads the totals of the hand-made register from Tổng hợp', () => {
    expect(rowStarting('Tổng hợp', 1, 'TỔNG CỘNG').slice(1, 12)).toEqual([
      'TỔNG CỘNG',
      '8',
      '5',
      '62.5%',
      '2',
      '4',
      '50%',
      '3',
      '2',
      '2',
      '1',
    ])
    expect(rowStarting('Tổng hợp', 1, 'Sở Y tế').slice(2, 5)).toEqual(['3', '2', '66.6666666666667%'])
  })

  it('reads the header block and the group headers', () => {
    const rows = sheets.get('Tổng hợp') ?? []
    expect(rows[0][0]).toBe('ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG')
    expect(rows[0]).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    expect(rows[1]).toContain('Độc lập - Tự do - Hạnh phúc')
    expect(rows[3]).toContain('Hải Phòng, ngày 23 tháng 11 năm 2026')
    const header = rowStarting('Tổng hợp', 0, 'STT')
    expect(header.slice(0, 4)).toEqual(['STT', 'Nội dung', 'Tổng số HTTT', 'Phê duyệt hồ sơ'])
  })

  it('reads a name that looks like a formula as that text, and dates as real dates', () => {
    if (!sheets.has('Danh mục')) {
      console.warn('libreoffice-report: this LibreOffice exports only the first sheet; Danh mục not checked.')
      return
    }
    const header = rowStarting('Danh mục', 0, 'STT')
    const s3 = rowStarting('Danh mục', header.indexOf('Mã hệ thống'), 'sys-0003')
    // A formula would come out as its result ("x"): formulas are not exported by this filter.
    expect(s3[header.indexOf('Tên hệ thống thông tin')]).toBe('=HYPERLINK("x")')
    const s1 = rowStarting('Danh mục', header.indexOf('Mã hệ thống'), 'sys-0001')
    // Raw, in the C locale: a real date prints month first; text would print as written (10/06/2024).
    expect(s1[header.indexOf('Ngày phê duyệt')]).toBe('06/10/2024')
    expect(s1[header.indexOf('Triển khai phương án bảo đảm ATTT')]).toBe('11/15/2024')
  })
})

describe.skipIf(!soffice && !onCi)('the Mẫu 08 sheet as LibreOffice reads it', () => {
  let dir = ''
  let rows: string[][] = []

  beforeAll(async () => {
    if (!soffice)
      throw new Error('CI=true but LibreOffice (soffice) is not installed: install libreoffice-calc.')
    dir = await mkdtemp(join(tmpdir(), 'capdo-lo-mau08-'))
    const file = join(dir, 'mau08.xlsx')
    const bytes = await buildReportWorkbook({
      register: mau08Register(),
      ruleSet: ND331_2026,
      asOf: MAU08_AS_OF,
      settings: DEFAULT_REPORT_SETTINGS,
      assessments: MAU08_ASSESSMENTS,
      sheets: ['mau08'],
    })
    await writeFile(file, bytes)
    const out = join(dir, 'out')
    await run(soffice, ['--headless', '--convert-to', CSV_FILTER, '--outdir', out, file], {
      env: { ...process.env, HOME: join(dir, 'home'), LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' },
      timeout: 90_000,
    })
    const [csv] = await readdir(out)
    if (!csv) throw new Error('LibreOffice wrote no csv for Mẫu 08')
    rows = parseCsv(await readFile(join(out, csv), 'utf8'))
  }, 120_000)

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  it('reads part 1’s total of systems and the form’s column titles', () => {
    const first = rows.map((r) => r[0])
    expect(first).toContain('- Tổng số hệ thống thông tin thuộc phạm vi quản lý: 5;')
    expect(first).toContain('- Tổng số hệ thống thông tin đã được thẩm định hồ sơ đề xuất cấp độ: 2;')
    const header = rows.find((r) => r[0] === 'STT')
    expect(header?.slice(5, 12)).toEqual(MAU08_FORM_TITLES.slice(5))
    const portal = rows.find((r) => r[1] === 'Cổng dịch vụ công')
    expect(portal?.[5]).toBe('Đã được phê duyệt')
    expect(portal?.[11]).toBe('Trước khi đưa vào sử dụng; Định kỳ')
  })
})

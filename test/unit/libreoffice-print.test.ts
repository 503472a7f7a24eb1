/**
 * The report workbook as it prints: LibreOffice turns the export of an 80-system demo register
 * into a PDF, and the pages of "Danh mục" are read back as text (pdftotext, content order). An
 * officer prints this list: it must come out a few pages long, every page one whole table width
 * with its header, and without the technical id the re-import needs. Needs `soffice`
 * (libreoffice-calc) and `pdftotext` (poppler-utils); on CI their absence fails the test.
 */
import { execFile } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateDemoDataset, type DemoDataset } from '../../src-renderer/src/demo/generate'
import { parseUnitsCsv } from '../../src-renderer/src/demo/units-csv'
import { defaultReportSheets } from '../../src-renderer/src/domain/report/build'
import { DEFAULT_REPORT_SETTINGS } from '../../src-renderer/src/domain/report/settings'
import { ND331_2026, ND85_CT09_2024 } from '../../src-renderer/src/domain/rule-set'
import { buildReportFromData } from '../../src-renderer/src/workers/report-job'
import { findSoffice } from '../support/soffice'

const run = promisify(execFile)
const soffice = findSoffice()
const pdftotext = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'].find((p) => existsSync(p)) ?? null
const onCi = process.env.CI === 'true'
const missing = !soffice || !pdftotext
if (missing && !onCi) {
  console.warn(
    'libreoffice-print: soffice or pdftotext not found, test skipped. Install libreoffice-calc and poppler-utils to run it.',
  )
}

const AS_OF = '2026-11-23'
const SYSTEMS = 80
const TITLE = 'DANH MỤC HỆ THỐNG THÔNG TIN VÀ CẤP ĐỘ AN TOÀN HỆ THỐNG THÔNG TIN'
/** On the first page of every sheet (the national title of its header block). */
const SHEET_START = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'

/** One page's text, its lines joined by single spaces: a header wrapped in its cell reads whole. */
const flat = (page: string): string => page.replace(/\s+/gu, ' ')

/**
 * The row numbers (STT) printed on each page, in order: a line that starts with the next number
 * expected. A level or a count at a line's start is not the next row's number, so it is skipped.
 */
function rowsPerPage(pages: readonly string[]): number[][] {
  let next = 1
  return pages.map((page) => {
    const rows: number[] = []
    for (const line of page.split('\n')) {
      const n = Number(/^(\d+)(?:\s|$)/u.exec(line)?.[1])
      if (n === next) rows.push(next++)
    }
    return rows
  })
}

/** The demo register of 80 systems, as the app's demo loader makes it (95 units of Hải Phòng). */
function demoRegister(): DemoDataset {
  const csv = readFileSync(resolve(__dirname, '../../resources/seed/don-vi-mau-hai-phong.csv'), 'utf8')
  return generateDemoDataset({
    seed: 2024,
    asOf: AS_OF,
    seedUnits: parseUnitsCsv(csv),
    systemsCount: SYSTEMS,
  })
}

/** The workbook as LibreOffice prints it, as the text of each page (content order). */
async function printedPages(dir: string, bytes: Uint8Array): Promise<string[]> {
  if (!soffice || !pdftotext)
    throw new Error(
      'CI=true but soffice or pdftotext is missing: install libreoffice-calc and poppler-utils.',
    )
  const file = join(dir, 'bao-cao.xlsx')
  await writeFile(file, bytes)
  await run(soffice, ['--headless', '--convert-to', 'pdf', '--outdir', dir, file], {
    env: { ...process.env, HOME: join(dir, 'home') },
    timeout: 120_000,
  })
  await run(pdftotext, ['-raw', join(dir, 'bao-cao.pdf'), join(dir, 'bao-cao.txt')])
  return (await readFile(join(dir, 'bao-cao.txt'), 'utf8')).normalize('NFC').split('\f')
}

describe.skipIf(missing && !onCi)('Danh mục printed by LibreOffice, 80 systems', () => {
  let dir = ''
  let demo: DemoDataset
  let pages: string[] = []

  beforeAll(async () => {
    demo = demoRegister()
    const bytes = await buildReportFromData({
      ...demo,
      ruleSet: ND85_CT09_2024,
      asOf: AS_OF,
      settings: { ...DEFAULT_REPORT_SETTINGS, signerName: 'Nguyễn Văn An' },
      sheets: defaultReportSheets(ND85_CT09_2024),
    })
    dir = await mkdtemp(join(tmpdir(), 'capdo-print-'))
    const all = await printedPages(dir, bytes)
    const first = all.findIndex((page) => flat(page).includes(TITLE))
    if (first < 0) throw new Error('no page of the PDF holds the title of Danh mục')
    const end = all.findIndex((page, i) => i > first && page.includes(SHEET_START))
    pages = all.slice(first, end < 0 ? undefined : end)
  }, 180_000)

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  it('prints all 80 systems, each once and in order, on at most 6 pages', () => {
    expect(pages.length).toBeLessThanOrEqual(6)
    expect(rowsPerPage(pages).flat()).toEqual(Array.from({ length: SYSTEMS }, (_, i) => i + 1))
  })

  it('holds 15 rows or more on every page but the first (under the document header) and the last', () => {
    const counts = rowsPerPage(pages).map((rows) => rows.length)
    for (const count of counts.slice(1, -1)) expect(count).toBeGreaterThanOrEqual(15)
    expect(counts[0]).toBeGreaterThanOrEqual(10)
  })

  it('prints the whole table width on every page: the header from STT to its last column', () => {
    for (const page of pages) {
      const text = flat(page)
      expect(text).toContain('STT Tên hệ thống thông tin Đơn vị quản lý, vận hành')
      expect(text).toContain('Kiểm tra, đánh giá so với hạn')
    }
  })

  it('does not print the stable id, whole or in pieces, nor the columns kept only for the import', () => {
    const text = pages.join('\n')
    for (const system of demo.systems) {
      expect(text).not.toContain(system.id)
      expect(text).not.toContain(system.id.slice(0, 8))
    }
    expect(text).not.toContain('Mã hệ thống')
    expect(text).not.toContain('Ngày bắt đầu đầu tư')
  })

  it('ends with the signer under the table', () => {
    expect(flat(pages.at(-1) ?? '')).toContain('Nguyễn Văn An')
  })
})

describe.skipIf(missing && !onCi)('Mẫu 08 printed by LibreOffice, 80 systems', () => {
  let dir = ''
  let pages: string[] = []

  beforeAll(async () => {
    const demo = demoRegister()
    const bytes = await buildReportFromData({
      ...demo,
      ruleSet: ND331_2026,
      asOf: AS_OF,
      settings: DEFAULT_REPORT_SETTINGS,
      sheets: ['mau08'],
    })
    dir = await mkdtemp(join(tmpdir(), 'capdo-print-mau08-'))
    pages = await printedPages(dir, bytes)
  }, 180_000)

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  it('lists all 80 systems in order, ten or more on every page of the table but its first and last', () => {
    const rows = rowsPerPage(pages)
    expect(rows.flat()).toEqual(Array.from({ length: SYSTEMS }, (_, i) => i + 1))
    const counts = rows.map((r) => r.length).filter((n) => n > 0)
    expect(counts.length).toBeGreaterThan(2)
    // Three-line rows (a decision with its date and issuer) are common here: ten at the least, some
    // thirteen a page on average (the form's twelve narrow columns printed about seven a page before).
    const middle = counts.slice(1, -1)
    for (const count of middle) expect(count).toBeGreaterThanOrEqual(10)
    expect(middle.reduce((a, b) => a + b, 0) / middle.length).toBeGreaterThanOrEqual(12)
  })
})

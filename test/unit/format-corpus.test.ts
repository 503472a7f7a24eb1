/**
 * Every format an office keeps, from one source inventory: the .xlsx written by CapDo's tests,
 * then saved by LibreOffice as Excel 97–2003 (.xls), OpenDocument (.ods) and CSV, the CSV then
 * re-encoded as Excel on Windows writes it (Unicode Text: UTF-16 LE, tabs; "CSV": Windows-1258,
 * semicolons). Each copy must give the same systems, the same per-cell errors, and through the CLI
 * the same `validate` and `report` output as the .xlsx. Needs `soffice` (Debian libreoffice-calc);
 * without it the test is skipped with a message, on CI it fails.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { reportCommand } from '../../src-main/cli/commands/report'
import { validateCommand } from '../../src-main/cli/commands/validate'
import { fakeIo } from '../../src-main/cli/test-support/fake-io'
import {
  readInventoryWorkbook,
  type InventoryFileResult,
} from '../../src-renderer/src/excel/import/read-workbook'
import { FIXTURE_AS_OF, fixtureRegister } from '../../src-renderer/src/domain/test-support/report-fixture'
import { DEFAULT_REPORT_SETTINGS } from '../../src-renderer/src/domain/report/settings'
import { ND85_CT09_2024 } from '../../src-renderer/src/domain/rule-set'
import { buildReportWorkbook } from '../../src-renderer/src/excel/export/report-workbook'
import { buildCorpusWorkbook, CORPUS_AS_OF } from '../fixtures/format-corpus'
import { utf16, windows1258 } from '../fixtures/text-encodings'
import { findSoffice } from '../support/soffice'

const run = promisify(execFile)

const soffice = findSoffice()
const onCi = process.env.CI === 'true'
if (!soffice && !onCi) {
  console.warn(
    'format-corpus: LibreOffice (soffice) not found, test skipped. Install libreoffice-calc to run it.',
  )
}

/** UTF-8 text, the given separator, cells as shown (dates dd/mm/yyyy), quoted where needed. */
const csvFilter = (separator: number): string => `csv:Text - txt - csv (StarCalc):${separator},34,76,1`

let dir = ''

/** Converts every source at once (one LibreOffice start per target format); the bytes per source. */
async function convert(sources: readonly string[], to: string, folder: string): Promise<Uint8Array[]> {
  const out = join(dir, folder)
  await run(
    soffice!,
    [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      '--convert-to',
      to,
      '--outdir',
      out,
      ...sources,
    ],
    { env: { ...process.env, HOME: dir }, timeout: 120_000 },
  )
  const ext = to.split(':')[0]
  return Promise.all(
    sources.map(
      async (source) =>
        new Uint8Array(await readFile(join(out, source.split('/').at(-1)!.replace(/xlsx$/, ext)))),
    ),
  )
}

type Corpus = Record<string, Uint8Array>

/** The error variant and the clean one, each in every format. */
async function corpora(): Promise<[Corpus, Corpus]> {
  const sources = [join(dir, 'with-errors.xlsx'), join(dir, 'clean.xlsx')]
  const xlsx = [await buildCorpusWorkbook(true), await buildCorpusWorkbook(false)]
  await Promise.all(sources.map((path, i) => writeFile(path, xlsx[i])))
  const xls = await convert(sources, 'xls', 'xls')
  const ods = await convert(sources, 'ods', 'ods')
  const commas = await convert(sources, csvFilter(44), 'commas')
  const tabs = await convert(sources, csvFilter(9), 'tabs')
  const semicolons = await convert(sources, csvFilter(59), 'semicolons')
  const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes)
  const corpus = (i: number): Corpus => ({
    xlsx: xlsx[i],
    xls: xls[i],
    ods: ods[i],
    'csv (UTF-8, commas)': commas[i],
    'txt (UTF-16 LE, tabs: Unicode Text)': utf16(text(tabs[i]), 'le'),
    'csv (Windows-1258, semicolons)': windows1258(text(semicolons[i])),
  })
  return [corpus(0), corpus(1)]
}

let withErrors: Corpus = {}
let clean: Corpus = {}

describe.skipIf(!soffice && !onCi)('one inventory in every format', () => {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'capdo-formats-'))
    ;[withErrors, clean] = await corpora()
  }, 240_000)

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  /** What must not differ: the sheet's name is not kept by a text file, the format is what differs. */
  const essence = (read: InventoryFileResult) => ({
    headerRow: read.headerRow,
    mapping: read.mapping,
    ignoredColumns: read.ignoredColumns,
    rows: read.rows,
    errors: read.errors,
    rowsRead: read.rowsRead,
  })

  it('reads the same systems and the same cell errors from every format', async () => {
    const reference = await readInventoryWorkbook(withErrors.xlsx)
    expect(reference.rows.map((r) => r.record.name)).toHaveLength(5)
    expect(reference.errors.map((e) => [e.row, e.field])).toEqual([
      [9, 'level'],
      [10, 'unit'],
      [11, 'status'],
      [11, 'approvedOn'],
    ])
    const formats: Record<string, string> = {}
    for (const [name, bytes] of Object.entries(withErrors)) {
      const read = await readInventoryWorkbook(bytes)
      formats[name] =
        read.format.kind === 'text'
          ? `${read.format.encoding} ${JSON.stringify(read.format.separator)}`
          : read.format.kind
      expect(essence(read), name).toEqual(essence(reference))
      if (read.format.kind !== 'text') expect(read.sheetName, name).toBe('Danh mục HTTT')
    }
    expect(formats).toEqual({
      xlsx: 'xlsx',
      xls: 'xls',
      ods: 'ods',
      'csv (UTF-8, commas)': 'utf-8 ","',
      'txt (UTF-16 LE, tabs: Unicode Text)': 'utf-16le "\\t"',
      'csv (Windows-1258, semicolons)': 'windows-1258 ";"',
    })
  })

  it('validates every format with the same errors through the CLI', async () => {
    const outputs = new Set<string>()
    for (const bytes of Object.values(withErrors)) {
      const io = fakeIo({ file: bytes })
      expect(await validateCommand(['file', '--json'], io)).toBe(1)
      outputs.add(io.out)
    }
    expect(outputs.size).toBe(1)
    expect(JSON.parse([...outputs][0])).toMatchObject({ rows: 8 })
  })

  it('reports the same figures from every format through the CLI', async () => {
    const outputs = new Set<string>()
    for (const bytes of Object.values(clean)) {
      const io = fakeIo({ file: bytes })
      expect(await reportCommand(['file', '--as-of', CORPUS_AS_OF, '--json'], io)).toBe(0)
      outputs.add(io.out)
    }
    expect(outputs.size).toBe(1)
    expect(JSON.parse([...outputs][0])).toMatchObject({ totals: { systems: 5, approved: 2 } })
  })

  it('reads a workbook CapDo exported, then re-saved by LibreOffice as .xlsx, .xls or .ods, without loss', async () => {
    const exported = await buildReportWorkbook({
      register: fixtureRegister(),
      ruleSet: ND85_CT09_2024,
      asOf: FIXTURE_AS_OF,
      settings: DEFAULT_REPORT_SETTINGS,
    })
    const path = join(dir, 'bao-cao.xlsx')
    await writeFile(path, exported)
    const original = await readInventoryWorkbook(exported)
    // The fixture's one system without a unit is an error in every copy alike.
    expect(original.errors.map((e) => e.field)).toEqual(['unit'])
    expect(original.rows.length).toBeGreaterThan(5)
    const resaved = {
      xlsx: (await convert([path], 'xlsx:Calc Office Open XML', 'resaved-xlsx'))[0],
      xls: (await convert([path], 'xls', 'resaved-xls'))[0],
      ods: (await convert([path], 'ods', 'resaved-ods'))[0],
    }
    for (const [name, bytes] of Object.entries(resaved)) {
      const read = await readInventoryWorkbook(bytes)
      expect(read.format.kind, name).toBe(name)
      expect(read.sheetName, name).toBe('Danh mục')
      expect(read.errors, name).toEqual(original.errors)
      expect(read.ignoredColumns, name).toEqual(original.ignoredColumns)
      expect(read.rows, name).toEqual(original.rows)
    }
  }, 120_000)
})

/**
 * A generated corpus of damaged and hostile exchange sheets: every structural cell replaced by
 * values of the wrong type, out of range, hostile keys, formulas, dates; rows removed, repeated,
 * added; the file truncated. Each must be refused with a Vietnamese DomainError, and none may
 * leave a trace on Object.prototype.
 */
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { isDomainError } from '../../domain/errors'
import type { ExchangePackage } from '../../domain/exchange'
import { addExchangeSheet, EXCHANGE_SHEET_NAME, readExchangeSheet } from './exchange-sheet'
import { readExchangeWorkbook, workbookBytes } from './read-exchange-workbook'
import { samplePackage } from '../test-support/exchange-package'

interface Layout {
  pkg: ExchangePackage
  seenRows: number[]
  recordRows: number[]
  tombstoneRows: number[]
}

type Damage = { name: string; apply: (sheet: ExcelJS.Worksheet, layout: Layout) => void }

const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòõúùý]/iu
const FORMULA = { formula: 'SUM(1,1)', result: 2 }
const RICH = { richText: [{ text: 'system' }] }
const DATE = new Date(Date.UTC(2026, 11, 1))

function layoutOf(pkg: ExchangePackage): Layout {
  const offices = new Set([...Object.keys(pkg.seen), ...Object.keys(pkg.offices)]).size
  const first = 6
  const seenRows = Array.from({ length: offices }, (_, i) => first + i)
  const recordRows = pkg.records.map((_, i) => first + offices + i)
  const tombstoneRows = pkg.tombstones.map((_, i) => first + offices + pkg.records.length + i)
  return { pkg, seenRows, recordRows, tombstoneRows }
}

function setCell(row: number, col: number, value: unknown): Damage['apply'] {
  return (sheet) => {
    sheet.getCell(row, col).value = value as ExcelJS.CellValue
  }
}

/** Values that no cell of the given role may hold. */
const BAD: Record<string, readonly unknown[]> = {
  officeId: [
    null,
    '',
    '__proto__',
    'constructor',
    'prototype',
    'có dấu',
    'a b',
    'a'.repeat(101),
    42,
    FORMULA,
    RICH,
    DATE,
    true,
  ],
  recordId: [
    null,
    '',
    '__proto__',
    'constructor',
    'a\u0000b',
    ' s1',
    'x'.repeat(201),
    42,
    FORMULA,
    RICH,
    DATE,
  ],
  entity: [null, '', 'user', 'System', 'settings', 42, FORMULA, RICH],
  instant: [null, '', 'hôm qua', '01/12/2026', '2026-13-45T00:00:00Z', 42, DATE, FORMULA],
  revision: [null, 0, -1, 1.5, '3', 1e20, Number.NaN, FORMULA, DATE, true],
  name: [null, '', 42, 'tab\tname', 'x'.repeat(501), FORMULA, RICH],
  count: [null, -1, 1.5, 'ba', 1e9, FORMULA, DATE],
  json: [
    '{',
    '[]',
    'null',
    '"text"',
    '{"__proto__":{"polluted":1}}',
    '{"constructor":{"prototype":{"polluted":1}}}',
    '{"nested":{"__proto__":{"polluted":1}}}',
    '{"revision":3}',
    '{"id":"x"}',
    '{"updatedAt":"2026-12-01T00:00:00Z"}',
    // Deeper than EXCHANGE_LIMITS.maxDepth (12): hostile nesting.
    `${'{"a":'.repeat(14)}1${'}'.repeat(14)}`,
    '{"a":1e400}',
    `{"a":[${Array.from({ length: 1001 }, () => 1).join(',')}]}`,
    `{${Array.from({ length: 201 }, (_, i) => `"f${i}":1`).join(',')}}`,
    `{"a":"${'x'.repeat(29_000)}"}`.slice(0, 29_000),
    42,
    FORMULA,
    RICH,
  ],
}

function damages(layout: Layout): Damage[] {
  const out: Damage[] = []
  const each = (role: keyof typeof BAD, row: number, col: number, label: string) => {
    BAD[role].forEach((value, i) =>
      out.push({ name: `${label} ← ${role}#${i}`, apply: setCell(row, col, value) }),
    )
  }
  const { pkg, seenRows, recordRows, tombstoneRows } = layout

  // The header.
  for (const [i, value] of [null, 'CAPDO', 'capdo_trao_doi', 1, FORMULA].entries()) {
    out.push({ name: `marker #${i}`, apply: setCell(1, 1, value) })
  }
  for (const [i, value] of [null, 0, 2, 99, '1', 'một', 1.5, -1, FORMULA, DATE].entries()) {
    out.push({ name: `format version #${i}`, apply: setCell(2, 2, value) })
  }
  for (const row of [2, 3, 4, 5]) {
    out.push({ name: `header row ${row} kind renamed`, apply: setCell(row, 1, 'xyz') })
    out.push({ name: `header row ${row} kind removed`, apply: setCell(row, 1, null) })
  }
  each('officeId', 3, 2, 'sender id')
  each('name', 3, 3, 'sender name')
  each('instant', 4, 2, 'exportedAt')
  for (const col of [2, 3, 4]) each('count', 5, col, `count col ${col}`)
  for (const col of [2, 3, 4]) {
    const actual = col === 2 ? seenRows.length : col === 3 ? pkg.records.length : pkg.tombstones.length
    out.push({ name: `count col ${col} one too many`, apply: setCell(5, col, actual + 1) })
    if (actual > 0) out.push({ name: `count col ${col} one too few`, apply: setCell(5, col, actual - 1) })
  }
  out.push({
    name: 'header rows swapped',
    apply: (sheet) => {
      const a = sheet.getRow(3).values
      sheet.getRow(3).values = sheet.getRow(4).values
      sheet.getRow(4).values = a
    },
  })

  // The last-revision-seen map.
  for (const row of [seenRows[0], seenRows[seenRows.length - 1]]) {
    for (const [i, value] of [null, '', '__proto__', 'prototype', 'x y', 42].entries()) {
      out.push({ name: `seen row ${row} id #${i}`, apply: setCell(row, 2, value) })
    }
    for (const [i, value] of ['5', -1, 1.5, 1e300, FORMULA, DATE].entries()) {
      out.push({ name: `seen row ${row} revision #${i}`, apply: setCell(row, 4, value) })
    }
  }
  const senderRow =
    seenRows[
      [...new Set([...Object.keys(pkg.seen), ...Object.keys(pkg.offices)])].sort().indexOf(pkg.office.id)
    ]
  const otherRow = seenRows.find((r) => r !== senderRow) as number
  out.push({ name: 'seen: duplicate office', apply: setCell(otherRow, 2, pkg.office.id) })
  out.push({ name: 'seen: sender revision 0 (records beyond it)', apply: setCell(senderRow, 4, 0) })
  out.push({ name: 'seen: sender revision removed', apply: setCell(senderRow, 4, null) })

  // Records, first and last.
  for (const row of [recordRows[0], recordRows[recordRows.length - 1]]) {
    each('entity', row, 2, `record ${row} entity`)
    each('recordId', row, 3, `record ${row} id`)
    each('instant', row, 4, `record ${row} updatedAt`)
    each('revision', row, 5, `record ${row} revision`)
    each('officeId', row, 6, `record ${row} origin`)
    out.push({ name: `record ${row} origin unknown`, apply: setCell(row, 6, 'van-phong-la') })
    for (const [i, value] of [null, 0, 2, 101, 'một', 1.5].entries()) {
      out.push({ name: `record ${row} chunk count #${i}`, apply: setCell(row, 7, value) })
    }
    each('json', row, 8, `record ${row} data`)
    out.push({ name: `record ${row} extra chunk`, apply: setCell(row, 9, '}') })
    out.push({
      name: `record ${row} revision beyond what the file has seen`,
      apply: (sheet) => {
        const origin = String(sheet.getCell(row, 6).value)
        sheet.getCell(row, 5).value = (pkg.seen[origin] ?? 0) + 1
      },
    })
  }
  out.push({ name: 'record id repeated', apply: setCell(recordRows[1], 3, pkg.records[0].id) })
  if (pkg.records[1].entity === pkg.records[0].entity) {
    out.push({
      name: 'record id repeated (same entity)',
      apply: setCell(recordRows[1], 3, pkg.records[0].id),
    })
  }

  // Tombstones.
  for (const row of tombstoneRows) {
    each('entity', row, 2, `tombstone ${row} entity`)
    each('recordId', row, 3, `tombstone ${row} id`)
    each('revision', row, 4, `tombstone ${row} revision`)
    each('instant', row, 5, `tombstone ${row} deletedAt`)
    each('officeId', row, 6, `tombstone ${row} office`)
    out.push({ name: `tombstone ${row} extra cell`, apply: setCell(row, 7, 'x') })
    out.push({
      name: `tombstone ${row} also a live record`,
      apply: (sheet) => {
        sheet.getCell(row, 2).value = pkg.records[0].entity
        sheet.getCell(row, 3).value = pkg.records[0].id
      },
    })
  }

  // Rows removed, repeated, added; the sheet cut short or gone.
  const last = tombstoneRows[tombstoneRows.length - 1] ?? recordRows[recordRows.length - 1]
  out.push({ name: 'unknown row kind', apply: setCell(last + 1, 1, 'hack') })
  out.push({
    name: 'a record row beyond the count',
    apply: (sheet) => void sheet.insertRow(last + 1, sheet.getRow(recordRows[0]).values),
  })
  out.push({ name: 'a record row removed', apply: (sheet) => sheet.spliceRows(recordRows[0], 1) })
  out.push({ name: 'a seen row removed', apply: (sheet) => sheet.spliceRows(seenRows[0], 1) })
  for (const keep of [1, 2, 3, 5, recordRows[0], last - 1]) {
    // (exceljs's spliceRows leaves the tail of a sheet in place: clear the rows instead.)
    out.push({
      name: `cut after row ${keep}`,
      apply: (sheet) => {
        for (let r = keep + 1; r <= last; r++) sheet.getRow(r).values = []
      },
    })
  }
  out.push({ name: 'sheet renamed', apply: (sheet) => (sheet.name = 'Sheet2') })
  return out
}

async function damagedWorkbook(
  pkg: ExchangePackage,
  damage: Damage,
  layout: Layout,
): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook()
  workbook.addWorksheet('Báo cáo').addRow(['Danh mục'])
  const sheet = await addExchangeSheet(workbook, pkg)
  damage.apply(sheet, layout)
  return workbook
}

function refusal(run: () => unknown): { code: string; message: string } {
  try {
    run()
  } catch (error) {
    if (isDomainError(error)) return { code: error.code, message: error.message }
    throw error
  }
  throw new Error('accepted')
}

describe('a corpus of damaged exchange sheets', () => {
  const bases = [samplePackage({ longText: false })]
  // A second base whose sender is another office, with more offices in its map.
  const second = structuredClone(bases[0])
  second.offices['van-phong-phu'] = 'Văn phòng phụ'
  second.seen['van-phong-phu'] = 0
  bases.push(second)

  it('refuses every damaged sheet with a Vietnamese message, and nothing reaches Object.prototype', async () => {
    let total = 0
    const accepted: string[] = []
    for (const pkg of bases) {
      const layout = layoutOf(pkg)
      // The undamaged sheet reads (else every refusal below would prove nothing).
      const clean = await damagedWorkbook(pkg, { name: 'none', apply: () => undefined }, layout)
      expect(readExchangeSheet(clean)).toEqual(pkg)

      for (const damage of damages(layout)) {
        total += 1
        const workbook = await damagedWorkbook(pkg, damage, layout)
        let outcome: { code: string; message: string }
        try {
          outcome = refusal(() => {
            const sheet = workbook.getWorksheet(EXCHANGE_SHEET_NAME)
            if (!sheet && damage.name !== 'sheet renamed') throw new Error('sheet lost by the damage itself')
            return readExchangeSheet(workbook)
          })
        } catch {
          accepted.push(damage.name)
          continue
        }
        expect(outcome.code, damage.name).toMatch(/^exchange_/u)
        expect(outcome.message, damage.name).toMatch(VIETNAMESE)
        expect(outcome.message, damage.name).not.toMatch(/Invalid|expected|undefined|\[object/u)
        expect(outcome.message.length, damage.name).toBeLessThan(450)
      }
    }
    expect(accepted).toEqual([])
    expect(total).toBeGreaterThanOrEqual(300)
    expect(Object.keys(Object.prototype)).toEqual([])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('names the row of a damaged record so a person can find it', () => {
    const pkg = bases[0]
    const layout = layoutOf(pkg)
    return damagedWorkbook(
      pkg,
      { name: 'bad revision', apply: setCell(layout.recordRows[2], 5, -1) },
      layout,
    ).then((wb) => {
      const { message } = refusal(() => readExchangeSheet(wb))
      expect(message).toBe(
        `Tệp trao đổi dữ liệu không hợp lệ nên không được nhận: trang "CapDo_TraoDoi", dòng ${layout.recordRows[2]}, trường "số phiên bản" quá nhỏ hoặc bị trống. ` +
          'Hãy đề nghị đơn vị gửi xuất lại tệp bằng chức năng "Gửi lên".',
      )
    })
  })

  it('refuses truncated and garbage files as unreadable', async () => {
    const workbook = new ExcelJS.Workbook()
    workbook.addWorksheet('Báo cáo').addRow(['Danh mục'])
    await addExchangeSheet(workbook, bases[0])
    const bytes = await workbookBytes(workbook)
    const cuts = Array.from({ length: 24 }, (_, i) => Math.floor((bytes.length * (i + 1)) / 26))
    const files = [
      new Uint8Array(0),
      new TextEncoder().encode('không phải tệp Excel'),
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]),
      ...cuts.map((n) => bytes.slice(0, n)),
    ]
    for (const file of files) {
      const error = await readExchangeWorkbook(file).then(
        () => null,
        (e: unknown) => e,
      )
      expect(isDomainError(error), `${file.length} bytes`).toBe(true)
      expect((error as Error).message).toMatch(VIETNAMESE)
    }
  })
})

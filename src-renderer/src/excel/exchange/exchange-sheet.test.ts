import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { isDomainError } from '../../domain/errors'
import type { ExchangePackage } from '../../domain/exchange'
import { SO, TestStore, t } from '../../domain/test-support/exchange-store'
import { addExchangeSheet, EXCHANGE_SHEET_NAME } from './exchange-sheet'
import { readExchangeWorkbook, workbookBytes } from './read-exchange-workbook'
import { samplePackage } from '../test-support/exchange-package'

async function roundTrip(pkg: ExchangePackage): Promise<{ bytes: Uint8Array; read: ExchangePackage }> {
  const workbook = new ExcelJS.Workbook()
  workbook.addWorksheet('Danh mục HTTT').addRow(['Báo cáo người đọc'])
  await addExchangeSheet(workbook, pkg)
  const bytes = await workbookBytes(workbook)
  return { bytes, read: await readExchangeWorkbook(bytes) }
}

describe('the machine sheet of an exchange workbook', () => {
  it('reads back exactly the package that was written, long texts and relayed origins included', async () => {
    const pkg = samplePackage()
    expect(pkg.records.some((r) => JSON.stringify(r.data).length > 60_000)).toBe(true)
    expect(pkg.tombstones).toHaveLength(1)
    const { read } = await roundTrip(pkg)
    expect(read).toEqual(pkg)
  })

  it('is very hidden and protected, and its text cells are never formulas', async () => {
    const { bytes } = await roundTrip(samplePackage())
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx['load']>[0])
    const sheet = workbook.getWorksheet(EXCHANGE_SHEET_NAME)
    expect(sheet?.state).toBe('veryHidden')
    // exceljs reads the protection back but does not type it.
    expect((sheet as unknown as { sheetProtection?: object }).sheetProtection).toMatchObject({ sheet: true })
    const cells: unknown[] = []
    sheet?.eachRow((row) => row.eachCell((cell) => cells.push(cell.value)))
    expect(cells.every((v) => typeof v === 'string' || typeof v === 'number')).toBe(true)
  })

  it('merges after the trip through Excel bytes exactly as the package itself', async () => {
    const pkg = samplePackage()
    const { read } = await roundTrip(pkg)
    // Two identical stores plan the package and its trip through bytes the same way.
    const direct = new TestStore(SO)
    const viaFile = new TestStore(SO)
    expect(direct.plan(pkg, t(12)).items).toEqual(viaFile.plan(read, t(12)).items)
  })

  it('refuses a workbook without the machine sheet (a report saved by another program) in Vietnamese', async () => {
    const workbook = new ExcelJS.Workbook()
    workbook.addWorksheet('Danh mục HTTT').addRow(['Tên hệ thống'])
    const error = await readExchangeWorkbook(await workbookBytes(workbook)).catch((e: unknown) => e)
    expect(isDomainError(error) && error.code).toBe('exchange_sheet_missing')
    expect((error as Error).message).toContain('không có dữ liệu trao đổi của CapDo')
  })
})

/**
 * Excel out, then in again: an officer exports the report workbook from the app, and the file on
 * disk says what the app says. The download is read back in Node with the same reader the import
 * screen uses: the register sheet carries the 300 demo systems under their stable ids, and the
 * summary's totals are the dashboard's tiles for the same day.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import ExcelJS from 'exceljs'
import { baseURL } from '../../playwright.config'
import { generateDemoDataset } from '../../src-renderer/src/demo/generate'
import { parseUnitsCsv } from '../../src-renderer/src/demo/units-csv'
import {
  formatViDate,
  isIsoDate,
  vietnamDate,
  type IsoDate,
} from '../../src-renderer/src/domain/calendar-date'
import { quarterDueDate, quarterOf } from '../../src-renderer/src/domain/report/quarter'
import { ND85_CT09_2024 } from '../../src-renderer/src/domain/rule-set'
import { readInventoryWorkbook } from '../../src-renderer/src/excel/import/read-workbook'
import { AppPage } from './pages/app-page'
import { ExportScreen } from './pages/export-page'

/** The seed the app's "Nạp dữ liệu mẫu" uses (DEFAULT_DEMO_SEED in db/demo/load-demo.ts). */
const DEMO_SEED = 2024

/** The dashboard tiles, by title, in the order of the summary sheet's counter columns. */
const TILES = {
  systems: 'Hệ thống thông tin',
  approved: 'Đã phê duyệt cấp độ',
  approvalOverdue: 'Quá hạn phê duyệt',
  deployed: 'Đã triển khai phương án',
  deploymentOverdue: 'Quá hạn triển khai',
  assessmentOverdue: 'Quá hạn kiểm tra, đánh giá',
  assessmentDueSoon: 'Sắp đến hạn kiểm tra, đánh giá',
  missingLevel: 'Chưa xác định cấp độ',
} as const
type Counter = keyof typeof TILES

async function dashboardTotals(app: AppPage): Promise<Record<Counter, number>> {
  const totals = {} as Record<Counter, number>
  for (const [key, title] of Object.entries(TILES) as [Counter, string][]) {
    totals[key] = await app.tileValue(title)
  }
  return totals
}

async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.readFile(path)
  return workbook
}

/** The TỔNG CỘNG row of the summary sheet: the ten counter columns after its label. */
function summaryTotals(workbook: ExcelJS.Workbook): Record<Counter, number> {
  const sheet = workbook.getWorksheet('Tổng hợp')
  if (!sheet) throw new Error('no summary sheet')
  let cells: ExcelJS.CellValue[] | null = null
  sheet.eachRow((row) => {
    const values = (row.values as ExcelJS.CellValue[]).slice(1)
    const at = values.indexOf('TỔNG CỘNG')
    if (at >= 0) cells = values.slice(at + 1)
  })
  if (!cells) throw new Error('no TỔNG CỘNG row')
  // Tổng số · Đã phê duyệt · Tỷ lệ · Quá hạn · Đã triển khai · Tỷ lệ · Quá hạn · Quá hạn KT · Sắp đến hạn · Chưa xác định
  const [
    systems,
    approved,
    ,
    approvalOverdue,
    deployed,
    ,
    deploymentOverdue,
    assessmentOverdue,
    assessmentDueSoon,
    missingLevel,
  ] = cells as number[]
  return {
    systems,
    approved,
    approvalOverdue,
    deployed,
    deploymentOverdue,
    assessmentOverdue,
    assessmentDueSoon,
    missingLevel,
  }
}

function demoRegister(asOf: IsoDate) {
  const csv = readFileSync(resolve(__dirname, '../../resources/seed/don-vi-mau-hai-phong.csv'), 'utf8')
  return generateDemoDataset({ seed: DEMO_SEED, asOf, seedUnits: parseUnitsCsv(csv) })
}

async function openWithDemo(page: Page): Promise<AppPage> {
  const app = new AppPage(page, baseURL)
  await app.open()
  await app.loadDemoButton.click()
  await expect(page.getByText('Đã nạp 300 hệ thống thông tin của 95 đơn vị.')).toBeVisible()
  return app
}

test('an officer exports the report workbook; it holds the register and the dashboard’s totals', async ({
  page,
}, testInfo) => {
  const app = await openWithDemo(page)
  const tiles = await dashboardTotals(app)
  expect(tiles.systems).toBe(300)

  const screen = new ExportScreen(page)
  await screen.open()
  // The report is computed for the app's day, the one the dashboard showed.
  const asOf = await screen.asOf()
  expect(isIsoDate(asOf)).toBe(true)
  expect(asOf).toBe(vietnamDate(new Date()))
  await expect(screen.sheetCheckboxes).toHaveCount(6)
  for (const name of ['Tổng hợp', 'Danh mục', 'Quá hạn', 'Sắp đến hạn', 'Báo cáo quý']) {
    await expect(screen.sheet(name)).toBeChecked()
  }
  // The demo runs under Decree 85: Decree 331's form is offered, not ticked.
  await expect(screen.sheet('Mẫu 08')).not.toBeChecked()
  const { year, quarter } = quarterOf(asOf)
  await expect(screen.quarterDue).toHaveText(
    `Hạn gửi: ${formatViDate(quarterDueDate(year, quarter, ND85_CT09_2024))}`,
  )
  await expect(screen.issuer).toContainText('SỞ KHOA HỌC VÀ CÔNG NGHỆ')
  await expect(screen.settingsLink).toBeVisible()
  const fileName = `CapDo-bao-cao-${asOf}.xlsx`
  await expect(screen.fileName).toHaveText(fileName)

  const path = testInfo.outputPath(fileName)
  const download = await screen.exportAndSave(path)
  expect(download.suggestedFilename()).toBe(fileName)
  await expect(screen.savedNotice(fileName)).toBeVisible()

  const workbook = await loadWorkbook(path)
  expect(workbook.worksheets.map((w) => w.name)).toEqual([
    'Tổng hợp',
    'Danh mục',
    'Quá hạn',
    'Sắp đến hạn',
    'Báo cáo quý',
  ])
  expect(summaryTotals(workbook)).toEqual(tiles)

  const parsed = await readInventoryWorkbook(readFileSync(path))
  expect(parsed.sheetName).toBe('Danh mục')
  expect(parsed.errors).toEqual([])
  const demo = demoRegister(asOf)
  const namesById = new Map(demo.systems.map((s) => [s.id, s.name]))
  expect(parsed.rows).toHaveLength(300)
  expect(new Set(parsed.rows.map((r) => r.record.id))).toEqual(new Set(namesById.keys()))
  for (const { record } of parsed.rows) expect(record.name).toBe(namesById.get(record.id ?? ''))

  expect(app.consoleErrors).toEqual([])
  expect(app.outsideRequests).toEqual([])
})

test('the register sheet alone exports for sending upward and reads back as an inventory', async ({
  page,
}, testInfo) => {
  const app = await openWithDemo(page)
  const screen = new ExportScreen(page)
  await screen.open()
  const asOf = await screen.asOf()

  const fileName = `CapDo-danh-muc-${asOf}.xlsx`
  const path = testInfo.outputPath(fileName)
  const download = await screen.exportAndSave(path, screen.registerOnlyButton)
  expect(download.suggestedFilename()).toBe(fileName)
  await expect(screen.savedNotice(fileName)).toBeVisible()

  const workbook = await loadWorkbook(path)
  expect(workbook.worksheets.map((w) => w.name)).toEqual(['Danh mục'])
  const parsed = await readInventoryWorkbook(readFileSync(path))
  expect(parsed.errors).toEqual([])
  expect(parsed.rows).toHaveLength(300)
  expect(new Set(parsed.rows.map((r) => r.record.id)).size).toBe(300)
  expect(app.consoleErrors).toEqual([])
})

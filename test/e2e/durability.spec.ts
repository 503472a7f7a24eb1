/**
 * Durability, end to end. A page closed in the middle of an import leaves the register exactly as
 * it was: the import is one IndexedDB transaction, and a closed page aborts it. The workbook is
 * generated here, large enough (3,000 systems) that its write takes seconds, and the test proves
 * afterwards that the page was closed inside that window, not before it started.
 */
import { writeFile } from 'node:fs/promises'
import { expect, test } from '@playwright/test'
import { baseURL } from '../../playwright.config'
import { buildInventoryWorkbook } from '../fixtures/messy-workbooks'
import { AppPage } from './pages/app-page'
import { ImportScreen } from './pages/import-page'
import { autoBackupReasons, dumpRegister } from './pages/store-probe'

const SYSTEMS = 3_000
/** How long after the write starts the page is closed. */
const CLOSE_AFTER_MS = 400

function bigInventory(): Promise<Uint8Array> {
  const header = ['Tên hệ thống thông tin', 'Đơn vị quản lý, vận hành', 'Khối', 'Cấp độ đề xuất', 'Mô tả']
  const rows = Array.from({ length: SYSTEMS }, (_, i) => [
    `Hệ thống quản lý hồ sơ số ${i + 1}`,
    `UBND xã Thử nghiệm ${(i % 200) + 1}`,
    'Khối xã, phường',
    (i % 4) + 1,
    `Phục vụ tiếp nhận và giải quyết thủ tục hành chính, bản ghi thử nghiệm số ${i + 1}.`,
  ])
  return buildInventoryWorkbook(header, rows)
}

/** Resolves when the automatic backup before an import is stored: the write starts right after. */
async function untilBackupBeforeImport(app: AppPage, count: number): Promise<void> {
  await expect
    .poll(async () => (await autoBackupReasons(app.page)).filter((r) => r === 'before-import').length, {
      timeout: 30_000,
      intervals: [20],
    })
    .toBe(count)
}

test('a page closed in the middle of an import leaves the register exactly as it was', async ({
  page,
  context,
}, testInfo) => {
  test.setTimeout(240_000)
  const file = testInfo.outputPath('so-lon.xlsx')
  await writeFile(file, await bigInventory())

  let app = new AppPage(page, baseURL)
  await app.open()
  await app.loadDemoButton.click()
  await expect(page.getByText('Đã nạp 300 hệ thống thông tin của 95 đơn vị.')).toBeVisible()
  await app.navLink('Nhập từ Excel').click()
  let screen = new ImportScreen(page)
  await screen.chooseFile(file)
  await expect.poll(() => screen.count('Thêm mới'), { timeout: 60_000 }).toBe(SYSTEMS)
  const before = await dumpRegister(page)
  expect(before.systems).toHaveLength(300)

  // Import, and close the page while the worker writes.
  await screen.importButton.click()
  await untilBackupBeforeImport(app, 1)
  await page.waitForTimeout(CLOSE_AFTER_MS)
  await page.close()

  // Reopen: the register is exactly what it was, record for record.
  const reopened = await context.newPage()
  app = new AppPage(reopened, baseURL)
  await app.open()
  expect(await dumpRegister(reopened)).toEqual(before)
  expect(await app.tileValue('Hệ thống thông tin')).toBe(300)

  // The same import, left to finish: it writes every system, and takes longer than the moment the
  // first page was closed at, so that close fell inside the write.
  await app.navLink('Nhập từ Excel').click()
  screen = new ImportScreen(reopened)
  await screen.chooseFile(file)
  await expect.poll(() => screen.count('Thêm mới'), { timeout: 60_000 }).toBe(SYSTEMS)
  await screen.importButton.click()
  await untilBackupBeforeImport(app, 2)
  const writeStarted = Date.now()
  await expect(screen.result).toBeVisible({ timeout: 120_000 })
  const writeMs = Date.now() - writeStarted
  testInfo.annotations.push({ type: 'import write', description: `${writeMs} ms for ${SYSTEMS} systems` })
  expect(writeMs).toBeGreaterThan(CLOSE_AFTER_MS * 2)
  expect(await screen.resultCount('added')).toBe(SYSTEMS)
  expect((await dumpRegister(reopened)).systems).toHaveLength(300 + SYSTEMS)
  expect(app.consoleErrors).toEqual([])
})

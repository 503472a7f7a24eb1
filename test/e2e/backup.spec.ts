/**
 * Backups, end to end: an officer backs the demo register up to a file, changes the register,
 * restores the file and finds the dashboard as it was; restoring the same file again changes
 * nothing (no duplicates). The downloaded file is read back in Node and checked.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import { expect, test } from '@playwright/test'
import { baseURL } from '../../playwright.config'
import { buildMessyInventory } from '../fixtures/messy-workbooks'
import { AppPage } from './pages/app-page'
import { BackupScreen } from './pages/backup-page'
import { ImportScreen } from './pages/import-page'
import { UnitsScreen } from './pages/units-page'

const TILES = [
  'Hệ thống thông tin',
  'Đã phê duyệt cấp độ',
  'Quá hạn phê duyệt',
  'Đã triển khai phương án',
  'Quá hạn kiểm tra, đánh giá',
  'Chưa xác định cấp độ',
]

async function dashboard(app: AppPage): Promise<number[]> {
  await app.navLink('Tổng quan').click()
  await expect(app.page.getByTestId('tile').first()).toBeVisible()
  const values: number[] = []
  for (const title of TILES) values.push(await app.tileValue(title))
  return values
}

test('a backup restores the register after a change, and a second restore changes nothing', async ({
  page,
}, testInfo) => {
  const app = new AppPage(page, baseURL)
  const backup = new BackupScreen(page)
  const units = new UnitsScreen(page)
  await app.open()
  await app.loadDemoButton.click()
  await expect(page.getByText('Đã nạp 300 hệ thống thông tin của 95 đơn vị.')).toBeVisible()
  const before = await dashboard(app)
  expect(before[0]).toBe(300)

  // Back up: the file is a gzip JSON document with every table and its checksum.
  await backup.open()
  await expect(backup.currentCount('units')).toHaveText('95')
  await expect(backup.currentCount('systems')).toHaveText('300')
  const file = testInfo.outputPath('backup.capdo')
  const download = await backup.backUpTo(file)
  expect(download.suggestedFilename()).toMatch(/^CapDo-sao-luu-\d{4}-\d{2}-\d{2}\.capdo$/)
  const doc = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as {
    format: string
    counts: Record<string, number>
    tables: { systems: unknown[] }
    checksum: string
  }
  expect(doc.format).toBe('capdo-backup')
  expect(doc.counts).toMatchObject({ units: 95, systems: 300 })
  expect(doc.tables.systems).toHaveLength(300)
  expect(doc.checksum).toMatch(/^[0-9a-f]{64}$/)

  // Change the register: merge a unit into another.
  await app.navLink('Đơn vị').click()
  const tourism = await units.systemsOf('Sở Du lịch')
  await units.mergeUnit('Sở Du lịch', 'Sở Văn hóa và Thể thao')
  await expect(units.unitLink('Sở Du lịch')).toHaveCount(0)
  await expect(units.summary).toHaveText('94 đơn vị · 8 khối · 300 hệ thống thông tin')

  // Restore: the confirmation compares the file with the current data and warns before replacing.
  await backup.open()
  await expect(backup.currentCount('units')).toHaveText('94')
  const historyAfterChange = Number(await backup.currentCount('history').innerText())
  await backup.chooseFile(file)
  await expect(backup.confirmDialog).toBeVisible()
  await expect(backup.confirmDialog).toContainText('Toàn bộ dữ liệu hiện tại sẽ bị thay thế')
  expect(await backup.confirmCounts('Đơn vị')).toEqual({ inBackup: 95, current: 94 })
  expect(await backup.confirmCounts('Hệ thống thông tin')).toEqual({ inBackup: 300, current: 300 })
  expect(await backup.confirmCounts('Mục lịch sử thay đổi')).toEqual({
    inBackup: doc.counts.history,
    current: historyAfterChange,
  })
  await backup.confirm()
  await expect(page.getByText(/^Đã khôi phục 300 hệ thống thông tin của 95 đơn vị/)).toBeVisible()
  await expect(backup.currentCount('units')).toHaveText('95')
  await expect(backup.currentCount('history')).toHaveText(String(doc.counts.history + 1))

  // The safety copy of what was replaced can be saved.
  const [safety] = await Promise.all([page.waitForEvent('download'), backup.saveSafetyButton.click()])
  expect(safety.suggestedFilename()).toMatch(/^CapDo-truoc-khoi-phuc-\d{4}-\d{2}-\d{2}\.capdo$/)
  const safetyPath = testInfo.outputPath('safety.capdo')
  await safety.saveAs(safetyPath)
  const safetyDoc = JSON.parse(gunzipSync(readFileSync(safetyPath)).toString('utf8')) as {
    counts: Record<string, number>
  }
  expect(safetyDoc.counts.units).toBe(94)

  expect(await dashboard(app)).toEqual(before)
  await app.navLink('Đơn vị').click()
  await expect.poll(() => units.systemsOf('Sở Du lịch')).toBe(tourism)

  // Restoring the same file again: same counts, nothing duplicated.
  await backup.open()
  await backup.chooseFile(file)
  expect(await backup.confirmCounts('Hệ thống thông tin')).toEqual({ inBackup: 300, current: 300 })
  await backup.confirm()
  await expect(page.getByText(/^Đã khôi phục 300 hệ thống thông tin của 95 đơn vị/).first()).toBeVisible()
  await expect(backup.currentCount('units')).toHaveText('95')
  await expect(backup.currentCount('systems')).toHaveText('300')
  await expect(backup.currentCount('history')).toHaveText(String(doc.counts.history + 1))
  expect(await dashboard(app)).toEqual(before)

  expect(app.consoleErrors).toEqual([])
  expect(app.outsideRequests).toEqual([])
})

test('a damaged backup is refused in Vietnamese and the register stays as it was', async ({
  page,
}, testInfo) => {
  const app = new AppPage(page, baseURL)
  const backup = new BackupScreen(page)
  await app.open()
  await app.loadDemoButton.click()
  await expect(page.getByText('Đã nạp 300 hệ thống thông tin của 95 đơn vị.')).toBeVisible()
  await backup.open()
  const file = testInfo.outputPath('backup.capdo')
  await backup.backUpTo(file)
  const bytes = readFileSync(file)
  const truncated = testInfo.outputPath('truncated.capdo')
  writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)))

  await backup.chooseFile(truncated)
  await expect(
    page.getByText(/^Tệp sao lưu bị hỏng hoặc không đầy đủ.*Dữ liệu hiện tại không bị thay đổi\.$/),
  ).toBeVisible()
  await expect(backup.confirmDialog).toHaveCount(0)
  await expect(backup.currentCount('systems')).toHaveText('300')
})

test('an import is preceded by an automatic backup, listed in Settings, which undoes the import', async ({
  page,
}, testInfo) => {
  test.slow()
  const app = new AppPage(page, baseURL)
  const backup = new BackupScreen(page)
  const importer = new ImportScreen(page)
  await app.open()
  await app.loadDemoButton.click()
  await expect(page.getByText('Đã nạp 300 hệ thống thông tin của 95 đơn vị.')).toBeVisible()

  const file = testInfo.outputPath('danh-muc-httt.xlsx')
  writeFileSync(file, await buildMessyInventory())
  await app.navLink('Nhập từ Excel').click()
  await importer.chooseFile(file)
  await importer.importFile()
  expect(await importer.resultCount('added')).toBe(9)

  // The list shows the backup taken just before the import, with the register as it was then.
  await backup.open()
  const beforeImport = backup.autoBackupRow('Trước khi nhập dữ liệu')
  await expect(beforeImport).toBeVisible()
  await expect(beforeImport).toContainText('300 hệ thống · 95 đơn vị')
  await expect(beforeImport).toContainText(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/)
  await expect(beforeImport).toContainText(/\d+(,\d)? KB/)
  await expect(backup.storageUsed).toHaveText(/^Đã dùng \d+(,\d)? [KMG]?B trên \d+(,\d)? [KMGT]B$/)
  await page.screenshot({ path: testInfo.outputPath('backups-tab.png'), fullPage: true })

  // Restoring it goes through the same validated restore, and undoes the import.
  await backup.restoreAutoBackup(beforeImport)
  await expect(backup.confirmDialog).toContainText('Bản sao lưu tự động lúc')
  expect(await backup.confirmCounts('Hệ thống thông tin')).toEqual({ inBackup: 300, current: 309 })
  await backup.confirm()
  await expect(page.getByText(/^Đã khôi phục 300 hệ thống thông tin của 95 đơn vị/)).toBeVisible()
  await expect(backup.currentCount('systems')).toHaveText('300')
  // …after keeping what it replaced as the newest automatic backup.
  await expect(backup.autoBackupRows.first()).toContainText('Trước khi khôi phục')
  await expect(backup.autoBackupRows.first()).toContainText('309 hệ thống')
  expect(app.consoleErrors).toEqual([])
})

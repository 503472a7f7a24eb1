/**
 * The register travels as Excel and comes back whole: what the app exports, the app imports again
 * as "nothing to change" — every system matched by its stable id, no duplicate, no update.
 */
import { expect, test } from '@playwright/test'
import { baseURL } from '../../playwright.config'
import { AppPage } from './pages/app-page'
import { ExportScreen } from './pages/export-page'
import { ImportScreen } from './pages/import-page'

test('an exported register imports back with nothing added or changed', async ({ page }, testInfo) => {
  test.slow()
  const app = new AppPage(page, baseURL)
  await app.open()
  await app.loadDemoButton.click()
  await expect(page.getByTestId('tile').first()).toBeVisible()

  const exportScreen = new ExportScreen(page)
  await exportScreen.open()
  const path = testInfo.outputPath('danh-muc.xlsx')
  await exportScreen.exportAndSave(path, exportScreen.registerOnlyButton)

  await app.navLink('Nhập từ Excel').click()
  const importScreen = new ImportScreen(page)
  await importScreen.chooseFile(path)
  expect(await importScreen.count('Thêm mới')).toBe(0)
  expect(await importScreen.count('Cập nhật')).toBe(0)
  expect(await importScreen.count('Không thay đổi')).toBe(300)

  await importScreen.importFile()
  expect(await importScreen.resultCount('added')).toBe(0)
  expect(await importScreen.resultCount('updated')).toBe(0)
  await app.navLink('Tổng quan').click()
  expect(await app.tileValue('Hệ thống thông tin')).toBe(300)
  expect(app.outsideRequests).toEqual([])
})

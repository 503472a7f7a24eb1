/**
 * The app is alive: Vietnamese shell, demo data loaded into the real IndexedDB store, counts shown
 * from the store, data kept across a reload, no console error and no request leaving the machine.
 */
import { expect, test } from '@playwright/test'
import { baseURL } from '../../playwright.config'
import { AppPage } from './pages/app-page'

test('a new installation loads the demo register and keeps it after a reload', async ({ page }) => {
  const app = new AppPage(page, baseURL)
  await app.open()

  await expect(page.locator('html')).toHaveAttribute('lang', 'vi')
  await expect(page).toHaveTitle('CapDo — Sổ theo dõi cấp độ ATTT')
  await expect(app.emptyState).toBeVisible()
  await expect(app.navLink('Tổng quan')).toBeVisible()

  await app.loadDemoButton.click()
  await expect(page.getByText('Đã nạp 300 hệ thống thông tin của 95 đơn vị.')).toBeVisible()
  expect(await app.tileValue('Hệ thống thông tin')).toBe(300)
  const approved = await app.tileValue('Đã phê duyệt cấp độ')
  expect(approved).toBeGreaterThan(0)
  expect(approved).toBeLessThan(300)

  // The by-block table lists the 8 blocks of the seed data.
  await expect(page.getByTestId('by-block').locator('tbody tr')).toHaveCount(8)

  await app.reload()
  expect(await app.tileValue('Hệ thống thông tin')).toBe(300)
  expect(await app.tileValue('Đã phê duyệt cấp độ')).toBe(approved)
  await expect(app.emptyState).toHaveCount(0)

  await app.navLink('Đơn vị').click()
  await expect(page.getByTestId('units-table')).toContainText('Sở Y tế')

  expect(app.consoleErrors).toEqual([])
  expect(app.outsideRequests).toEqual([])
})

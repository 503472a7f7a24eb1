/**
 * The register's filter bar on the office screens (issue #18: "filter chips and placeholders are
 * cut"): every hint in it is read whole at 1366×768 and at 1280×720, the smallest the app supports.
 */
import { expect, test } from '@playwright/test'
import { baseURL } from '../../playwright.config'
import { AppPage } from './pages/app-page'
import { RegisterPage } from './pages/register-page'

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
]) {
  test(`at ${viewport.width}×${viewport.height} no hint of the register's filters is cut`, async ({ page }) => {
    await page.setViewportSize(viewport)
    const app = new AppPage(page, baseURL)
    const register = new RegisterPage(page)
    await app.open()
    await app.loadDemoButton.click()
    await expect(page.getByText('Đã nạp 300 hệ thống thông tin của 95 đơn vị.')).toBeVisible()
    await register.open()
    await expect(register.rows.first()).toBeVisible()
    expect(await register.cutPlaceholders()).toEqual([])
    await page.screenshot({ path: `/tmp/polish-register-${viewport.width}.png` })
  })
}

/**
 * The dashboard as an officer uses it: every tile opens the register filtered to exactly the
 * systems it counts, and changing "tính đến ngày" recomputes the figures for that day.
 */
import { expect, test } from '@playwright/test'
import { baseURL } from '../../playwright.config'
import { AppPage } from './pages/app-page'
import { RegisterPage } from './pages/register-page'

test.beforeEach(async ({ page }) => {
  const app = new AppPage(page, baseURL)
  await app.open()
  await app.loadDemoButton.click()
  await expect(page.getByTestId('tile').first()).toBeVisible()
})

for (const tile of ['Quá hạn phê duyệt', 'Quá hạn kiểm tra, đánh giá', 'Chưa xác định cấp độ']) {
  test(`the "${tile}" tile opens the register with exactly its systems`, async ({ page }) => {
    const app = new AppPage(page, baseURL)
    const expected = await app.tileValue(tile)
    expect(expected).toBeGreaterThan(0)
    await page.getByTestId('tile').filter({ hasText: tile }).click()
    await expect(page).toHaveURL(/#\/register\?/)
    const register = new RegisterPage(page)
    await expect(register.countLine).toBeVisible()
    expect(await register.counts()).toEqual({ shown: expected, total: 300 })
  })
}

test('the figures follow the chosen "tính đến ngày"', async ({ page }) => {
  const app = new AppPage(page, baseURL)
  const today = await app.tileValue('Quá hạn kiểm tra, đánh giá')
  const picker = page.getByRole('textbox', { name: 'Tính đến ngày' })
  await picker.click()
  await picker.fill('01/01/2030')
  await picker.press('Enter')
  await expect(page.getByRole('button', { name: 'Hôm nay' })).toBeVisible()
  // By 2030 every assessment cadence of the demo data has run out at least once more.
  await expect.poll(() => app.tileValue('Quá hạn kiểm tra, đánh giá')).toBeGreaterThan(today)
  await page.getByRole('button', { name: 'Hôm nay' }).click()
  await expect.poll(() => app.tileValue('Quá hạn kiểm tra, đánh giá')).toBe(today)
  expect(app.consoleErrors).toEqual([])
})

test('the bell lists what is due today', async ({ page }) => {
  await page.getByTestId('reminder-bell').click()
  await expect(page.getByTestId('reminder-list').getByRole('listitem').first()).toBeVisible()
  await expect(page.getByText(/quá hạn · .* sắp đến hạn \(hôm nay\)/)).toBeVisible()
})

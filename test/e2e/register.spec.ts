/**
 * The register screen as an officer uses it: diacritic-free search, filters from the URL (the
 * dashboard links here that way), a bulk change kept after a reload, the keyboard, and a
 * province-sized register of 20,000 systems that still scrolls to its end and filters at once.
 */
import { expect, test } from '@playwright/test'
import { baseURL } from '../../playwright.config'
import { AppPage } from './pages/app-page'
import { RegisterPage } from './pages/register-page'

async function withDemo(app: AppPage): Promise<void> {
  await app.open()
  await app.loadDemoButton.click()
  await expect(app.page.getByText('Đã nạp 300 hệ thống thông tin của 95 đơn vị.')).toBeVisible()
}

test('"so y te" finds exactly the systems of Sở Y tế', async ({ page }) => {
  const app = new AppPage(page, baseURL)
  const register = new RegisterPage(page)
  await withDemo(app)
  await register.open()
  await expect(register.countLine).toHaveText('Hiển thị 300 / 300 hệ thống')

  await register.searchBox.fill('so y te')
  await expect(register.countLine).not.toHaveText('Hiển thị 300 / 300 hệ thống')
  const { shown, total } = await register.counts()
  expect(total).toBe(300)
  expect(shown).toBeGreaterThan(0)
  await expect(register.rows).toHaveCount(shown)
  expect(new Set(await register.renderedUnits())).toEqual(new Set(['Sở Y tế']))
  // The query went to the URL: a reload (or a bookmark) shows the same list.
  expect(page.url()).toContain('q=so+y+te')
  await app.reload()
  await expect(register.countLine).toHaveText(`Hiển thị ${shown} / 300 hệ thống`)

  expect(app.consoleErrors).toEqual([])
})

test('a link with level=unknown shows only the systems whose level is not set', async ({ page }) => {
  const app = new AppPage(page, baseURL)
  const register = new RegisterPage(page)
  await withDemo(app)
  const missing = await app.tileValue('Chưa xác định cấp độ')

  await register.open('level=unknown')
  await expect(register.countLine).toHaveText(`Hiển thị ${missing} / 300 hệ thống`)
  expect(missing).toBeGreaterThan(0)
  const levels = await register.renderedLevels()
  expect(levels.length).toBeGreaterThan(0)
  expect(new Set(levels)).toEqual(new Set(['Chưa xác định']))

  // A filter that leaves nothing says so, and clearing it brings every system back.
  await register.open('level=unknown&q=khong+co+he+thong+nao+nhu+the')
  await expect(register.noMatch).toBeVisible()
  await page.getByRole('button', { name: 'Xóa bộ lọc' }).first().click()
  await expect(register.countLine).toHaveText('Hiển thị 300 / 300 hệ thống')

  expect(app.consoleErrors).toEqual([])
})

test('setting the level of two selected systems at once is saved and kept after a reload', async ({
  page,
}) => {
  const app = new AppPage(page, baseURL)
  const register = new RegisterPage(page)
  await withDemo(app)
  // Systems without a dossier yet: an approved system's level changes only with a new decision, and
  // the bulk edit leaves those alone (test/e2e/level-wizard-approved.spec.ts).
  await register.open('dossier=not_started')
  const first = await register.rowName(0)
  const second = await register.rowName(1)
  const before = [await register.levelOf(first), await register.levelOf(second)]
  const target = ['Cấp độ 5', 'Cấp độ 4', 'Cấp độ 1'].find((level) => !before.includes(level)) ?? 'Cấp độ 5'

  await register.select(first)
  await register.select(second)
  await expect(page.getByTestId('selection-count')).toHaveText('Đã chọn 2 hệ thống')
  await register.bulkSetLevel(target, 2)
  await expect(page.getByText('Đã cập nhật 2 hệ thống.', { exact: false })).toBeVisible()
  await expect(register.rowByName(first).getByTestId('row-level')).toHaveText(target)
  await expect(register.rowByName(second).getByTestId('row-level')).toHaveText(target)

  await app.reload()
  await expect(register.rowByName(first).getByTestId('row-level')).toHaveText(target)
  await expect(register.rowByName(second).getByTestId('row-level')).toHaveText(target)

  expect(app.consoleErrors).toEqual([])
})

test('the keyboard: "/" goes to the search box, Enter on a row opens the system', async ({ page }) => {
  const app = new AppPage(page, baseURL)
  const register = new RegisterPage(page)
  await withDemo(app)
  await register.open()
  await register.rows.first().waitFor()

  await page.keyboard.press('/')
  await expect(register.searchBox).toBeFocused()
  await register.searchBox.blur()
  await page.keyboard.press('Control+f')
  await expect(register.searchBox).toBeFocused()

  await register.rows.nth(1).focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#\/systems\/[^/]+$/)
})

test('20,000 systems: the register renders, scrolls to its last row and filters at once', async ({
  page,
}) => {
  // Generating and writing 20,000 systems in the page takes seconds, more on a busy machine; the
  // budget is for the loading only: scrolling and filtering below keep the default timeouts.
  test.slow()
  const app = new AppPage(page, baseURL)
  const register = new RegisterPage(page)
  await register.loadBigDemo(20_000)
  await expect(register.countLine).toHaveText('Hiển thị 20.000 / 20.000 hệ thống', { timeout: 60_000 })

  await register.scrollTo(20_000)
  await expect(register.rowAt(20_000)).toBeInViewport()

  await register.searchBox.fill('so y te')
  await expect(register.countLine).not.toHaveText('Hiển thị 20.000 / 20.000 hệ thống')
  const { shown } = await register.counts()
  expect(shown).toBeGreaterThan(0)
  expect(shown).toBeLessThan(20_000)
  expect(new Set(await register.renderedUnits())).toEqual(new Set(['Sở Y tế']))

  expect(app.consoleErrors).toEqual([])
})

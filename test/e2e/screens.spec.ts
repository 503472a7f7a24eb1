/**
 * The screens on the most common office PC (1366×768): what a new officer sees first, a menu and
 * header that stay put on long pages, and the register's checkboxes named in Vietnamese.
 */
import { expect, test } from '@playwright/test'
import { baseURL } from '../../playwright.config'
import { AppPage } from './pages/app-page'
import { RegisterPage } from './pages/register-page'
import { SystemPage } from './pages/system-page'

test.use({ viewport: { width: 1366, height: 768 } })

test('first start offers "Nhập từ Excel" first, "Thêm hệ thống" second and the sample data last', async ({ page }) => {
  const app = new AppPage(page, baseURL)
  await app.open()
  await expect(app.emptyState).toBeVisible()
  await expect(app.firstStartChoices).toHaveText(['Nhập từ Excel', 'Thêm hệ thống', 'Nạp dữ liệu mẫu'])
  await app.firstStartChoices.first().click()
  await expect(page).toHaveURL(/#\/import$/)
  expect(app.consoleErrors).toEqual([])
})

test('the menu and the header stay in view when a long page is scrolled to its end', async ({ page }) => {
  const app = new AppPage(page, baseURL)
  const register = new RegisterPage(page)
  const system = new SystemPage(page)
  await app.open()
  await app.loadDemoButton.click()
  await expect(page.getByText('Đã nạp 300 hệ thống thông tin của 95 đơn vị.')).toBeVisible()
  await register.open()
  await register.rows.first().getByRole('link').click()
  await expect(system.heading).toBeVisible()
  // The whole page has drawn (its last cards are below the fold).
  await expect(system.nextAssessmentDue).toBeAttached({ timeout: 30_000 })

  // A system's page is far taller than the window: only the content scrolls.
  const overflow = await app.content.evaluate((el) => el.scrollHeight - el.clientHeight)
  expect(overflow).toBeGreaterThan(500)
  await app.scrollContentToEnd()
  expect(await app.content.evaluate((el) => el.scrollTop)).toBeGreaterThan(500)
  expect(await page.evaluate(() => (globalThis as unknown as { scrollY: number }).scrollY)).toBe(0)
  expect(await app.isInViewport(app.navLink('Tổng quan'))).toBe(true)
  expect(await app.isInViewport(app.navLink('Cài đặt'))).toBe(true)
  expect(await app.isInViewport(app.headerTitle)).toBe(true)
  // The system's summary stays too: its name, level, unit and dossier state are still in view.
  expect(await app.isInViewport(system.heading)).toBe(true)
  expect(await app.isInViewport(page.getByTestId('header-dossier-state'))).toBe(true)
  await page.screenshot({ path: '/tmp/screens2-system-scrolled.png' })
  // Its navigation reaches a part of the page in one click, below the header, not under it.
  await app.content.evaluate((el) => el.scrollTo(0, 0))
  await page.getByRole('navigation', { name: 'Các phần của trang' }).getByRole('button', { name: 'Lịch sử' }).click()
  await expect(page.getByTestId('history-table')).toBeInViewport()
  expect(await page.evaluate(() => (globalThis as unknown as { scrollY: number }).scrollY)).toBe(0)
  expect(await app.isInViewport(app.headerTitle)).toBe(true)
  await page.screenshot({ path: '/tmp/screens2-system-history.png' })
  expect(app.consoleErrors).toEqual([])
})

test('the register names its selection checkboxes in Vietnamese', async ({ page }) => {
  const app = new AppPage(page, baseURL)
  const register = new RegisterPage(page)
  await app.open()
  await app.loadDemoButton.click()
  await expect(page.getByText('Đã nạp 300 hệ thống thông tin của 95 đơn vị.')).toBeVisible()
  await register.open()
  await expect(register.rows.first()).toBeVisible()
  const labels = await register.selectionLabels()
  expect(labels.length).toBeGreaterThan(5)
  expect(labels[0]).toBe('Chọn tất cả hệ thống đang hiển thị')
  const first = await register.rowName(0)
  expect(labels).toContain(`Chọn hệ thống ${first}`)
  expect(labels.filter((l) => /select|row/i.test(l))).toEqual([])
})

/** The columns the officer reads the register for; "Khối" and the rest are in the column picker. */
const ESSENTIAL_COLUMNS = [
  'Tên hệ thống',
  'Đơn vị',
  'Cấp độ',
  'Tình trạng hồ sơ',
  'Phê duyệt',
  'Triển khai',
  'Hạn kiểm tra tiếp theo',
  'Kiểm tra, đánh giá',
]

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  test(`at ${viewport.width}×${viewport.height} every essential register column is on screen without scrolling sideways`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport)
    const app = new AppPage(page, baseURL)
    const register = new RegisterPage(page)
    await app.open()
    await app.loadDemoButton.click()
    await expect(page.getByText('Đã nạp 300 hệ thống thông tin của 95 đơn vị.')).toBeVisible()
    await register.open()
    await expect(register.rows.first()).toBeVisible()
    for (const title of ESSENTIAL_COLUMNS) {
      expect(await app.isInViewport(register.columnHeader(title)), title).toBe(true)
    }
    await expect(register.columnHeader('Khối')).toHaveCount(0)
  })
}

test('a form shows all its errors at once beside their fields, marks what is required and focuses the first', async ({
  page,
}) => {
  const app = new AppPage(page, baseURL)
  const system = new SystemPage(page)
  await app.open()
  await app.loadDemoButton.click()
  await expect(page.getByText('Đã nạp 300 hệ thống thông tin của 95 đơn vị.')).toBeVisible()
  await app.open('/systems/new')
  await expect(system.field('Tên hệ thống thông tin')).toHaveAttribute('aria-required', 'true')
  await expect(system.field('Đơn vị quản lý, vận hành')).toHaveAttribute('aria-required', 'true')
  await system.saveButton.click()
  await expect(system.fieldError('Tên hệ thống thông tin')).toHaveText('Cần nhập tên hệ thống thông tin.')
  await expect(system.fieldError('Đơn vị quản lý, vận hành')).toHaveText('Cần chọn đơn vị quản lý, vận hành.')
  await expect(system.field('Tên hệ thống thông tin')).toBeFocused()
  await page.screenshot({ path: '/tmp/screens2-form-errors.png' })
  expect(app.consoleErrors).toEqual([])
})

test('the officer named in Settings is written with each change and shown in the system’s history', async ({
  page,
}) => {
  const app = new AppPage(page, baseURL)
  const system = new SystemPage(page)
  await app.open()
  await app.loadDemoButton.click()
  await expect(page.getByText('Đã nạp 300 hệ thống thông tin của 95 đơn vị.')).toBeVisible()
  await app.open('/settings?tab=officer')
  await page.getByLabel('Tên người sử dụng').fill('Nguyễn Văn An — Chuyên viên')
  await page.getByRole('button', { name: 'Lưu tên' }).click()
  await expect(page.getByText('Các thay đổi đang được ghi tên “Nguyễn Văn An — Chuyên viên”.')).toBeVisible()
  await page.screenshot({ path: '/tmp/screens2-officer-settings.png' })

  await app.open('/systems/new')
  await system.fill('Tên hệ thống thông tin', 'Hệ thống quản lý văn bản')
  await system.choose('Đơn vị quản lý, vận hành', 'Sở Y tế', { search: true })
  await system.saveButton.click()
  await expect(page).toHaveURL(/#\/systems\/[0-9a-f-]{36}$/)
  await expect(system.historyEntries('Tạo hệ thống')).toContainText('Nguyễn Văn An — Chuyên viên')
  // The name is this computer's: it survives a reload.
  await app.reload()
  await app.open('/settings?tab=officer')
  await expect(page.getByLabel('Tên người sử dụng')).toHaveValue('Nguyễn Văn An — Chuyên viên')
  expect(app.consoleErrors).toEqual([])
})

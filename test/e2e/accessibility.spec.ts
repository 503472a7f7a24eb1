/**
 * An axe-core check (WCAG 2.1 A and AA rules) over the main screens with the sample data, at the
 * office PC's 1366×768 (issue #18): no serious or critical violation on any of them. A failure
 * lists each rule with the elements it found, so the fix can start from the message.
 */
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { baseURL } from '../../playwright.config'
import { AppPage } from './pages/app-page'
import { RegisterPage } from './pages/register-page'
import { SystemPage } from './pages/system-page'

test.use({ viewport: { width: 1366, height: 768 } })

/** The serious and critical violations on the page as it is now, one line per rule. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 8).join(' | ')}`)
}

test('the main screens have no serious or critical accessibility violation', async ({ page }) => {
  test.setTimeout(240_000)
  const app = new AppPage(page, baseURL)
  const register = new RegisterPage(page)
  const system = new SystemPage(page)
  await app.open()
  await app.loadDemoButton.click()
  await expect(page.getByText('Đã nạp 300 hệ thống thông tin của 95 đơn vị.')).toBeVisible()
  // The toast fades; wait so it is not judged half transparent.
  await expect(page.getByText('Đã nạp 300 hệ thống thông tin của 95 đơn vị.')).toBeHidden({ timeout: 15_000 })

  const found: Record<string, string[]> = {}
  await app.open('/')
  await expect(page.getByTestId('tile').first()).toBeVisible()
  found['Tổng quan'] = await seriousViolations(page)

  await register.open()
  await expect(register.rows.first()).toBeVisible()
  found['Sổ theo dõi HTTT'] = await seriousViolations(page)

  await register.rows.first().getByRole('link').click()
  await expect(system.heading).toBeVisible()
  await expect(system.nextAssessmentDue).toBeAttached({ timeout: 30_000 })
  found['Trang hệ thống'] = await seriousViolations(page)

  for (const tab of ['rule-set', 'report', 'officer', 'holidays', 'backup', 'lock', 'exchange']) {
    await app.open(`/settings?tab=${tab}`)
    await expect(page.getByRole('heading', { name: 'Cài đặt' })).toBeVisible()
    found[`Cài đặt (${tab})`] = await seriousViolations(page)
  }

  await app.open('/import')
  await expect(page.getByRole('heading', { level: 3 }).first()).toBeVisible()
  found['Nhập từ Excel'] = await seriousViolations(page)

  expect(Object.entries(found).filter(([, v]) => v.length > 0)).toEqual([])
})

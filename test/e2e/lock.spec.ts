/**
 * The optional screen lock of a shared workstation: it comes on by itself after the idle minutes
 * (the page's clock is fast-forwarded, not waited for), hides and disables the app, survives a
 * reload, refuses a wrong passphrase, and gives back the screen exactly as it was.
 */
import { expect, test } from '@playwright/test'
import { baseURL } from '../../playwright.config'
import { AppPage } from './pages/app-page'
import { LockScreenPage } from './pages/lock-page'
import { RegisterPage } from './pages/register-page'

test('the app locks itself after the idle time and opens only with the passphrase', async ({ page }) => {
  await page.clock.install()
  const app = new AppPage(page, baseURL)
  await app.open()
  await app.loadDemoButton.click()
  await expect(page.getByText('Đã nạp 300 hệ thống thông tin của 95 đơn vị.')).toBeVisible()

  const lock = new LockScreenPage(page)
  await lock.openSettings()
  await expect(page.getByText(/Đây chỉ là khóa màn hình/)).toBeVisible()
  await lock.enable('phong-attt-2026', 2)

  const register = new RegisterPage(page)
  await app.open('/register')
  await register.searchBox.fill('cổng')
  await expect(lock.dialog).toBeHidden()

  // Activity postpones the lock; two quiet minutes bring it.
  await page.clock.fastForward('01:30')
  await page.mouse.move(200, 300)
  await page.clock.fastForward('01:00')
  await expect(lock.dialog).toBeHidden()
  await page.clock.fastForward('01:05')
  await expect(lock.dialog).toBeVisible()
  // Keyboard focus never leaves the lock screen for the app behind it.
  for (let i = 0; i < 6; i++) await page.keyboard.press('Tab')
  await expect(lock.dialog.locator(':focus')).toHaveCount(1)

  await page.reload()
  await expect(lock.dialog).toBeVisible()

  await lock.unlock('sai-mat-khau')
  await expect(lock.dialog.getByText('Mật khẩu không đúng.')).toBeVisible()
  await expect(lock.dialog).toBeVisible()

  await lock.unlock('phong-attt-2026')
  await expect(lock.dialog).toBeHidden()
  await expect(register.searchBox).toHaveValue('cổng')

  // Locking at once from the header, and the stored entry never holds the passphrase.
  await lock.headerButton.click()
  await expect(lock.dialog).toBeVisible()
  const { origins } = await page.context().storageState()
  const stored = origins.flatMap((o) => o.localStorage).find((e) => e.name === 'capdo.screenLock')?.value ?? ''
  expect(JSON.parse(stored)).toMatchObject({ state: { locked: true } })
  expect(stored).not.toContain('phong-attt-2026')
  await lock.unlock('phong-attt-2026')
  await expect(lock.dialog).toBeHidden()

  expect(app.consoleErrors).toEqual([])
  expect(app.outsideRequests).toEqual([])
})

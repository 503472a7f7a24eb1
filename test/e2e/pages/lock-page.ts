/** Locators and actions of the screen lock: Settings → "Khóa màn hình" and the lock screen itself. */
import { expect, type Locator, type Page } from '@playwright/test'

export class LockScreenPage {
  constructor(readonly page: Page) {}

  async openSettings(): Promise<void> {
    await this.page.goto('/#/settings')
    await this.page.getByRole('tab', { name: 'Khóa màn hình' }).click()
  }

  async enable(passphrase: string, idleMinutes: number): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Bật khóa màn hình' })
    await form.getByLabel('Mật khẩu mới').fill(passphrase)
    await form.getByLabel('Nhập lại mật khẩu').fill(passphrase)
    await form.getByLabel('Tự khóa sau (phút không thao tác)').fill(String(idleMinutes))
    await form.getByRole('button', { name: /Bật khóa màn hình$/ }).click()
    await expect(this.page.getByText('Đang bật khóa màn hình.')).toBeVisible()
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: 'CapDo đang khóa' })
  }

  get headerButton(): Locator {
    return this.page.getByRole('button', { name: 'Khóa màn hình', exact: true })
  }

  async unlock(passphrase: string): Promise<void> {
    await this.dialog.getByLabel('Mật khẩu').fill(passphrase)
    await this.dialog.getByRole('button', { name: /Mở khóa$/ }).click()
  }
}

/**
 * Locators and actions of "Gửi lên" (a card of the export screen) and of the "Nhận dữ liệu" screen:
 * the file is downloaded from one office's page and chosen in another's file chooser.
 */
import { expect, type Download, type Locator, type Page } from '@playwright/test'

export class ExchangeScreen {
  constructor(readonly page: Page) {}

  // "Gửi lên" on the export screen

  get sendUpButton(): Locator {
    return this.page.getByTestId('export-send-up').getByRole('button', { name: 'Gửi lên' })
  }

  get sendUpFileName(): Locator {
    return this.page.getByTestId('send-up-file-name')
  }

  /** Clicks "Gửi lên", waits for the workbook's download and saves it at `path`. */
  async sendUp(path: string): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download', { timeout: 60_000 }),
      this.sendUpButton.click(),
    ])
    await download.saveAs(path)
    return download
  }

  // "Nhận dữ liệu"

  /** Settings → "Đơn vị sử dụng": the name this office's files carry. */
  async renameOffice(name: string): Promise<void> {
    await this.page.goto('/#/settings')
    await this.page.getByRole('tab', { name: 'Đơn vị sử dụng' }).click()
    await this.page.getByLabel('Tên đơn vị').fill(name)
    await this.page.getByRole('button', { name: 'Lưu tên đơn vị' }).click()
    await expect(this.page.getByText('Đã lưu tên đơn vị.')).toBeVisible()
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { name: 'Nhận dữ liệu' })
  }

  get openButton(): Locator {
    return this.page.getByTestId('exchange-open')
  }

  get sender(): Locator {
    return this.page.getByTestId('exchange-sender')
  }

  get error(): Locator {
    return this.page.getByTestId('exchange-error')
  }

  /** Chooses the file and waits for the preview (or the reason it was refused). */
  async receive(path: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser')
    await this.openButton.click()
    await (await chooser).setFiles(path)
    await expect(this.sender.or(this.error)).toBeVisible({ timeout: 30_000 })
  }

  /** The number under a status of the preview ("new", "updated", "local-newer", "conflict", "unchanged"). */
  async count(status: string): Promise<number> {
    const text = await this.page.getByTestId(`count-${status}`).innerText()
    return Number(text.replace(/\D/g, ''))
  }

  get conflicts(): Locator {
    return this.page.getByTestId('exchange-conflict')
  }

  /** Picks one side of a field of a conflict ('local' or 'incoming'). */
  async pick(conflict: Locator, side: 'local' | 'incoming', field: string): Promise<void> {
    await conflict.getByTestId(`pick-${side}-${field}`).click()
  }

  get applyButton(): Locator {
    return this.page.getByTestId('exchange-apply')
  }

  get applied(): Locator {
    return this.page.getByTestId('exchange-applied')
  }

  get nothingToDo(): Locator {
    return this.page.getByTestId('exchange-nothing')
  }
}

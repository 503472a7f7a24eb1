/**
 * Locators and actions of the "Đợt thu thập" screen: the rounds list, the new-round dialog and
 * the chosen round's recipients.
 */
import type { Locator, Page } from '@playwright/test'

export class RoundsScreen {
  readonly page: Page
  readonly root: Locator
  readonly dialog: Locator
  readonly detail: Locator

  constructor(page: Page) {
    this.page = page
    this.root = page.getByTestId('rounds-page')
    this.dialog = page.getByRole('dialog')
    this.detail = page.getByTestId('round-detail')
  }

  /** A date field of the dialog, typed dd/mm/yyyy. */
  async typeDate(label: string, date: string): Promise<void> {
    const field = this.dialog.getByLabel(label, { exact: true })
    await field.click()
    await field.fill(date)
    await field.press('Enter')
  }

  async createRound(letter: {
    no: string
    date: string
    asOf: string
    due: string
    subject: string
  }): Promise<void> {
    await this.root.getByRole('button', { name: 'Tạo đợt mới' }).click()
    await this.dialog.getByLabel('Số, ký hiệu công văn').fill(letter.no)
    await this.typeDate('Ngày công văn', letter.date)
    await this.dialog.getByLabel('Trích yếu').fill(letter.subject)
    await this.typeDate('Tính đến ngày', letter.asOf)
    await this.typeDate('Hạn gửi báo cáo', letter.due)
    await this.dialog.getByRole('button', { name: 'Tất cả đơn vị' }).click()
    await this.dialog.getByRole('button', { name: 'Tạo đợt' }).click()
  }

  recipientRow(unit: string): Locator {
    return this.detail.getByRole('row').filter({ hasText: unit })
  }
}

/**
 * Locators and actions of "Nhận phiếu" (a round's returned request workbooks): the dialog, the
 * drop zone's file input, each unit's preview card and its "Áp dụng", each refused file.
 */
import { expect, type Locator, type Page } from '@playwright/test'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

export class ReceiveDialog {
  readonly root: Locator

  constructor(readonly page: Page) {
    this.root = page.getByTestId('receive-replies')
  }

  async open(detail: Locator): Promise<void> {
    await detail.getByRole('button', { name: 'Nhận phiếu' }).click()
    await expect(this.root).toBeVisible()
  }

  /** Drops files on the dialog at once (the drop zone's file input takes several). */
  async drop(files: readonly { name: string; bytes: Uint8Array }[]): Promise<void> {
    await this.root
      .getByTestId('reply-drop')
      .locator('input[type=file]')
      .setInputFiles(files.map((f) => ({ name: f.name, mimeType: XLSX, buffer: Buffer.from(f.bytes) })))
  }

  /** The preview cards of a unit's replies, in the order the files were dropped. */
  cards(unit: string): Locator {
    return this.root.getByTestId('reply-card').filter({ hasText: `Phiếu của ${unit}` })
  }

  refused(fileName: string): Locator {
    return this.root.getByTestId('reply-refused').filter({ hasText: fileName })
  }

  /** "Áp dụng" on a card, confirmed; waits for what applying did. */
  async apply(card: Locator): Promise<Locator> {
    await card.getByRole('button', { name: /^Áp dụng/ }).click()
    await this.page.locator('.ant-popconfirm').getByRole('button', { name: 'Áp dụng' }).click()
    const result = card.getByTestId('reply-result')
    await expect(result).toBeVisible({ timeout: 30_000 })
    return result
  }

  async close(): Promise<void> {
    await this.page.locator('.ant-modal-footer').getByRole('button', { name: 'Đóng' }).click()
    await expect(this.root).toBeHidden()
  }
}

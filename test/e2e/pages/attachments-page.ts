/**
 * Locators and actions of the "Tệp đính kèm" card of a system's page: the list, the drop zone
 * (its file input takes files as a drop would), open and delete.
 */
import { expect, type Locator, type Page } from '@playwright/test'

export interface FileToAttach {
  name: string
  mimeType: string
  buffer: Buffer
}

export class AttachmentsCard {
  constructor(readonly page: Page) {}

  get card(): Locator {
    return this.page.getByTestId('attachments-card')
  }

  /** The rows of the list (antd adds a placeholder row when it is empty). */
  get rows(): Locator {
    return this.card.getByTestId('attachments-table').locator('tbody tr.ant-table-row')
  }

  row(name: string): Locator {
    return this.rows.filter({ hasText: name })
  }

  /** Gives the drop zone's file input a file, as picking or dropping it would. */
  async attach(file: FileToAttach): Promise<void> {
    await this.card.getByTestId('attachment-drop').locator('input[type=file]').setInputFiles(file)
  }

  /** Picks where the next file goes: "Hệ thống" or an assessment ("… ngày dd/mm/yyyy"). */
  async chooseOwner(label: string): Promise<void> {
    await this.card.getByTestId('attachment-owner').click()
    await this.page.getByTitle(label, { exact: true }).click()
  }

  async remove(name: string): Promise<void> {
    await this.card.getByRole('button', { name: `Xóa tệp “${name}”` }).click()
    const confirm = this.page.locator('.ant-popconfirm')
    await expect(confirm).toBeVisible()
    await confirm.getByRole('button', { name: 'Xóa' }).click()
  }

  openButton(name: string): Locator {
    return this.row(name)
      .getByRole('button', { name: `Mở tệp “${name}”` })
      .first()
  }

  notice(text: string | RegExp): Locator {
    return this.page.locator('.ant-message').getByText(text)
  }
}

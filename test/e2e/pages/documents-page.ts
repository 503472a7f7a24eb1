/**
 * "Soạn văn bản": the dossier's Word drafts from a system's page and, for many systems at once,
 * from the register's selection bar. Each action returns the downloaded file's bytes.
 */
import { expect, type Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'

export class DocumentsPage {
  constructor(readonly page: Page) {}

  get draftButton() {
    return this.page.getByTestId('draft-documents')
  }

  get bulkDraftButton() {
    return this.page.getByTestId('bulk-draft')
  }

  /** Picks a document in the open menu and returns the saved file. */
  private async pick(label: RegExp): Promise<{ name: string; bytes: Uint8Array }> {
    const item = this.page.getByRole('menuitem', { name: label })
    await expect(item).toBeVisible()
    const [download] = await Promise.all([this.page.waitForEvent('download'), item.click()])
    const path = await download.path()
    return { name: download.suggestedFilename(), bytes: new Uint8Array(await readFile(path)) }
  }

  async draft(label: RegExp) {
    await this.draftButton.click()
    return this.pick(label)
  }

  async bulkDraft(label: RegExp) {
    await this.bulkDraftButton.click()
    return this.pick(label)
  }
}

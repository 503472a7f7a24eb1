/**
 * Locators and actions of Settings → "Sao lưu và khôi phục". Backing up downloads the file in the
 * browser build; restoring picks it in the file chooser, then confirms in the dialog.
 */
import { expect, type Download, type Locator, type Page } from '@playwright/test'

export class BackupScreen {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/#/settings')
    await expect(this.page.getByTestId('app-ready')).toBeAttached()
    await this.tab.click()
  }

  get tab(): Locator {
    return this.page.getByRole('tab', { name: 'Sao lưu và khôi phục' })
  }

  get backupButton(): Locator {
    return this.page.getByRole('button', { name: 'Sao lưu ngay' })
  }

  get restoreButton(): Locator {
    return this.page.getByRole('button', { name: 'Khôi phục từ tệp…' })
  }

  get confirmDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Khôi phục dữ liệu từ bản sao lưu?' })
  }

  get saveSafetyButton(): Locator {
    return this.page.getByRole('button', { name: 'Lưu bản sao an toàn' })
  }

  /** A count of the current data ("Dữ liệu hiện có"): units, systems, assessments, history, settings. */
  currentCount(table: 'units' | 'systems' | 'assessments' | 'history' | 'settings'): Locator {
    return this.page.getByTestId(`count-${table}`)
  }

  /** Clicks "Sao lưu ngay", waits for the download and saves it at `path`. */
  async backUpTo(path: string): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.backupButton.click()])
    await download.saveAs(path)
    return download
  }

  /** Picks `path` in the chooser "Khôi phục từ tệp…" opens. */
  async chooseFile(path: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser')
    await this.restoreButton.click()
    await (await chooser).setFiles(path)
  }

  /** The backup's and the current count of one table, as the confirmation shows them. */
  async confirmCounts(label: string): Promise<{ inBackup: number; current: number }> {
    const cells = this.confirmDialog.getByRole('row').filter({ hasText: label }).getByRole('cell')
    const n = async (i: number) => Number((await cells.nth(i).innerText()).replace(/\D/g, ''))
    return { inBackup: await n(1), current: await n(2) }
  }

  async confirm(): Promise<void> {
    await this.confirmDialog.getByRole('button', { name: 'Khôi phục' }).click()
  }

  /** The table of automatic backups, newest first. */
  get autoBackups(): Locator {
    return this.page.getByTestId('auto-backups')
  }

  /** The rows of automatic backups (not the header). */
  get autoBackupRows(): Locator {
    return this.autoBackups.locator('tbody tr[data-row-key]')
  }

  /** The newest automatic backup taken for `reason` ("Trước khi nhập dữ liệu", …). */
  autoBackupRow(reason: string): Locator {
    return this.autoBackupRows.filter({ hasText: reason }).first()
  }

  /** Opens an automatic backup for restore; the confirmation dialog follows. */
  async restoreAutoBackup(row: Locator): Promise<void> {
    await row.getByRole('button', { name: /Khôi phục/ }).click()
  }

  /** "Đã dùng 12,3 MB trên 2,1 GB". */
  get storageUsed(): Locator {
    return this.page.getByTestId('storage-used')
  }
}

/**
 * Locators and actions of the export screen ("Xuất báo cáo"). The export downloads the workbook
 * in the browser build; `exportAndSave` catches the download and saves it where the spec reads it.
 */
import { expect, type Download, type Locator, type Page } from '@playwright/test'

export class ExportScreen {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { name: 'Xuất báo cáo' })
  }

  /** The report's options; the shell's header has a "Tính đến ngày" picker of its own. */
  get options(): Locator {
    return this.page.getByTestId('export-options')
  }

  get asOfInput(): Locator {
    return this.options.getByLabel('Tính đến ngày')
  }

  /** The report date shown in the picker, as 'YYYY-MM-DD'. */
  async asOf(): Promise<string> {
    const [dd, mm, yyyy] = (await this.asOfInput.inputValue()).split('/')
    return `${yyyy}-${mm}-${dd}`
  }

  /** Every sheet checkbox the screen offers. */
  get sheetCheckboxes(): Locator {
    return this.options.getByRole('checkbox')
  }

  /** A sheet's checkbox by its Vietnamese name ("Tổng hợp", "Danh mục" …). */
  sheet(name: string): Locator {
    return this.options.getByRole('checkbox', { name: new RegExp(`^${name}`) })
  }

  get quarterDue(): Locator {
    return this.page.getByTestId('quarter-due')
  }

  get issuer(): Locator {
    return this.page.getByTestId('export-issuer')
  }

  get settingsLink(): Locator {
    return this.issuer.getByRole('link', { name: 'Sửa trong Cài đặt' })
  }

  get fileName(): Locator {
    return this.page.getByTestId('export-file-name')
  }

  get exportButton(): Locator {
    return this.page.getByRole('button', { name: 'Xuất báo cáo' })
  }

  get registerOnlyButton(): Locator {
    return this.page.getByRole('button', { name: 'Xuất danh mục' })
  }

  savedNotice(fileName: string): Locator {
    return this.page.getByText(`Đã lưu tệp ${fileName}`)
  }

  async open(): Promise<void> {
    await this.page.getByRole('menuitem', { name: 'Xuất báo cáo' }).click()
    await expect(this.heading).toBeVisible()
    await expect(this.exportButton).toBeEnabled()
  }

  /** Clicks an export button, waits for the download and saves it at `path`. */
  async exportAndSave(path: string, button: Locator = this.exportButton): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), button.click()])
    await download.saveAs(path)
    return download
  }
}

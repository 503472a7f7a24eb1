/**
 * Locators and actions of the Excel import screen ("Nhập từ Excel"): choosing a file through the
 * page's file chooser, reading the preview, fixing a column mapping, importing and reading the result.
 */
import { expect, type Page } from '@playwright/test'

export class ImportScreen {
  constructor(readonly page: Page) {}

  get chooseButton() {
    return this.page.getByRole('button', { name: 'Chọn tệp danh mục' })
  }

  get chooseOtherButton() {
    return this.page.getByRole('button', { name: 'Chọn tệp khác' })
  }

  /**
   * Picks a file in the chooser the button opens (the browser's file input, the desktop's dialog)
   * and waits until it is read: the preview, or the reason it could not be read.
   */
  async chooseFile(path: string, button = this.chooseButton): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser')
    await button.click()
    await (await chooser).setFiles(path)
    // Reading runs in a worker whose script (the Excel reader) is large: allow a loaded machine time.
    await expect(this.source.or(this.readError)).toBeVisible({ timeout: 30_000 })
  }

  /** The format line beside the file name ("Bảng tính Excel 97–2003 (.xls)", "Tệp văn bản (.csv, .txt)"). */
  get format() {
    return this.page.getByTestId('import-format')
  }

  /** A text file's encoding and separator selects, with what was detected. */
  get textFormat() {
    return this.page.getByTestId('text-format')
  }

  /** Reads the text file again with another separator ("dấu phẩy (,)", "dấu chấm phẩy (;)", "dấu tab"). */
  async chooseSeparator(label: string): Promise<void> {
    await this.page.getByRole('combobox', { name: 'Dấu phân cách' }).click()
    await this.page.locator('.ant-select-item-option').filter({ hasText: label }).click()
    await expect(this.source.or(this.readError)).toBeVisible({ timeout: 30_000 })
    await expect(this.page.getByRole('combobox', { name: 'Dấu phân cách' })).toBeEnabled({ timeout: 30_000 })
  }

  get preview() {
    return this.page.getByTestId('import-preview')
  }

  /** The card of the blocks the import gives units, and where each comes from. */
  get blocks() {
    return this.page.getByTestId('import-blocks')
  }

  /** Takes the units' blocks from a unit list (CSV) chosen through the card's button. */
  async chooseUnitList(path: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser')
    await this.blocks.getByRole('button', { name: /danh sách đơn vị/ }).click()
    await (await chooser).setFiles(path)
    await expect(this.page.getByTestId('import-unit-list')).toBeVisible({ timeout: 30_000 })
  }

  /** The card of the date columns whose text reads differently day or month first. */
  get dateOrder() {
    return this.page.getByTestId('date-order')
  }

  /** Reads a date column's text dates in another order ("Tháng/ngày/năm (mm/dd/yyyy)"). */
  async chooseDateOrder(columnHeader: string, label: string): Promise<void> {
    await this.page.getByRole('combobox', { name: `Thứ tự ngày, tháng của cột ${columnHeader}` }).click()
    await this.page.locator('.ant-select-item-option').filter({ hasText: label }).click()
    await expect(this.preview).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 })
  }

  /** "Dòng tiêu đề: 7, trang tính 'Danh mục HTTT'" and the file name. */
  get source() {
    return this.page.getByTestId('import-source')
  }

  get readError() {
    return this.page.getByTestId('import-read-error')
  }

  get missingColumns() {
    return this.page.getByTestId('missing-columns')
  }

  get ignoredColumns() {
    return this.page.getByTestId('ignored-columns')
  }

  get errorsTable() {
    return this.page.getByTestId('import-errors')
  }

  get newUnits() {
    return this.page.getByTestId('new-units')
  }

  /** A preview counter ("Thêm mới", "Cập nhật", "Không thay đổi", "Dòng có lỗi"). */
  async count(title: string): Promise<number> {
    const tile = this.page.getByTestId('import-counts').getByTestId('tile').filter({ hasText: title })
    return Number((await tile.getByTestId('tile-value').innerText()).replace(/\D/g, ''))
  }

  get showAllFields() {
    return this.page.getByRole('checkbox', { name: /Hiện tất cả .* trường/ })
  }

  mappingSelect(fieldLabel: string) {
    return this.page.getByRole('combobox', { name: `Cột cho trường ${fieldLabel}` })
  }

  /** Maps a field of the register to a file column, by typing part of the column's header. */
  async mapField(fieldLabel: string, columnHeader: string): Promise<void> {
    const select = this.mappingSelect(fieldLabel)
    // Fields without a column are listed only when all fields are shown.
    if ((await select.count()) === 0) await this.showAllFields.check()
    await select.click()
    await select.fill(columnHeader)
    // The list is filtered to the matching columns, the first one active: Enter picks it.
    await select.press('Enter')
    await expect(this.preview).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 })
  }

  get onlyValidCheckbox() {
    return this.page.getByRole('checkbox', { name: /Chỉ nhập các dòng hợp lệ/ })
  }

  /** Rows whose level is not imported: they would change an approved level without a new decision. */
  get levelHeld() {
    return this.page.getByTestId('import-level-held')
  }

  get importButton() {
    return this.page.getByRole('button', { name: 'Nhập vào sổ theo dõi' })
  }

  /** Clicks "Nhập vào sổ theo dõi" and waits for the result (the write runs in the worker). */
  async importFile(): Promise<void> {
    await this.importButton.click()
    await expect(this.result).toBeVisible({ timeout: 30_000 })
  }

  get result() {
    return this.page.getByTestId('import-result')
  }

  /** A number of the result summary: added, updated, unchanged, units, assessments, errors, skipped. */
  async resultCount(key: string): Promise<number> {
    return Number((await this.page.getByTestId(`result-${key}`).innerText()).replace(/\D/g, ''))
  }

  get toRegisterLink() {
    return this.page.getByRole('link', { name: 'Xem sổ theo dõi' })
  }

  get toDashboardLink() {
    return this.page.getByRole('link', { name: 'Về trang Tổng quan' })
  }

  get againButton() {
    return this.page.getByRole('button', { name: 'Nhập tệp khác' })
  }
}

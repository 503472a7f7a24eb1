/**
 * Locators and actions of the Units screen ("Đơn vị"): the units grouped by block, and the
 * add / edit / merge / delete dialogs. Specs speak in these terms, never in CSS selectors.
 */
import { expect, type Locator, type Page } from '@playwright/test'

export class UnitsScreen {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { name: 'Đơn vị', exact: true })
  }

  get table(): Locator {
    return this.page.getByTestId('units-table')
  }

  get summary(): Locator {
    return this.page.getByTestId('units-summary')
  }

  get search(): Locator {
    return this.page.getByRole('textbox', { name: 'Tìm đơn vị' })
  }

  /** The dialog open on top (add, edit, merge, confirm, refusal). */
  get dialog(): Locator {
    return this.page.getByRole('dialog')
  }

  /** A unit's row, found by the link its name is. */
  unitRow(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('link', { name, exact: true }) })
  }

  unitLink(name: string): Locator {
    return this.table.getByRole('link', { name, exact: true })
  }

  /** A block's heading row (it carries the block's total of systems). */
  blockRow(block: string): Locator {
    return this.table
      .getByRole('row')
      .filter({ has: this.page.getByTestId('block-systems') })
      .filter({ hasText: block })
  }

  /** The number of systems shown for a unit. */
  async systemsOf(name: string): Promise<number> {
    const text = await this.unitRow(name).getByTestId('unit-systems').innerText()
    return Number(text.replace(/\D/g, ''))
  }

  async blockSystems(block: string): Promise<number> {
    const text = await this.blockRow(block).getByTestId('block-systems').innerText()
    return Number(text.replace(/\D/g, ''))
  }

  private async fillUnitForm(title: string, values: { name?: string; block?: string }): Promise<void> {
    if (values.name !== undefined) await this.dialog.getByLabel('Tên đơn vị').fill(values.name)
    if (values.block !== undefined) {
      await this.dialog.getByLabel('Khối').fill(values.block)
      // Close the block suggestions (a click elsewhere; Escape would close the dialog itself).
      await this.dialog.getByText(title, { exact: true }).click()
    }
  }

  /** Opens "Thêm đơn vị", fills it and saves; the dialog stays open if the form is refused. */
  async addUnit(values: { name: string; block?: string }): Promise<void> {
    await this.page.getByRole('button', { name: 'Thêm đơn vị' }).click()
    await expect(this.dialog.getByText('Thêm đơn vị', { exact: true })).toBeVisible()
    await this.fillUnitForm('Thêm đơn vị', values)
    await this.dialog.getByRole('button', { name: 'Lưu' }).click()
  }

  async editUnit(name: string, values: { name?: string; block?: string }): Promise<void> {
    await this.unitRow(name).getByRole('button', { name: 'Sửa đơn vị' }).click()
    await expect(this.dialog.getByText('Sửa đơn vị', { exact: true })).toBeVisible()
    await this.fillUnitForm('Sửa đơn vị', values)
    await this.dialog.getByRole('button', { name: 'Lưu' }).click()
  }

  async cancelDialog(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Hủy' }).click()
    await expect(this.dialog).toHaveCount(0)
  }

  async clickDelete(name: string): Promise<void> {
    await this.unitRow(name).getByRole('button', { name: 'Xóa đơn vị' }).click()
  }

  /** "Gộp vào đơn vị khác…": choose the target by typing its name, then confirm. */
  async mergeUnit(source: string, target: string): Promise<void> {
    await this.unitRow(source).getByRole('button', { name: 'Gộp vào đơn vị khác…' }).click()
    const select = this.dialog.getByRole('combobox', { name: 'Gộp vào đơn vị' })
    await select.click()
    await select.fill(target)
    await select.press('Enter')
    await this.dialog.getByRole('button', { name: 'Gộp đơn vị' }).click()
  }

  /** "Nhập danh sách đơn vị (CSV)": picks the file and waits for its preview or its refusal. */
  async chooseUnitList(path: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser')
    await this.page.getByRole('button', { name: 'Nhập danh sách đơn vị (CSV)' }).click()
    await (await chooser).setFiles(path)
    // The preview, or the dialog that says why the file is no list.
    const refusal = this.page.getByText('Không đọc được danh sách đơn vị')
    await expect(this.unitListPreview.or(refusal).filter({ visible: true }).first()).toBeVisible({ timeout: 30_000 })
  }

  /** The unit list's preview (inside its dialog). */
  get unitListPreview(): Locator {
    return this.page.getByTestId('unit-list-preview')
  }

  /** A tab of the preview: "Thêm mới (93)", "Đổi khối (2)", "Đã khớp (0)". */
  unitListTab(name: RegExp): Locator {
    return this.dialog.getByRole('tab', { name })
  }

  /** The tick of a unit's block change in the preview. */
  blockChangeTick(name: string): Locator {
    return this.dialog.getByRole('checkbox', { name: `Đổi khối: ${name}` })
  }
}

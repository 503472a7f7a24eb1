/**
 * Locators and actions of Settings → "Ngày nghỉ lễ": the year picker, the year's days, and the
 * form that adds a day off or a làm-bù day.
 */
import { expect, type Locator, type Page } from '@playwright/test'

export class HolidaysPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/#/settings')
    await expect(this.page.getByTestId('app-ready')).toBeAttached()
    await this.page.getByRole('tab', { name: 'Ngày nghỉ lễ' }).click()
    await expect(this.table).toBeVisible()
  }

  get table(): Locator {
    return this.page.getByTestId('holiday-table')
  }

  get summary(): Locator {
    return this.page.getByTestId('holiday-summary')
  }

  /** The row of a day, by its date dd/mm/yyyy. */
  row(date: string): Locator {
    return this.table.getByRole('row').filter({ hasText: date })
  }

  async chooseYear(year: number): Promise<void> {
    await this.page.getByRole('combobox', { name: 'Năm' }).click()
    await this.page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')
      .getByTitle(String(year), { exact: true })
      .click()
    await expect(this.page.getByTestId('holiday-year-facts')).toContainText(`/${year}`)
  }

  /** Adds a day off (or, with `workday`, a làm-bù day) typed as dd/mm/yyyy. */
  async add(date: string, name: string, { workday = false } = {}): Promise<void> {
    const form = this.page.getByTestId('holiday-add-form')
    await form.getByText(workday ? 'Ngày làm bù' : 'Ngày nghỉ', { exact: true }).click()
    const dateInput = form.getByLabel('Ngày (dd/mm/yyyy)')
    // Click first, as a person does: filling the picker straight after the radio commits today's date.
    await dateInput.click()
    await dateInput.fill(date)
    await dateInput.press('Tab')
    await form.getByLabel('Tên ngày').fill(name)
    await form.getByRole('button', { name: 'Thêm ngày' }).click()
  }
}

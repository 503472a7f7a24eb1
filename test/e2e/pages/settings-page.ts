/**
 * Locators and actions of the Settings screen ("Cài đặt"): the active rule set, its copy's editor,
 * and the report settings tab.
 */
import { expect, type Locator, type Page } from '@playwright/test'

export class SettingsScreen {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { name: 'Cài đặt', exact: true })
  }

  get activeRuleSet(): Locator {
    return this.page.getByRole('combobox', { name: 'Bộ quy tắc đang áp dụng' })
  }

  /** The active rule set's read-only description (name, kind, legal basis …). */
  get details(): Locator {
    return this.page.getByTestId('rule-set-details')
  }

  get legalBasis(): Locator {
    return this.page.getByTestId('legal-basis')
  }

  async chooseRuleSet(name: string): Promise<void> {
    await this.activeRuleSet.click()
    // In the open list: the comparison's pickers show rule-set names with a title too.
    await this.openList.getByTitle(name, { exact: true }).click()
    await expect(this.page.getByText(`Đã áp dụng bộ quy tắc "${name}".`)).toBeVisible()
  }

  get copyButton(): Locator {
    return this.page.getByRole('button', { name: 'Tạo bản sao để chỉnh sửa' })
  }

  get dueSoonDays(): Locator {
    return this.page.getByLabel('Cảnh báo sắp đến hạn kiểm tra trước')
  }

  cadence(level: number): Locator {
    return this.page.getByLabel(`Cấp độ ${level}`, { exact: true })
  }

  get saveRuleSetButton(): Locator {
    return this.page.getByRole('button', { name: 'Lưu bộ quy tắc' })
  }

  /** "So sánh hai bộ quy tắc". */
  get compare(): Locator {
    return this.page.getByTestId('rule-set-compare')
  }

  /** The comparison's rows, one per value that differs. */
  get compareRows(): Locator {
    return this.compare.locator('tbody tr[data-row-key]')
  }

  /** A comparison row by its key (`cadence.3`, `reportKind` …). */
  compareRow(key: string): Locator {
    return this.compare.locator(`tr[data-row-key="${key}"]`)
  }

  /** Picks the first or second rule set to compare, by name. */
  async chooseCompared(side: 'first' | 'second', name: string): Promise<void> {
    const label = side === 'first' ? 'Bộ quy tắc thứ nhất' : 'Bộ quy tắc thứ hai'
    await this.compare.getByRole('combobox', { name: label }).click()
    await this.openList.getByTitle(name, { exact: true }).click()
  }

  /** The drop-down list of the select that is open. */
  private get openList(): Locator {
    return this.page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')
  }

  get reportTab(): Locator {
    return this.page.getByRole('tab', { name: 'Thông tin trên báo cáo' })
  }

  reportField(label: string): Locator {
    return this.page.getByLabel(label, { exact: true })
  }

  get saveReportButton(): Locator {
    return this.page.getByRole('button', { name: 'Lưu thông tin báo cáo' })
  }
}

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
    await this.page.getByTitle(name, { exact: true }).click()
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

/**
 * Locators and actions of a system's page (`/systems/:id`, `/systems/new`): its form, dossier
 * panel, assessments and history. Specs speak in these terms, never in CSS selectors.
 */
import { expect, type Locator, type Page } from '@playwright/test'

export class SystemPage {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 3 })
  }

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true })
  }

  async fill(label: string, value: string): Promise<void> {
    await this.field(label).fill(value)
  }

  /** Picks an option of a select field; `search` types it first (units are many). */
  async choose(label: string, option: string, { search = false } = {}): Promise<void> {
    const select = this.field(label)
    await select.click()
    if (search) await select.fill(option)
    await this.page.getByTitle(option, { exact: true }).click()
  }

  /** Types a date dd/mm/yyyy into a date field and leaves it. */
  async typeDate(label: string, date: string, scope: Page | Locator = this.page): Promise<void> {
    const input = scope.getByLabel(label, { exact: true })
    await input.fill(date)
    await input.press('Tab')
  }

  /** The error a form shows beside one field (antd's explain line under it). */
  fieldError(label: string, scope: Page | Locator = this.page): Locator {
    return scope
      .locator('.ant-form-item')
      // `has` is relative to each form item: a page-rooted locator, not one inside `scope`.
      .filter({ has: this.page.getByLabel(label, { exact: true }) })
      .locator('.ant-form-item-explain-error')
  }

  get saveButton(): Locator {
    return this.page.getByTestId('save-system')
  }

  get unsavedMark(): Locator {
    return this.page.getByTestId('unsaved-mark')
  }

  message(text: string): Locator {
    return this.page.getByText(text, { exact: true })
  }

  // Dossier

  get dossierState(): Locator {
    return this.page.getByTestId('dossier-state')
  }

  get dossierActions(): Locator {
    return this.page.getByTestId('dossier-actions').getByRole('button')
  }

  get approvalDecision(): Locator {
    return this.page.getByTestId('approval-decision')
  }

  get approvalDeadline(): Locator {
    return this.page.getByTestId('approval-deadline')
  }

  dialog(title: string): Locator {
    return this.page.getByRole('dialog', { name: title })
  }

  /** Opens a dossier step's dialog by the step's name; returns the dialog. */
  async openDossierStep(step: string): Promise<Locator> {
    await this.page.getByTestId('dossier-actions').getByRole('button', { name: step, exact: true }).click()
    const dialog = this.dialog(step)
    await expect(dialog).toBeVisible()
    return dialog
  }

  /** Ticks "vẫn phê duyệt" under the approval's warnings (dossier parts missing, security rules). */
  async confirmDespiteWarnings(dialog: Locator): Promise<void> {
    await dialog.getByRole('checkbox', { name: 'Tôi đã kiểm tra, vẫn phê duyệt' }).check()
  }

  async confirmDialog(dialog: Locator): Promise<void> {
    await dialog.getByRole('button', { name: 'Ghi nhận', exact: true }).click()
  }

  // Assessments

  get nextAssessmentDue(): Locator {
    return this.page.getByTestId('next-assessment-due')
  }

  get assessmentRows(): Locator {
    return this.page.getByTestId('assessments-table').getByRole('row')
  }

  async openAddAssessment(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Thêm lần kiểm tra, đánh giá' }).click()
    const dialog = this.dialog('Thêm lần kiểm tra, đánh giá')
    await expect(dialog).toBeVisible()
    return dialog
  }

  // History

  get historyRows(): Locator {
    return this.page.getByTestId('history-table').getByRole('row')
  }

  /** The history rows of one action, named exactly ("Trình thẩm định", not "Đã trình thẩm định"). */
  historyEntries(action: string): Locator {
    return this.historyRows.filter({ has: this.page.getByText(action, { exact: true }) })
  }

  get deleteButton(): Locator {
    return this.page.getByTestId('delete-system')
  }

  // Saving over a change made in another window

  get conflictDialog(): Locator {
    return this.dialog('Bản ghi đã được thay đổi ở cửa sổ khác')
  }

  /** The conflict dialog's row of one field, by its label ("Chủ quản HTTT"). */
  conflictRow(label: string): Locator {
    return this.conflictDialog.getByTestId('edit-conflicts').getByRole('row').filter({ hasText: label })
  }

  /** Keeps one side of a conflicting field: 'stored' (the other window's) or 'mine'. */
  async keep(side: 'stored' | 'mine', field: string): Promise<void> {
    await this.conflictDialog.getByTestId(`keep-${side}-${field}`).check()
  }

  get conflictSave(): Locator {
    return this.conflictDialog.getByTestId('conflict-save')
  }

  // Leaving with unsaved changes

  get unsavedDialog(): Locator {
    return this.dialog('Bạn có thay đổi chưa lưu')
  }
}

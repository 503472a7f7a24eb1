/**
 * Locators and actions of the level wizard ("Xác định cấp độ") and the dossier checklist
 * ("Thành phần hồ sơ") on a system's page. Specs speak in these terms, never in CSS selectors.
 */
import { expect, type Download, type Locator, type Page } from '@playwright/test'

export class LevelPage {
  constructor(readonly page: Page) {}

  // The card on the system page

  get card(): Locator {
    return this.page.getByTestId('level-card')
  }

  get summary(): Locator {
    return this.page.getByTestId('level-card-summary')
  }

  get belowCriteria(): Locator {
    return this.page.getByTestId('level-below-criteria')
  }

  // The wizard

  get wizard(): Locator {
    return this.page.getByTestId('level-wizard')
  }

  async openWizard(): Promise<Locator> {
    await this.card.getByRole('button', { name: /Xác định cấp độ|Xem lại câu trả lời/ }).click()
    await expect(this.wizard).toBeVisible()
    return this.wizard
  }

  get regime(): Locator {
    return this.wizard.getByTestId('wizard-regime')
  }

  get suggestedLevel(): Locator {
    return this.wizard.getByTestId('wizard-level')
  }

  get reasons(): Locator {
    return this.wizard.getByTestId('wizard-reasons')
  }

  /** Ticks or unticks a yes/no question of the wizard, by its words. */
  async answer(question: RegExp | string, checked = true): Promise<void> {
    await this.wizard.getByRole('checkbox', { name: question }).setChecked(checked)
  }

  /** Picks an option of a choice question of the wizard, by the question's and the option's words. */
  async choose(question: RegExp | string, option: string): Promise<void> {
    const shown = this.wizard.getByTitle(option, { exact: true })
    const listed = this.page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')
      .getByTitle(option, { exact: true })
    // The list opens in a portal while the drawer may still be settling: open it again if needed.
    await expect(async () => {
      if ((await shown.count()) > 0) return
      await this.wizard.getByLabel(question).click()
      await listed.click({ timeout: 5_000 })
    }).toPass({ timeout: 30_000 })
    await expect(shown).toBeVisible()
  }

  get inference(): Locator {
    return this.wizard.getByTestId('wizard-inference')
  }

  get notes(): Locator {
    return this.wizard.getByTestId('wizard-notes')
  }

  async apply(): Promise<void> {
    await this.wizard.getByRole('button', { name: 'Áp dụng', exact: true }).click()
    await expect(this.wizard).toBeHidden()
  }

  /** Clicks "Xuất thuyết minh" and saves the downloaded Word draft at `path`. */
  async exportJustification(path: string): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.wizard.getByRole('button', { name: /Xuất thuyết minh/ }).click(),
    ])
    await download.saveAs(path)
    return download
  }

  /** "Áp dụng" on a system holding an approval: the wizard stays open with the re-determination offer. */
  async applyAsProposal(): Promise<void> {
    await this.wizard.getByRole('button', { name: 'Áp dụng', exact: true }).click()
    await expect(this.wizardOffer).toBeVisible()
  }

  /** In the wizard, once "Áp dụng" kept a proposal beside the approval: the offer to re-determine. */
  get wizardOffer(): Locator {
    return this.wizard.getByTestId('redetermination-offer')
  }

  /** On the level card, for as long as a proposal is pending beside the approval. */
  get cardOffer(): Locator {
    return this.card.getByTestId('redetermination-offer')
  }

  startRedetermination(offer: Locator): Locator {
    return offer.getByRole('button', { name: 'Bắt đầu xác định lại cấp độ' })
  }

  async closeWizard(): Promise<void> {
    await this.wizard.getByRole('button', { name: 'Đóng', exact: true }).last().click()
    await expect(this.wizard).toBeHidden()
  }

  // The system's header

  get headerLevel(): Locator {
    return this.page.getByTestId('header-level')
  }

  get headerRedetermination(): Locator {
    return this.page.getByTestId('header-redetermination')
  }

  get headerProposed(): Locator {
    return this.page.getByTestId('header-proposed')
  }

  // The dossier checklist

  get checklist(): Locator {
    return this.page.getByTestId('dossier-checklist')
  }

  /** A part of the dossier, by the start of its legal label. */
  part(label: string): Locator {
    return this.checklist.getByRole('listitem').filter({ hasText: label })
  }

  /** Ticks a part; the box shows the tick once it is stored, so this waits for the store. */
  async tick(label: string): Promise<void> {
    const box = this.part(label).getByRole('checkbox')
    await box.click()
    await expect(box).toBeChecked()
  }

  get missing(): Locator {
    return this.page.getByTestId('checklist-missing')
  }
}

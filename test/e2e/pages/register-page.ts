/**
 * Locators and actions of the register screen (Sổ theo dõi HTTT). The table is virtual: only the
 * rows in view are in the DOM, so "rows" means the rendered ones, each marked with its position
 * in the filtered list (1-based) so a test can ask for the last one.
 */
import { expect, type Page } from '@playwright/test'

export class RegisterPage {
  constructor(readonly page: Page) {}

  /** Opens the register with URL parameters, e.g. `level=unknown`. */
  async open(query = ''): Promise<void> {
    await this.page.goto(`/#/register${query ? `?${query}` : ''}`)
    await expect(this.page.getByTestId('app-ready')).toBeAttached()
  }

  get searchBox() {
    return this.page.getByRole('textbox', { name: 'Tìm kiếm hệ thống' })
  }

  get countLine() {
    return this.page.getByTestId('register-count')
  }

  /** The two numbers of "Hiển thị 1.234 / 20.000 hệ thống". */
  async counts(): Promise<{ shown: number; total: number }> {
    const text = await this.countLine.innerText()
    const match = /Hiển thị ([\d.]+) \/ ([\d.]+) hệ thống/.exec(text)
    if (!match) throw new Error(`Unexpected count line: ${text}`)
    const n = (s: string) => Number(s.replace(/\./g, ''))
    return { shown: n(match[1]), total: n(match[2]) }
  }

  get rows() {
    return this.page.getByTestId('register-row')
  }

  /** The row at a 1-based position of the filtered, sorted list (rendered only when near the view). */
  rowAt(position: number) {
    return this.rows.and(this.page.locator(`[data-row-index="${position}"]`))
  }

  rowByName(name: string) {
    return this.rows.filter({ has: this.page.getByRole('link', { name, exact: true }) })
  }

  async rowName(index: number): Promise<string> {
    return this.rows.nth(index).getByRole('link').innerText()
  }

  async renderedUnits(): Promise<string[]> {
    return this.rows.getByTestId('row-unit').allInnerTexts()
  }

  async renderedLevels(): Promise<string[]> {
    return this.rows.getByTestId('row-level').allInnerTexts()
  }

  async levelOf(name: string): Promise<string> {
    return this.rowByName(name).getByTestId('row-level').innerText()
  }

  /** A column's header cell, by its Vietnamese title. */
  columnHeader(title: string) {
    return this.page.getByTestId('register-table').getByRole('columnheader', { name: title, exact: true })
  }

  /** The accessible names of the row-selection checkboxes shown (header and rows). */
  async selectionLabels(): Promise<string[]> {
    return this.page
      .getByTestId('register-table')
      .getByRole('checkbox')
      .evaluateAll((boxes) => boxes.map((b) => b.getAttribute('aria-label') ?? ''))
  }

  async select(name: string): Promise<void> {
    await this.rowByName(name).getByRole('checkbox').check()
  }

  get noMatch() {
    return this.page.getByText('Không có hệ thống nào khớp bộ lọc')
  }

  /** Bulk action "Đặt cấp độ" on the ticked systems, confirmed. */
  async bulkSetLevel(level: string, expectedChanges: number): Promise<void> {
    await this.page.getByRole('button', { name: 'Đặt cấp độ' }).click()
    const dialog = this.page.getByRole('dialog')
    await dialog.getByRole('combobox', { name: 'Cấp độ mới' }).click()
    await this.page.getByTitle(level, { exact: true }).click()
    await expect(dialog.getByText(`Thay đổi sẽ áp dụng cho ${expectedChanges} hệ thống.`)).toBeVisible()
    await dialog.getByRole('button', { name: `Cập nhật ${expectedChanges} hệ thống` }).click()
    await expect(dialog).toBeHidden()
  }

  /** Scrolls the table body with the mouse wheel until the row at `position` is in view. */
  async scrollTo(position: number): Promise<void> {
    await this.rows.first().hover()
    await expect(async () => {
      await this.page.mouse.wheel(0, 200_000)
      await expect(this.rowAt(position)).toBeInViewport({ timeout: 1_000 })
    }).toPass({ timeout: 10_000 })
  }

  /** Developer aid: the empty register opened with `?demo=<n>` loads the demo with n systems. */
  async loadBigDemo(systems: number): Promise<void> {
    await this.open(`demo=${systems}`)
    await this.page.getByRole('button', { name: /Nạp dữ liệu mẫu \(.* hệ thống\)/ }).click()
  }

  /**
   * The filter bar's hints that do not fit their box (issue #18: "placeholders are cut"): each
   * input's placeholder measured in its own font against its content width, and each select's
   * placeholder against the space it is given. Empty when every hint is read whole.
   */
  async cutPlaceholders(): Promise<string[]> {
    // The page's DOM types are not in this Node project: name the few members used.
    interface Box {
      clientWidth: number
      scrollWidth: number
      textContent: string | null
      placeholder?: string
      value?: string
    }
    interface Measure {
      font: string
      measureText(text: string): { width: number }
    }
    interface Doc {
      createElement(tag: 'canvas'): { getContext(kind: '2d'): Measure | null }
    }
    type Style = (el: Box) => { font: string; paddingLeft: string; paddingRight: string }
    return this.page.getByTestId('register-filters').evaluate((bar) => {
      const root = bar as unknown as { ownerDocument: Doc; querySelectorAll(s: string): ArrayLike<Box> }
      const styleOf = (globalThis as unknown as { getComputedStyle: Style }).getComputedStyle
      const canvas = root.ownerDocument.createElement('canvas').getContext('2d')
      const cut: string[] = []
      for (const el of Array.from(root.querySelectorAll('input[placeholder]'))) {
        if (!canvas || el.value !== '' || !el.placeholder) continue
        const style = styleOf(el)
        canvas.font = style.font
        const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)
        if (canvas.measureText(el.placeholder).width > room + 0.5) cut.push(el.placeholder)
      }
      for (const el of Array.from(
        root.querySelectorAll('.ant-select-placeholder, .ant-select-selection-placeholder'),
      )) {
        if (el.scrollWidth > el.clientWidth + 1) cut.push(el.textContent ?? '')
      }
      return cut
    })
  }
}

/**
 * Locators and actions of the app shell and dashboard. Specs speak in these terms, never in CSS
 * selectors, so a layout change is fixed in one place.
 */
import { expect, type Page, type Request } from '@playwright/test'

export class AppPage {
  readonly consoleErrors: string[] = []
  readonly outsideRequests: string[] = []

  constructor(
    readonly page: Page,
    private readonly origin: string,
  ) {
    page.on('console', (msg) => {
      if (msg.type() === 'error') this.consoleErrors.push(msg.text())
    })
    page.on('pageerror', (error) => this.consoleErrors.push(String(error)))
    page.on('request', (request: Request) => {
      const url = request.url()
      if (!url.startsWith(this.origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
        this.outsideRequests.push(url)
      }
    })
  }

  async open(path = '/'): Promise<void> {
    await this.page.goto(`/#${path}`)
    await expect(this.page.getByTestId('app-ready')).toBeAttached()
  }

  async reload(): Promise<void> {
    await this.page.reload()
    await expect(this.page.getByTestId('app-ready')).toBeAttached()
  }

  get loadDemoButton() {
    return this.page.getByRole('button', { name: 'Nạp dữ liệu mẫu' })
  }

  get emptyState() {
    return this.page.getByText('Sổ theo dõi chưa có dữ liệu')
  }

  /** The number shown on a dashboard tile, by its Vietnamese title. */
  async tileValue(title: string): Promise<number> {
    const tile = this.page.getByTestId('tile').filter({ hasText: title })
    const text = await tile.getByTestId('tile-value').innerText()
    return Number(text.replace(/\D/g, ''))
  }

  /** The first-start choices, in the order they are shown. */
  get firstStartChoices() {
    return this.page.getByRole('listitem').getByRole('button')
  }

  /** The scrolling part of the window; the menu and the header are outside it. */
  get content() {
    return this.page.getByTestId('app-content')
  }

  get headerTitle() {
    return this.page.getByRole('banner').getByText('Sổ theo dõi cấp độ an toàn hệ thống thông tin')
  }

  /** Scrolls the content to its end, as a long page is scrolled with the wheel. */
  async scrollContentToEnd(): Promise<void> {
    await this.content.evaluate((el) => el.scrollTo(0, el.scrollHeight))
  }

  /** Whether an element lies wholly inside the window. */
  async isInViewport(locator: import('@playwright/test').Locator): Promise<boolean> {
    const box = await locator.boundingBox()
    const size = this.page.viewportSize()
    if (!box || !size) return false
    return box.y >= 0 && box.x >= 0 && box.y + box.height <= size.height && box.x + box.width <= size.width
  }

  navLink(name: string) {
    return this.page.getByRole('menuitem', { name })
  }
}

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

  navLink(name: string) {
    return this.page.getByRole('menuitem', { name })
  }
}

/**
 * `npm run screenshots`: the README's pictures of the app, taken again from the current build so
 * they never drift from what the officer sees. It serves the built renderer (out/renderer) as
 * `npm run web` does, drives Chromium at the most common office screen (1366×768) with the demo
 * register, and writes docs/images/{dashboard,register,system,import}.png.
 *
 *   npm run screenshots                      the README's four pictures
 *   npm run screenshots -- --review /tmp/s   every main screen, into a folder, for looking over
 *   npm run screenshots -- --date 2027-03-01 the app's "today" (default 2026-12-08), so a rerun
 *                                            gives the same register, not one a day older
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, expect, type Page } from '@playwright/test'
import { preview } from 'vite'
import { buildMessyInventory } from '../test/fixtures/messy-workbooks'
import { chromiumExecutable } from './chromium'

const VIEWPORT = { width: 1366, height: 768 }

interface Options {
  date: string
  /** Every main screen into this folder instead of the README's pictures into docs/images. */
  review: string | null
  port: number
}

function parseArgs(argv: readonly string[]): Options {
  const value = (flag: string) => {
    const i = argv.indexOf(flag)
    return i >= 0 ? argv[i + 1] : undefined
  }
  const date = value('--date') ?? '2026-12-08'
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`--date must be YYYY-MM-DD, not "${date}"`)
  const review = value('--review')
  return {
    date,
    review: review ? resolve(review) : null,
    port: Number(process.env.CAPDO_SCREENSHOT_PORT ?? 4399),
  }
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2))
  const out = options.review ?? resolve('docs/images')
  mkdirSync(out, { recursive: true })
  const server = await preview({
    configFile: resolve('vite.web.config.mts'),
    preview: { port: options.port, strictPort: true, open: false },
    logLevel: 'warn',
  })
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
  })
  try {
    const context = await browser.newContext({
      viewport: VIEWPORT,
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
      baseURL: `http://127.0.0.1:${options.port}`,
    })
    const page = await context.newPage()
    // The app's today: the demo register and every deadline are computed from it.
    await page.clock.setFixedTime(new Date(`${options.date}T09:00:00+07:00`))
    await shoot(page, out, options.review !== null)
  } finally {
    await browser.close()
    await new Promise<void>((done) => server.httpServer.close(() => done()))
  }
  console.log(`Screenshots written to ${out}`)
}

async function open(page: Page, path: string): Promise<void> {
  await page.goto(`/#${path}`)
  await expect(page.getByTestId('app-ready')).toBeAttached({ timeout: 60_000 })
}

/**
 * Waits for the page to settle (fonts, charts' animations) before a picture; the toasts of what
 * was just done ("Đã nạp …") are left out of it, since the fixed clock keeps them from timing out.
 */
async function snap(page: Page, dir: string, name: string): Promise<void> {
  await page.evaluate(
    () =>
      (globalThis as unknown as { document: { fonts: { ready: Promise<unknown> } } }).document.fonts.ready,
  )
  // A table still loading is drawn dimmed under its spinner.
  await expect(page.locator('.ant-spin-spinning, .ant-spin-blur')).toHaveCount(0, { timeout: 30_000 })
  await page.mouse.move(0, VIEWPORT.height - 1)
  // Past the table's fade-in once its spinner has gone.
  await page.waitForTimeout(1_500)
  await page.screenshot({
    path: join(dir, `${name}.png`),
    style: '.ant-message { display: none !important; }',
  })
}

async function shoot(page: Page, out: string, review: boolean): Promise<void> {
  await open(page, '/')
  await expect(page.getByRole('button', { name: 'Nạp dữ liệu mẫu' })).toBeVisible()
  if (review) await snap(page, out, 'first-start')

  // The import's preview of a spreadsheet as offices keep them (banners, a guide sheet, odd headers).
  const work = mkdtempSync(join(tmpdir(), 'capdo-screens-'))
  const file = join(work, 'danh-muc-httt.xlsx')
  writeFileSync(file, await buildMessyInventory())
  await open(page, '/import')
  if (review) await snap(page, out, 'import-empty')
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Chọn tệp danh mục' }).click()
  await (await chooser).setFiles(file)
  await expect(page.getByTestId('import-preview')).toBeVisible({ timeout: 60_000 })
  await snap(page, out, 'import')

  await open(page, '/')
  await page.getByRole('button', { name: 'Nạp dữ liệu mẫu' }).click()
  await expect(page.getByText(/^Đã nạp .* hệ thống thông tin/)).toBeVisible({ timeout: 120_000 })
  await expect(page.getByTestId('tile').first()).toBeVisible({ timeout: 30_000 })
  await snap(page, out, 'dashboard')

  await open(page, '/register')
  await expect(page.getByTestId('register-row').first()).toBeVisible({ timeout: 30_000 })
  await snap(page, out, 'register')

  // A system with a dossier in progress shows the page's summary and its sections.
  await page.getByTestId('register-row').nth(2).getByRole('link').click()
  await expect(page.getByTestId('next-assessment-due')).toBeAttached({ timeout: 30_000 })
  await snap(page, out, 'system')
  if (!review) return

  await page.getByTestId('app-content').evaluate((el) => el.scrollTo(0, el.scrollHeight))
  await snap(page, out, 'system-end')
  for (const [path, name] of [
    ['/systems/new', 'system-new'],
    ['/units', 'units'],
    ['/export', 'export'],
    ['/exchange', 'exchange'],
    ['/rounds', 'rounds'],
    ['/settings?tab=rule-set', 'settings-rule-set'],
    ['/settings?tab=report', 'settings-report'],
    ['/settings?tab=officer', 'settings-officer'],
    ['/settings?tab=holidays', 'settings-holidays'],
    ['/settings?tab=backup', 'settings-backup'],
    ['/settings?tab=lock', 'settings-lock'],
    ['/settings?tab=exchange', 'settings-exchange'],
  ] as const) {
    await open(page, path)
    await snap(page, out, name)
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})

/**
 * `npm run screenshots`: the README's pictures of the app, taken again from the current build so
 * they never drift from what the officer sees. It serves the built renderer (out/renderer) as
 * `npm run web` does, drives Chromium at the most common office screen (1366×768) with the demo
 * register, and writes docs/images/{dashboard,register,system,import}.png and the user guide's
 * collection round, docs/images/rounds-{create,receive,tracker}.png.
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
import ExcelJS from 'exceljs'
import { unzipSync } from 'fflate'
import { readFile } from 'node:fs/promises'
import { REQUEST_COLUMNS } from '../src-renderer/src/domain/rounds/request-sheet'
import { DATA_SHEET, HEADER_ROW } from '../src-renderer/src/excel/rounds/request-workbook'
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
  await shootRound(page, out)
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

/** A date field of the new-round dialog, typed dd/mm/yyyy. */
async function typeDate(page: Page, label: string, date: string): Promise<void> {
  const field = page.getByRole('dialog').getByLabel(label, { exact: true })
  await field.click()
  await field.fill(date)
  await field.press('Enter')
}

const columnOf = (header: string): number => REQUEST_COLUMNS.findIndex((c) => c.header === header) + 1

/**
 * The user guide's collection round over the demo's 95 units: the new round's dialog filled from
 * the letter, "Tạo phiếu", one unit's reply (a note changed, a system added, as the unit would in
 * Excel) previewed in "Nhận phiếu", then applied and seen in the tracker.
 */
async function shootRound(page: Page, out: string): Promise<void> {
  await open(page, '/rounds')
  const dialog = page.getByRole('dialog')
  await page.getByRole('button', { name: 'Tạo đợt mới' }).click()
  await dialog.getByLabel('Số, ký hiệu công văn').fill('125/STTTT-BCVT')
  await typeDate(page, 'Ngày công văn', '01/12/2026')
  await dialog.getByLabel('Trích yếu').fill('rà soát hệ thống thông tin và cấp độ an toàn thông tin')
  await typeDate(page, 'Tính đến ngày', '30/11/2026')
  await typeDate(page, 'Hạn gửi báo cáo', '15/12/2026')
  await dialog.getByRole('button', { name: 'Tất cả đơn vị' }).click()
  await snap(page, out, 'rounds-create')
  await dialog.getByRole('button', { name: 'Tạo đợt' }).click()

  const detail = page.getByTestId('round-detail')
  await expect(detail).toContainText('Đang chờ 95')
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 600_000 }),
    detail.getByRole('button', { name: 'Tạo phiếu (.zip)' }).click(),
  ])
  const zip = unzipSync(new Uint8Array(await readFile((await download.path()) ?? '')))
  await expect(detail.getByText('Đã gửi, chờ báo cáo').first()).toBeVisible()

  // The first unit on the tracker's page with two systems or more fills its request.
  const ID = columnOf('Mã hệ thống')
  const NAME = columnOf('Tên hệ thống thông tin')
  const LEVEL = columnOf('Cấp độ đề xuất')
  const NOTES = columnOf('Ghi chú')
  let reply: { name: string; buffer: Buffer } | null = null
  for (const unit of await detail.locator('tbody tr td:first-child').allInnerTexts()) {
    const name = `Phiếu - ${unit}.xlsx`
    if (!zip[name]) continue
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(zip[name] as unknown as Parameters<ExcelJS.Xlsx['load']>[0])
    const ws = workbook.getWorksheet(DATA_SHEET)
    const rows: number[] = []
    for (let row = HEADER_ROW + 1; ws && row <= ws.rowCount; row++)
      if (String(ws.getCell(row, ID).value ?? '') !== '') rows.push(row)
    if (!ws || rows.length < 2) continue
    ws.getCell(rows[0], NOTES).value = 'Đã rà soát theo Công văn số 125/STTTT-BCVT'
    ws.getCell(rows[rows.length - 1] + 1, NAME).value = 'Hệ thống đặt lịch hẹn trực tuyến'
    ws.getCell(rows[rows.length - 1] + 1, LEVEL).value = 2
    reply = { name, buffer: Buffer.from(await workbook.xlsx.writeBuffer()) }
    break
  }
  if (!reply) throw new Error('no unit with two systems on the tracker page')

  const receive = page.getByTestId('receive-replies')
  await detail.getByRole('button', { name: 'Nhận phiếu' }).click()
  await receive
    .getByTestId('reply-drop')
    .locator('input[type=file]')
    .setInputFiles([{ ...reply, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }])
  const card = receive.getByTestId('reply-card').first()
  await expect(card).toBeVisible({ timeout: 60_000 })
  await snap(page, out, 'rounds-receive')

  await card.getByRole('button', { name: /^Áp dụng/ }).click()
  await page.locator('.ant-popconfirm').getByRole('button', { name: 'Áp dụng' }).click()
  await expect(card.getByTestId('reply-result')).toBeVisible({ timeout: 60_000 })
  await page.locator('.ant-modal-footer').getByRole('button', { name: 'Đóng' }).click()
  await expect(receive).toBeHidden()
  await expect(detail.getByText(/^Đã nhận ngày/).first()).toBeVisible()
  // The round's card at the top of the window: its buttons, its papers and the tracker.
  await page.getByTestId('app-content').evaluate((content) => {
    const card = content.querySelector('[data-testid="round-detail"]')
    if (card) content.scrollBy(0, card.getBoundingClientRect().top - content.getBoundingClientRect().top - 16)
  })
  await snap(page, out, 'rounds-tracker')
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})

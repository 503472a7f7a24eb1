/**
 * The "Đợt thu thập" screen as an officer first uses it: a round created from the letter for all
 * 95 units, its recipients listed as not yet sent, "Tạo phiếu" saving one zip of 95 request
 * workbooks (each named after its unit), the recipients then awaiting their reply.
 */
import { expect, test } from '@playwright/test'
import { unzipSync } from 'fflate'
import { readFile } from 'node:fs/promises'
import { baseURL } from '../../playwright.config'
import { AppPage } from './pages/app-page'
import { RoundsScreen } from './pages/rounds-page'

test('a round for every unit: created from the letter, its requests saved as one zip', async ({ page }) => {
  // 95 workbooks are written in the requests worker: up to a second each on this shared machine.
  test.setTimeout(300_000)
  await page.setViewportSize({ width: 1366, height: 768 })
  const app = new AppPage(page, baseURL)
  const rounds = new RoundsScreen(page)
  await app.open()
  await app.loadDemoButton.click()
  await expect(page.getByText('Đã nạp 300 hệ thống thông tin của 95 đơn vị.')).toBeVisible()
  await app.navLink('Đợt thu thập').click()
  await expect(rounds.root.getByText('Chưa có đợt thu thập nào.')).toBeVisible()

  await rounds.createRound({
    no: '125/SKHCN-CNTT',
    date: '01/12/2099',
    asOf: '14/12/2099',
    due: '20/12/2099',
    subject: 'rà soát hệ thống thông tin và cấp độ an toàn',
  })
  await expect(page.getByText('Đã tạo đợt thu thập theo công văn số 125/SKHCN-CNTT.')).toBeVisible()
  await expect(rounds.root.getByRole('row', { name: /Số 125\/SKHCN-CNTT ngày 01\/12\/2099/ })).toContainText(
    '0/95',
  )
  await expect(rounds.detail).toContainText('Đã báo cáo 0 · Quá hạn 0 · Đang chờ 95')
  await expect(rounds.recipientRow('Ban An toàn giao thông')).toContainText('Chưa gửi phiếu')
  await page.screenshot({ path: '/tmp/rounds-created.png' })

  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 280_000 }),
    (async () => {
      await rounds.detail.getByRole('button', { name: 'Tạo phiếu (.zip)' }).click()
      // The window keeps drawing while the worker writes: the button counts the workbooks.
      await expect(rounds.detail.getByRole('button', { name: /^Đang tạo phiếu \d+\/95…$/ })).toBeVisible()
      await page.screenshot({ path: '/tmp/rounds-making.png' })
    })(),
  ])
  const files = unzipSync(new Uint8Array(await readFile((await download.path()) ?? '')))
  const names = Object.keys(files)
  expect(names).toHaveLength(95)
  expect(names).toContain('Phiếu - Sở Y tế.xlsx')
  await expect(rounds.recipientRow('Ban An toàn giao thông')).toContainText('Đã gửi, chờ báo cáo')
  await page.screenshot({ path: '/tmp/rounds-sent.png' })
  expect(app.outsideRequests).toEqual([])
})

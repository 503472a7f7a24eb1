/**
 * Signed exchange files, end to end: a file from before signing reads marked "Chưa ký"; a ward
 * office's "Gửi lên" is signed, and the same file with its hidden sheet edited by hand is refused
 * at the Sở; the genuine file shows the ward's fingerprint, which the ward reads in its Settings.
 */
import { resolve } from 'node:path'
import { expect, test } from '@playwright/test'
import ExcelJS from 'exceljs'
import { AppPage } from './pages/app-page'
import { ExchangeScreen } from './pages/exchange-page'

const FIXTURE = resolve(__dirname, '../fixtures/exchange-v1/gui-len-chua-ky.xlsx')

test('a signed file is checked, a hand-edited one refused, an old unsigned one marked', async ({
  browser,
}, info) => {
  test.setTimeout(240_000)
  const baseURL = String(info.project.use.baseURL)
  const ward = await browser.newContext({ baseURL, acceptDownloads: true })
  const wardPage = await ward.newPage()
  const wardApp = new AppPage(wardPage, baseURL)
  await wardApp.open('/')
  await wardApp.loadDemoButton.click()
  await expect(wardApp.emptyState).toBeHidden({ timeout: 60_000 })
  const send = new ExchangeScreen(wardPage)
  await send.renameOffice('UBND phường An Dương')
  const fingerprint = (await wardPage.getByTestId('own-fingerprint').innerText()).trim()
  expect(fingerprint).toMatch(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/u)
  await wardPage.screenshot({ path: '/tmp/exchange-sign-office-panel.png', fullPage: true })
  await wardApp.open('/export')
  const file = resolve(info.outputDir, 'gui-len.xlsx')
  await send.sendUp(file)

  // The hidden sheet edited by hand: a note changed, its revision and the ward's "seen" raised.
  const book = new ExcelJS.Workbook()
  await book.xlsx.readFile(file)
  const sheet = book.getWorksheet('CapDo_TraoDoi')!
  const wardId = String(sheet.getRow(3).getCell(2).value)
  let edited = false
  sheet.eachRow((row) => {
    if (!edited && row.getCell(1).value === 'record' && row.getCell(2).value === 'system') {
      const data = JSON.parse(String(row.getCell(8).value)) as Record<string, unknown>
      row.getCell(8).value = JSON.stringify({ ...data, notes: 'Đã sửa tay trong tệp' })
      row.getCell(5).value = Number(row.getCell(5).value) + 1
      edited = true
    }
    if (row.getCell(1).value === 'seen' && row.getCell(2).value === wardId) {
      row.getCell(4).value = Number(row.getCell(4).value) + 1
    }
  })
  const forged = resolve(info.outputDir, 'gui-len-sua-tay.xlsx')
  await book.xlsx.writeFile(forged)

  const so = await browser.newContext({ baseURL })
  const soPage = await so.newPage()
  const soApp = new AppPage(soPage, baseURL)
  const receive = new ExchangeScreen(soPage)
  await soApp.open('/exchange')
  await expect(receive.heading).toBeVisible()

  await receive.receive(FIXTURE)
  await expect(soPage.getByTestId('exchange-trust')).toContainText('Chưa ký')
  await soPage.screenshot({ path: '/tmp/exchange-sign-preview-unsigned.png', fullPage: true })

  await receive.receive(forged)
  await expect(receive.error).toContainText('có chữ ký không khớp với nội dung')
  await expect(receive.error).toContainText('UBND phường An Dương')
  await soPage.screenshot({ path: '/tmp/exchange-sign-refusal.png', fullPage: true })

  await receive.receive(file)
  await expect(receive.error).toBeHidden()
  await expect(soPage.getByTestId('exchange-trust')).toContainText('Đã ký')
  await expect(soPage.getByTestId('exchange-fingerprint')).toHaveText(fingerprint)
  await soPage.screenshot({ path: '/tmp/exchange-sign-preview-signed.png', fullPage: true })
  await receive.applyButton.click()
  await expect(receive.applied).toBeVisible({ timeout: 60_000 })
  await soPage.goto('/#/settings')
  await soPage.getByRole('tab', { name: 'Đơn vị sử dụng' }).click()
  await expect(soPage.getByTestId('pinned-keys')).toContainText(fingerprint)
  await expect(soPage.getByTestId('pinned-keys')).toContainText('UBND phường An Dương')
})

/**
 * The exchange between two offices, each in its own browser context (its own IndexedDB, its own
 * office identity): office A sends its register with "Gửi lên"; the Sở, with the same demo data
 * and its own edit of the same system, receives the file, sees the preview, decides the conflict
 * field by field, takes it in, and finds the result in the register and in the system's history.
 */
import { resolve } from 'node:path'
import { expect, test, type Browser, type Page } from '@playwright/test'
import ExcelJS from 'exceljs'
import { AppPage } from './pages/app-page'
import { ExchangeScreen } from './pages/exchange-page'
import { SystemPage } from './pages/system-page'
import { autoBackupReasons, dumpRegister } from './pages/store-probe'

async function officeWithDemo(browser: Browser, baseURL: string): Promise<{ page: Page; app: AppPage }> {
  const context = await browser.newContext({ baseURL, acceptDownloads: true })
  const page = await context.newPage()
  const app = new AppPage(page, baseURL)
  await app.open('/')
  await app.loadDemoButton.click()
  await expect(app.emptyState).toBeHidden({ timeout: 30_000 })
  return { page, app }
}

async function rename(page: Page, systemId: string, field: string, value: string): Promise<void> {
  const system = new SystemPage(page)
  await page.goto(`/#/systems/${systemId}`)
  await expect(system.heading).toBeVisible()
  await system.fill(field, value)
  await system.saveButton.click()
  await expect(system.unsavedMark).toBeHidden()
}

test('an office sends its register and the Sở receives it, deciding a conflict field by field', async ({
  browser,
}, info) => {
  test.setTimeout(180_000)
  const baseURL = String(info.project.use.baseURL)
  const a = await officeWithDemo(browser, baseURL)
  const so = await officeWithDemo(browser, baseURL)

  // The same demo system, edited on both sides before they ever met.
  const systems = (await dumpRegister(a.page)).systems as { id: string; name: string; owner: string }[]
  const target = systems[0]
  expect(((await dumpRegister(so.page)).systems as { id: string }[]).map((s) => s.id)).toContain(target.id)
  await rename(a.page, target.id, 'Tên hệ thống thông tin', 'Cổng thông tin (bản của phường)')
  await rename(a.page, target.id, 'Chủ quản HTTT', 'UBND phường An Dương')
  await rename(so.page, target.id, 'Tên hệ thống thông tin', 'Cổng thông tin (bản của Sở)')

  // "Gửi lên" from office A, named as a ward office: the report workbook with the hidden sheet.
  const send = new ExchangeScreen(a.page)
  await send.renameOffice('UBND phường An Dương')
  await a.app.open('/export')
  await expect(send.sendUpFileName).toHaveText(/^CapDo-gui-len-.+-\d{4}-\d{2}-\d{2}\.xlsx$/)
  const file = resolve(info.outputDir, 'gui-len.xlsx')
  const download = await send.sendUp(file)
  expect(download.suggestedFilename()).toMatch(/^CapDo-gui-len-/)
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.readFile(file)
  expect(workbook.getWorksheet('CapDo_TraoDoi')?.state).toBe('veryHidden')
  expect(workbook.worksheets.some((s) => s.state === 'visible')).toBe(true)

  // "Nhận dữ liệu" at the Sở.
  const receive = new ExchangeScreen(so.page)
  await so.app.open('/exchange')
  await expect(receive.heading).toBeVisible()
  await receive.receive(file)
  await expect(receive.error).toBeHidden()
  await expect(receive.sender).toContainText('UBND phường An Dương')
  expect(await receive.count('conflict')).toBe(1)
  expect(await receive.count('unchanged')).toBeGreaterThan(100)
  await expect(receive.applyButton).toBeDisabled()
  const conflict = receive.conflicts.first()
  await expect(conflict).toContainText('Cổng thông tin (bản của Sở)')
  await expect(conflict).toContainText('Cổng thông tin (bản của phường)')
  await receive.pick(conflict, 'local', 'name')
  await expect(receive.applyButton).toBeDisabled()
  await receive.pick(conflict, 'incoming', 'owner')
  await expect(receive.applyButton).toBeEnabled()
  await so.page.screenshot({ path: resolve(info.outputDir, 'exchange-preview-conflict.png'), fullPage: true })
  await receive.applyButton.click()
  await expect(receive.applied).toBeVisible({ timeout: 30_000 })

  // The register holds the decision; the history names the office the change came from.
  const after = (await dumpRegister(so.page)).systems as { id: string; name: string; owner: string }[]
  expect(after.find((s) => s.id === target.id)).toMatchObject({
    name: 'Cổng thông tin (bản của Sở)',
    owner: 'UBND phường An Dương',
  })
  const system = new SystemPage(so.page)
  await so.page.goto(`/#/systems/${target.id}`)
  await expect(
    system.historyRows
      .filter({ hasText: 'Nhận dữ liệu từ tệp của' })
      .filter({ hasText: 'UBND phường An Dương' })
      .first(),
  ).toBeVisible()

  // The same file again changes nothing: taking it in writes no record and costs no restore point.
  const beforeMerge = async () => (await autoBackupReasons(so.page)).filter((r) => r === 'before-merge')
  expect(await beforeMerge()).toHaveLength(1)
  await so.app.open('/exchange')
  await receive.receive(file)
  await expect(receive.nothingToDo).toBeVisible()
  await receive.applyButton.click()
  await expect(receive.applied).toContainText('Không có thay đổi nào cần ghi')
  expect(await beforeMerge()).toHaveLength(1)
})

test('after a first exchange, a second file merges the fields one side changed and asks only about the one both changed', async ({
  browser,
}, info) => {
  test.setTimeout(240_000)
  const baseURL = String(info.project.use.baseURL)
  const a = await officeWithDemo(browser, baseURL)
  const so = await officeWithDemo(browser, baseURL)
  await so.page.setViewportSize({ width: 1366, height: 768 })
  const send = new ExchangeScreen(a.page)
  const receive = new ExchangeScreen(so.page)
  await send.renameOffice('UBND phường An Dương')

  // The first exchange: the Sở takes in the ward's register (the same demo data: nothing to change).
  const first = resolve(info.outputDir, 'gui-len-1.xlsx')
  await a.app.open('/export')
  await send.sendUp(first)
  await so.app.open('/exchange')
  await receive.receive(first)
  await expect(receive.error).toBeHidden()
  await receive.applyButton.click()
  await expect(receive.applied).toBeVisible({ timeout: 30_000 })

  // Since then: the ward renamed the system, the Sở changed its owner, and both wrote a note.
  const target = ((await dumpRegister(a.page)).systems as { id: string }[])[0]
  await rename(a.page, target.id, 'Tên hệ thống thông tin', 'Cổng thông tin (phường đổi tên)')
  await rename(a.page, target.id, 'Ghi chú', 'Phường: đã nâng cấp máy chủ')
  await rename(so.page, target.id, 'Chủ quản HTTT', 'UBND thành phố (Sở sửa)')
  await rename(so.page, target.id, 'Ghi chú', 'Sở: đã rà soát hồ sơ')

  const second = resolve(info.outputDir, 'gui-len-2.xlsx')
  await a.app.open('/export')
  await send.sendUp(second)
  await so.app.open('/exchange')
  await receive.receive(second)
  await expect(receive.error).toBeHidden()

  // One conflict, on the note alone, each value labelled with where it was changed.
  expect(await receive.count('conflict')).toBe(1)
  const conflict = receive.conflicts.first()
  await expect(conflict.getByTestId('pick-local-notes')).toHaveCount(1)
  await expect(conflict.getByTestId('pick-incoming-name')).toHaveCount(0)
  await expect(conflict.getByTestId('pick-local-owner')).toHaveCount(0)
  await expect(conflict.getByTestId('changed-incoming-notes')).toHaveText(
    /^thay đổi tại UBND phường An Dương ngày \d{2}\/\d{2}\/\d{4}$/,
  )
  await expect(conflict.getByTestId('changed-local-notes')).toHaveText(
    /^thay đổi trên máy này ngày \d{2}\/\d{2}\/\d{4}$/,
  )
  await expect(conflict.getByTestId('exchange-auto-fields')).toHaveText(
    new RegExp(
      '^Lấy theo bên đã sửa, không cần chọn: Tên \\(thay đổi tại UBND phường An Dương ngày \\d{2}/\\d{2}/\\d{4}\\); ' +
        'Chủ quản HTTT \\(thay đổi trên máy này ngày \\d{2}/\\d{2}/\\d{4}\\)$',
    ),
  )
  await expect(receive.applyButton).toBeDisabled()
  await conflict.scrollIntoViewIfNeeded()
  await so.page.screenshot({ path: '/tmp/xconflict-conflict.png' })
  await receive.pick(conflict, 'local', 'notes')
  await expect(receive.applyButton).toBeEnabled()
  await receive.applyButton.click()
  await expect(receive.applied).toBeVisible({ timeout: 30_000 })

  // The others merged with nobody asked; the approved level and dossier facts are untouched.
  const before = ((await dumpRegister(a.page)).systems as Record<string, unknown>[]).find(
    (s) => s.id === target.id,
  )
  const after = ((await dumpRegister(so.page)).systems as Record<string, unknown>[]).find(
    (s) => s.id === target.id,
  )
  expect(after).toMatchObject({
    name: 'Cổng thông tin (phường đổi tên)',
    owner: 'UBND thành phố (Sở sửa)',
    notes: 'Sở: đã rà soát hồ sơ',
    level: before?.level,
    dossierState: before?.dossierState,
    decisionNo: before?.decisionNo,
    approvedOn: before?.approvedOn,
  })
})

/**
 * The province's unit list kept by the register (issue 15): imported on the Units page from the
 * sample CSV, previewed (units to add, blocks that would change — a move only when ticked — units
 * already matching), applied; then an inventory naming those units imports them into their blocks
 * without choosing the list again. A file that is no list is refused in Vietnamese.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { expect, test, type TestInfo } from '@playwright/test'
import { baseURL } from '../../playwright.config'
import { AppPage } from './pages/app-page'
import { ImportScreen } from './pages/import-page'
import { UnitsScreen } from './pages/units-page'

async function save(testInfo: TestInfo, name: string, bytes: Uint8Array): Promise<string> {
  const path = testInfo.outputPath(name)
  await writeFile(path, bytes)
  return path
}

const SO = 'Khối các cơ quan quản lý nhà nước trực thuộc Ủy ban nhân dân thành phố'

test('the province’s unit list: preview, blocks changed only where ticked, then an import lands in those blocks', async ({
  page,
}, testInfo) => {
  test.slow()
  await page.setViewportSize({ width: 1366, height: 768 })
  const app = new AppPage(page, baseURL)
  const units = new UnitsScreen(page)
  await app.open('/units')
  // One unit without a block, one in a block of the office's own.
  await units.addUnit({ name: 'SỞ TƯ PHÁP' })
  await expect(units.dialog).toHaveCount(0)
  await units.addUnit({ name: 'Sở Tài chính', block: 'Khối kinh tế' })
  await expect(units.dialog).toHaveCount(0)

  const list = await save(testInfo, 'don-vi.csv', await readFile('resources/seed/don-vi-mau-hai-phong.csv'))
  await units.chooseUnitList(list)
  await expect(page.getByTestId('unit-list-source')).toHaveText('Tệp “don-vi.csv”: 95 đơn vị trong 8 khối.')
  await expect(units.unitListTab(/Thêm mới \(93\)/)).toBeVisible()
  await expect(units.unitListTab(/Đổi khối \(2\)/)).toHaveAttribute('aria-selected', 'true')
  await expect(units.unitListTab(/Đã khớp \(0\)/)).toBeVisible()
  const changes = page.getByTestId('unit-list-changes')
  await expect(changes.getByRole('row', { name: /SỞ TƯ PHÁP/ })).toContainText('(Chưa phân khối)')
  await expect(changes.getByRole('row', { name: /SỞ TƯ PHÁP/ })).toContainText('Danh sách ghi: Sở Tư pháp')
  await expect(changes.getByRole('row', { name: /Sở Tài chính/ })).toContainText('Khối kinh tế')
  // Filling an empty block comes ticked; a move out of the office's block waits for the officer.
  await expect(units.blockChangeTick('SỞ TƯ PHÁP')).toBeChecked()
  await expect(units.blockChangeTick('Sở Tài chính')).not.toBeChecked()
  await page.screenshot({ path: '/tmp/unitlist-preview.png' })

  await units.dialog.getByRole('button', { name: 'Nhập: thêm 93 đơn vị, đổi khối 1 đơn vị' }).click()
  await expect(page.getByText('Đã nhập danh sách đơn vị: thêm 93 đơn vị, đổi khối 1 đơn vị.')).toBeVisible()
  await expect(units.summary).toContainText('95 đơn vị · 9 khối')
  await expect(units.blockRow('Khối kinh tế')).toBeVisible()
  await page.screenshot({ path: '/tmp/unitlist-after.png' })

  // The same list again: everything matches except the move not ticked.
  await units.chooseUnitList(list)
  await expect(units.unitListTab(/Thêm mới \(0\)/)).toBeVisible()
  await expect(units.unitListTab(/Đổi khối \(1\)/)).toBeVisible()
  await expect(units.unitListTab(/Đã khớp \(94\)/)).toBeVisible()
  await expect(units.dialog.getByRole('button', { name: 'Không có gì để nhập' })).toBeDisabled()
  await units.cancelDialog()

  // An inventory naming units of the list, spelled otherwise: no new unit, each in its block.
  const screen = new ImportScreen(page)
  await app.open('/import')
  const csv = ['Tên hệ thống,Đơn vị quản lý', 'Cổng thông tin,SO Y TE', 'Hộ tịch,sở tư pháp'].join('\r\n')
  await screen.chooseFile(await save(testInfo, 'danh-muc.csv', new TextEncoder().encode(csv)))
  await expect(screen.blocks).toContainText('2/2 đơn vị có khối')
  await expect(screen.blocks.getByRole('row', { name: /SO Y TE/ })).toContainText(
    'Khối đã có trong sổ (giữ nguyên)',
  )
  await expect(screen.blocks.getByRole('row', { name: /SO Y TE/ })).toContainText(
    '(đơn vị trong sổ: Sở Y tế)',
  )
  await expect(screen.blocks.getByRole('row', { name: /sở tư pháp/ })).toContainText(SO)
  await screen.blocks.scrollIntoViewIfNeeded()
  await page.screenshot({ path: '/tmp/unitlist-import-blocks.png' })
  await screen.importFile()
  expect(await screen.resultCount('units')).toBe(0)
  expect(await screen.resultCount('added')).toBe(2)
  expect(app.consoleErrors).toEqual([])
})

test('a file that is no unit list is refused saying what it is and what a list needs', async ({
  page,
}, testInfo) => {
  const app = new AppPage(page, baseURL)
  const units = new UnitsScreen(page)
  await app.open('/units')
  await units.chooseUnitList(await save(testInfo, 'trong.csv', new Uint8Array()))
  await expect(units.dialog).toContainText('Không đọc được danh sách đơn vị')
  await expect(units.dialog).toContainText('Tệp danh sách đơn vị trống')
  await expect(units.dialog).toContainText('cột “Khối” và cột “Tên đơn vị”')
  await page.screenshot({ path: '/tmp/unitlist-refused.png' })
})

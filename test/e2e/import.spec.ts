/**
 * The in-app import of an inventory workbook: the preview finds the header row under banners,
 * a column headed in unknown words is mapped by hand, the import lands on the dashboard, the same
 * file imported twice changes nothing, and a file with a bad cell is held back until the officer
 * explicitly chooses to import only the valid rows. The workbooks are generated here.
 */
import { writeFile } from 'node:fs/promises'
import { expect, test, type TestInfo } from '@playwright/test'
import ExcelJS from 'exceljs'
import { baseURL } from '../../playwright.config'
import { buildInventoryWithErrors, buildMessyInventory } from '../fixtures/messy-workbooks'
import { AppPage } from './pages/app-page'
import { ImportScreen } from './pages/import-page'

async function saveWorkbook(testInfo: TestInfo, name: string, bytes: Uint8Array): Promise<string> {
  const path = testInfo.outputPath(name)
  await writeFile(path, bytes)
  return path
}

/**
 * Sheet "Danh sách" after a guide sheet: banners in rows 1–3, the header in row 5 with the unit
 * column headed "Nơi quản lý" (no alias knows it), three systems below.
 */
async function buildUnknownUnitHeader(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  workbook.addWorksheet('Hướng dẫn').getCell('A1').value = 'Điền mỗi hệ thống một dòng.'
  const sheet = workbook.addWorksheet('Danh sách')
  sheet.getCell('A1').value = 'UBND THÀNH PHỐ HẢI PHÒNG'
  sheet.getCell('A2').value = 'DANH SÁCH HỆ THỐNG THÔNG TIN NĂM 2026'
  sheet.mergeCells('A2:E2')
  sheet.getRow(5).values = ['STT', 'Tên hệ thống', 'Nơi quản lý', 'Cấp độ', 'Ngày phê duyệt']
  sheet.getRow(6).values = [
    1,
    'Cổng dịch vụ công thành phố',
    'Văn phòng UBND thành phố',
    'Cấp độ 3',
    '15/03/2024',
  ]
  sheet.getRow(7).values = [2, 'Hệ thống quản lý văn bản', 'Văn phòng UBND thành phố', 2, null]
  sheet.getRow(8).values = [3, 'Phần mềm quản lý tài sản công', 'Sở Tài chính', 'II', null]
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer)
}

test('an officer imports a messy inventory, and the same file a second time changes nothing', async ({
  page,
}, testInfo) => {
  // Two imports, the dashboard and the register in one story.
  test.slow()
  const app = new AppPage(page, baseURL)
  const screen = new ImportScreen(page)
  const file = await saveWorkbook(testInfo, 'danh-muc-httt.xlsx', await buildMessyInventory())
  await app.open('/import')

  await screen.chooseFile(file)
  await expect(screen.source).toContainText("Dòng tiêu đề: 7, trang tính 'Danh mục HTTT'")
  await expect(screen.source).toContainText('danh-muc-httt.xlsx')
  expect(await screen.count('Thêm mới')).toBe(9)
  expect(await screen.count('Cập nhật')).toBe(0)
  expect(await screen.count('Dòng có lỗi')).toBe(0)
  await expect(screen.ignoredColumns).toContainText('Người phụ trách')
  await expect(screen.newUnits).toContainText('UBND phường Hồng Bàng')

  // The person in charge is not the owner, but this officer wants it kept: map it by hand.
  await screen.mapField('Chủ quản HTTT', 'Người phụ trách')
  await expect(screen.ignoredColumns).not.toContainText('Người phụ trách')
  expect(await screen.count('Thêm mới')).toBe(9)

  await screen.importFile()
  await expect(screen.result).toContainText('Đã nhập tệp "danh-muc-httt.xlsx"')
  expect(await screen.resultCount('added')).toBe(9)
  expect(await screen.resultCount('units')).toBe(4)
  expect(await screen.resultCount('assessments')).toBe(4)

  await screen.toDashboardLink.click()
  await expect(page.getByTestId('tile').first()).toBeVisible()
  expect(await app.tileValue('Hệ thống thông tin')).toBe(9)
  // Three approved, and the one being re-determined ("Đang điều chỉnh" with its decision of
  // 31/08/2023) keeps its approval until a new decision replaces it (docs/domain.md §3).
  expect(await app.tileValue('Đã phê duyệt cấp độ')).toBe(4)

  // The same file again: every row matches the register as it now is.
  await app.navLink('Nhập từ Excel').click()
  await screen.chooseFile(file)
  await screen.mapField('Chủ quản HTTT', 'Người phụ trách')
  expect(await screen.count('Thêm mới')).toBe(0)
  expect(await screen.count('Cập nhật')).toBe(0)
  expect(await screen.count('Không thay đổi')).toBe(9)
  await expect(screen.newUnits).toHaveCount(0)
  await screen.importFile()
  await expect(screen.result).toContainText('không có gì mới')
  expect(await screen.resultCount('added')).toBe(0)
  expect(await screen.resultCount('updated')).toBe(0)
  expect(await screen.resultCount('unchanged')).toBe(9)

  await screen.toRegisterLink.click()
  await expect(page).toHaveURL(/#\/register/)
  expect(app.consoleErrors).toEqual([])
  expect(app.outsideRequests).toEqual([])
})

test('a unit column headed in unknown words is mapped by hand, then the file imports', async ({
  page,
}, testInfo) => {
  const app = new AppPage(page, baseURL)
  const screen = new ImportScreen(page)
  const file = await saveWorkbook(testInfo, 'danh-sach.xlsx', await buildUnknownUnitHeader())
  await app.open('/import')

  await screen.chooseFile(file)
  await expect(screen.source).toContainText("Dòng tiêu đề: 5, trang tính 'Danh sách'")
  await expect(screen.missingColumns).toContainText('Đơn vị quản lý, vận hành')
  await expect(screen.importButton).toHaveCount(0)

  await screen.mapField('Đơn vị quản lý, vận hành', 'Nơi quản lý')
  await expect(screen.missingColumns).toHaveCount(0)
  expect(await screen.count('Thêm mới')).toBe(3)
  expect(await screen.count('Dòng có lỗi')).toBe(0)
  await expect(screen.errorsTable).toHaveCount(0)
  await expect(screen.newUnits).toContainText('Văn phòng UBND thành phố')

  await screen.importFile()
  expect(await screen.resultCount('added')).toBe(3)
  await screen.toDashboardLink.click()
  await expect(page.getByTestId('tile').first()).toBeVisible()
  expect(await app.tileValue('Hệ thống thông tin')).toBe(3)
  expect(app.consoleErrors).toEqual([])
})

test('a file with bad cells cannot be imported until the officer chooses to import only the valid rows', async ({
  page,
}, testInfo) => {
  const app = new AppPage(page, baseURL)
  const screen = new ImportScreen(page)
  const file = await saveWorkbook(testInfo, 'co-loi.xlsx', await buildInventoryWithErrors())
  await app.open('/import')

  await screen.chooseFile(file)
  await expect(screen.source).toContainText("Dòng tiêu đề: 3, trang tính 'Danh mục'")
  expect(await screen.count('Dòng có lỗi')).toBe(5)
  expect(await screen.count('Thêm mới')).toBe(1)
  const levelError = screen.errorsTable.getByRole('row').filter({ hasText: 'Cấp độ' }).first()
  await expect(levelError).toContainText('4')
  await expect(levelError).toContainText('6')
  await expect(screen.importButton).toBeDisabled()

  await screen.onlyValidCheckbox.check()
  await expect(screen.onlyValidCheckbox).toBeChecked()
  await expect(page.getByText('Chỉ nhập các dòng hợp lệ (bỏ qua 5 dòng lỗi)')).toBeVisible()
  await screen.importFile()
  expect(await screen.resultCount('added')).toBe(1)
  expect(await screen.resultCount('errors')).toBe(5)
  expect(app.consoleErrors).toEqual([])
})

test('a file that is not a workbook is refused in Vietnamese, with what to do', async ({
  page,
}, testInfo) => {
  const app = new AppPage(page, baseURL)
  const screen = new ImportScreen(page)
  const file = await saveWorkbook(
    testInfo,
    'danh-sach.xlsx',
    // A report printed to PDF and saved under a workbook's name: the bytes say what it is.
    new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'),
  )
  await app.open('/import')

  await screen.chooseFile(file)
  await expect(screen.readError).toContainText('Không đọc được tệp')
  await expect(screen.readError).toContainText('Tệp này là tài liệu PDF, không phải bảng tính')
  await expect(screen.readError).toContainText('Hãy dùng tệp Excel hoặc CSV')
  await expect(screen.chooseButton).toBeEnabled()
})

/**
 * The formats offices keep, through the import screen: a CSV as Excel on a Vietnamese Windows
 * saves it (Windows-1258, semicolons) shows the encoding and separator it was read with and lets
 * the officer read it otherwise; an Excel 97–2003 .xls imports like an .xlsx; a Word document is
 * named as such. The files are generated here (the .xls with SheetJS's own BIFF8 writer).
 */
import { readFile, writeFile } from 'node:fs/promises'
import AxeBuilder from '@axe-core/playwright'
import * as XLSX from '@e965/xlsx'
import { expect, test, type TestInfo } from '@playwright/test'
import { strToU8, zipSync } from 'fflate'
import { baseURL } from '../../playwright.config'
import { windows1258 } from '../fixtures/text-encodings'
import { AppPage } from './pages/app-page'
import { ImportScreen } from './pages/import-page'

async function save(testInfo: TestInfo, name: string, bytes: Uint8Array): Promise<string> {
  const path = testInfo.outputPath(name)
  await writeFile(path, bytes)
  return path
}

const CSV = [
  'DANH MỤC HỆ THỐNG THÔNG TIN NĂM 2026',
  '',
  'STT;Tên hệ thống;Đơn vị quản lý;Cấp độ;Tình trạng hồ sơ;Ngày phê duyệt;Ghi chú',
  '1;Cổng thông tin điện tử;Sở Y tế;3;Đã phê duyệt;15/03/2024;"Nâng cấp; năm 2025"',
  '2;Một cửa điện tử;Ủy ban nhân dân phường Hồng Bàng;2;Đang xây dựng;;',
  '3;Quản lý văn bản;Sở Tài chính;Cấp độ 2;Đã trình thẩm định;;"Dòng 1',
  'Dòng 2"',
].join('\r\n')

function xlsWorkbook(): Uint8Array {
  const sheet = XLSX.utils.aoa_to_sheet(
    [
      ['UBND THÀNH PHỐ HẢI PHÒNG'],
      [],
      ['STT', 'Tên hệ thống thông tin', 'Đơn vị quản lý, vận hành', 'Cấp độ đề xuất', 'Ngày phê duyệt'],
      [1, 'Hệ thống thư điện tử', 'Văn phòng UBND thành phố', 3, new Date(Date.UTC(2024, 7, 31))],
      [2, 'Phần mềm kế toán', 'Sở Tài chính', 'II', null],
    ],
    { cellDates: true, dateNF: 'dd/mm/yyyy' },
  )
  const book = XLSX.utils.book_new()
  XLSX.utils.book_append_sheet(book, sheet, 'Danh mục')
  return new Uint8Array(XLSX.write(book, { bookType: 'xls', type: 'array' }) as ArrayBuffer)
}

test('a Windows-1258 CSV shows what it was read with, can be read otherwise, and imports', async ({
  page,
}, testInfo) => {
  test.slow()
  const app = new AppPage(page, baseURL)
  const screen = new ImportScreen(page)
  const file = await save(testInfo, 'danh-muc.csv', windows1258(CSV))
  await app.open('/import')

  await screen.chooseFile(file)
  await expect(screen.format).toContainText('Tệp văn bản (.csv, .txt)')
  await expect(screen.source).toContainText('Dòng tiêu đề: 3 · 3 dòng dữ liệu')
  await expect(screen.textFormat).toContainText(
    'Windows-1258 (tiếng Việt, CSV của Excel trên Windows) (tự nhận)',
  )
  await expect(screen.textFormat).toContainText('dấu chấm phẩy (;) (tự nhận)')
  await expect(screen.newUnits).toContainText('Ủy ban nhân dân phường Hồng Bàng')
  expect(await screen.count('Thêm mới')).toBe(3)
  expect(await screen.count('Dòng có lỗi')).toBe(0)
  await page.screenshot({ path: '/tmp/formats-import-csv.png', fullPage: true })

  // Read with commas, the columns run together: the header is not found, and the screen says how it read.
  await screen.chooseSeparator('dấu phẩy (,)')
  await expect(screen.readError).toContainText('dấu phân cách: dấu phẩy (,)')
  // The encoding still shows what the last good reading used.
  await expect(screen.readError).toContainText('Windows-1258 (tiếng Việt, CSV của Excel trên Windows)')
  await page.screenshot({ path: '/tmp/formats-import-csv-commas.png', fullPage: true })
  await screen.chooseSeparator('dấu chấm phẩy (;)')
  await expect(screen.textFormat).toContainText('dấu chấm phẩy (;) (đã chọn)')
  expect(await screen.count('Thêm mới')).toBe(3)

  await screen.importFile()
  await expect(screen.result).toContainText('Đã nhập tệp "danh-muc.csv"')
  expect(await screen.resultCount('added')).toBe(3)
  expect(app.consoleErrors).toEqual([])
  expect(app.outsideRequests).toEqual([])
})

test('an Excel 97–2003 .xls imports like an .xlsx; a Word document is named as such', async ({
  page,
}, testInfo) => {
  test.slow()
  const app = new AppPage(page, baseURL)
  const screen = new ImportScreen(page)
  await app.open('/import')

  const docx = zipSync({
    '[Content_Types].xml': strToU8('<Types/>'),
    'word/document.xml': strToU8('<w:document/>'),
  })
  await screen.chooseFile(await save(testInfo, 'danh-muc.docx', docx))
  await expect(screen.readError).toContainText('Tệp này là văn bản Word')

  await screen.chooseFile(await save(testInfo, 'danh-muc-cu.xls', xlsWorkbook()))
  await expect(screen.format).toContainText('Bảng tính Excel 97–2003 (.xls)')
  await expect(screen.source).toContainText("Dòng tiêu đề: 3, trang tính 'Danh mục'")
  expect(await screen.count('Thêm mới')).toBe(2)
  expect(await screen.count('Dòng có lỗi')).toBe(0)
  await page.screenshot({ path: '/tmp/formats-import-xls.png', fullPage: true })
  await screen.importFile()
  expect(await screen.resultCount('added')).toBe(2)
  expect(app.consoleErrors).toEqual([])
})

test('a CSV with dates written month first: the preview says so, shows the values, and imports the order the officer chose', async ({
  page,
}, testInfo) => {
  test.slow()
  await page.setViewportSize({ width: 1366, height: 768 })
  const app = new AppPage(page, baseURL)
  const screen = new ImportScreen(page)
  const csv = [
    'Tên hệ thống,Đơn vị quản lý,Cấp độ,Dự kiến phê duyệt,Ngày đưa vào vận hành,Ngày kiểm tra đánh giá gần nhất',
    'Cổng dịch vụ công,Sở Tư pháp,2,4/16/2027,03/04/2020,20/05/2025',
    'Quản lý hộ tịch,Sở Tư pháp,2,6/2/2027,16/05/2019',
    'Thư điện tử,Sở Tư pháp,1,7/7/2027,',
  ].join('\r\n')
  await app.open('/import')
  await screen.chooseFile(await save(testInfo, 'ngay-thang-truoc.csv', new TextEncoder().encode(csv)))

  // The planned-approval column holds 4/16/2027: its order waits; 6/2/2027 is read neither way.
  await expect(screen.dateOrder).toContainText('Chưa rõ thứ tự ngày, tháng của 1 cột')
  const waiting = screen.dateOrder.locator('[data-field="expectedApprovalOn"]')
  await expect(waiting).toContainText('4/16/2027 (dòng 2)')
  await expect(waiting).toContainText('6/2/2027 (dòng 3)')
  // The commissioning column is proven day first (16/05/2019) and read so, as the card shows.
  const dayFirst = screen.dateOrder.locator('[data-field="commissionedOn"]')
  await expect(dayFirst).toContainText('Đọc ngày trước tháng theo quy ước')
  await expect(dayFirst).toContainText('03/04/2020 (dòng 2) → ngày 3 tháng 4 năm 2020')
  expect(await screen.count('Dòng có lỗi')).toBe(2)
  await expect(screen.errorsTable).toContainText('nên CapDo không đoán ô này là ngày nào')
  // The waiting column's warning is readable (WCAG AA contrast), as the accessibility check asks.
  const axe = await new AxeBuilder({ page })
    .include('[data-testid="date-order"]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  expect(axe.violations.map((v) => v.id)).toEqual([])
  await screen.dateOrder.screenshot({ path: '/tmp/formats2-date-order-waiting.png' })
  await page.screenshot({ path: '/tmp/formats2-date-order-page.png' })

  await screen.chooseDateOrder('Dự kiến phê duyệt', 'Tháng/ngày/năm (mm/dd/yyyy)')
  await expect(waiting).toContainText('6/2/2027 (dòng 3) → ngày 2 tháng 6 năm 2027')
  await expect(waiting).toContainText('Đọc theo thứ tự bạn đã chọn.')
  expect(await screen.count('Dòng có lỗi')).toBe(0)
  expect(await screen.count('Thêm mới')).toBe(3)
  await screen.dateOrder.screenshot({ path: '/tmp/formats2-date-order-chosen.png' })
  // The file gives the last assessment's date, not its kind: recorded as unknown, and said so.
  await expect(page.getByTestId('import-assessment-kind')).toContainText(
    '1 lần kiểm tra, đánh giá gần nhất sẽ được ghi với hình thức “Chưa rõ hình thức”',
  )

  await screen.importFile()
  expect(await screen.resultCount('added')).toBe(3)
  expect(app.consoleErrors).toEqual([])
})

test('units land in blocks: from the file’s Khối column, else from the province’s unit list the officer chooses', async ({
  page,
}, testInfo) => {
  test.slow()
  await page.setViewportSize({ width: 1366, height: 768 })
  const app = new AppPage(page, baseURL)
  const screen = new ImportScreen(page)
  const csv = [
    'Tên hệ thống,Đơn vị quản lý,Khối',
    'Cổng thông tin,Sở Y tế,Khối sở ngành',
    'Hộ tịch,Sở Tư pháp,',
    'Một cửa,Văn phòng Ủy ban nhân dân thành phố,',
  ].join('\r\n')
  await app.open('/import')
  await screen.chooseFile(await save(testInfo, 'khoi.csv', new TextEncoder().encode(csv)))
  await expect(screen.blocks).toContainText('1/3 đơn vị có khối')
  await expect(screen.blocks.getByRole('row', { name: /Sở Y tế/ })).toContainText(
    'Cột “Khối” của tệp, dòng 2',
  )
  await expect(screen.blocks.getByRole('row', { name: /Sở Tư pháp/ })).toContainText('(Chưa phân khối)')

  await screen.chooseUnitList(
    await save(testInfo, 'don-vi.csv', await readFile('resources/seed/don-vi-mau-hai-phong.csv')),
  )
  await expect(page.getByTestId('import-unit-list')).toContainText('95 đơn vị trong 8 khối')
  await expect(screen.blocks).toContainText('3/3 đơn vị có khối')
  await expect(screen.blocks.getByRole('row', { name: /Sở Tư pháp/ })).toContainText(
    'Danh sách đơn vị “don-vi.csv”',
  )
  await screen.blocks.scrollIntoViewIfNeeded()
  await page.screenshot({ path: '/tmp/formats2-blocks.png' })

  await screen.importFile()
  expect(await screen.resultCount('units')).toBe(3)
  expect(app.consoleErrors).toEqual([])
})

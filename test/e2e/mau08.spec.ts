/**
 * Decree 331's report form from the app: an officer makes ND331-2026 the active rule set, types
 * whom the report goes to, exports, and the workbook on disk holds Mẫu 08 as the form has it —
 * its column titles, part 1's total equal to the register's count, the "Kính gửi" line. And the
 * comparison of two rule sets shows what Decree 331 changed, and exactly what a province's copy
 * changed, each with its article.
 */
import { expect, test, type Page } from '@playwright/test'
import ExcelJS from 'exceljs'
import { baseURL } from '../../playwright.config'
import { MAU08_FORM_TITLES as MAU08_TITLES } from '../../src-renderer/src/domain/test-support/mau08-fixture'
import { AppPage } from './pages/app-page'
import { ExportScreen } from './pages/export-page'
import { SettingsScreen } from './pages/settings-page'

const ND331 = 'Luật An ninh mạng 116/2025/QH15, Nghị định 331/2026/NĐ-CP'
const ND85 = 'Nghị định 85/2016/NĐ-CP, Chỉ thị 09/CT-TTg (2024)'

async function openWithDemo(page: Page): Promise<AppPage> {
  const app = new AppPage(page, baseURL)
  await app.open()
  await app.loadDemoButton.click()
  await expect(page.getByText('Đã nạp 300 hệ thống thông tin của 95 đơn vị.')).toBeVisible()
  return app
}

/** Every text cell of a sheet, each merged cell once. */
function texts(ws: ExcelJS.Worksheet): Set<string> {
  const out = new Set<string>()
  ws.eachRow((row) => row.eachCell((cell) => typeof cell.value === 'string' && out.add(cell.value)))
  return out
}

function rowOf(ws: ExcelJS.Worksheet, firstCell: string): ExcelJS.Row {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(1).value === firstCell) return ws.getRow(r)
  throw new Error(`no row starting with ${firstCell}`)
}

test('under Decree 331 the export holds Mẫu 08 with the form’s columns, the register’s total and the addressee', async ({
  page,
}, testInfo) => {
  const app = await openWithDemo(page)
  const systems = await app.tileValue('Hệ thống thông tin')
  expect(systems).toBe(300)

  const settings = new SettingsScreen(page)
  await app.navLink('Cài đặt').click()
  await settings.chooseRuleSet(ND331)
  await settings.reportTab.click()
  await settings.reportField('Kính gửi').fill('Công an thành phố Hải Phòng')
  await settings.reportField('Ký hiệu văn bản').fill('BC-SKHCN')
  await settings.saveReportButton.click()
  await expect(page.getByText('Đã lưu thông tin báo cáo.')).toBeVisible()

  const screen = new ExportScreen(page)
  await screen.open()
  // Decree 331 reports yearly on its own form: Mẫu 08 is ticked, and the export page shows whom to.
  await expect(screen.sheet('Mẫu 08')).toBeChecked()
  await expect(screen.issuer).toContainText('Công an thành phố Hải Phòng')
  const asOf = await screen.asOf()
  const path = testInfo.outputPath(`CapDo-bao-cao-${asOf}.xlsx`)
  await screen.exportAndSave(path)

  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.readFile(path)
  const ws = workbook.getWorksheet('Mẫu 08')
  if (!ws) throw new Error(`no Mẫu 08 sheet among ${workbook.worksheets.map((w) => w.name).join(', ')}`)

  const header = rowOf(ws, 'STT')
  expect(Array.from({ length: 12 }, (_, i) => header.getCell(i + 1).value)).toEqual(MAU08_TITLES)
  const lines = texts(ws)
  expect(lines).toContain(`- Tổng số hệ thống thông tin thuộc phạm vi quản lý: ${systems};`)
  expect(lines).toContain('Kính gửi: Công an thành phố Hải Phòng')
  expect(lines).toContain('Số: ....../BC-SKHCN')
  // One numbered row per system of the register under the (1)…(12) row.
  const first = header.number + 2
  expect(ws.getRow(first).getCell(1).value).toBe(1)
  expect(ws.getRow(first + systems - 1).getCell(1).value).toBe(systems)
  expect(ws.getRow(first + systems).getCell(1).value).not.toBe(systems + 1)

  expect(app.consoleErrors).toEqual([])
  expect(app.outsideRequests).toEqual([])
})

test('comparing rule sets shows what Decree 331 changed, and the one cadence a province’s copy changed', async ({
  page,
}) => {
  const app = new AppPage(page, baseURL)
  const settings = new SettingsScreen(page)
  await app.open('/settings')
  await expect(settings.heading).toBeVisible()

  // The shipped sets side by side, the older regime first.
  await expect(settings.compare).toContainText(`${ND85}`)
  const reportKind = settings.compareRow('reportKind')
  await expect(reportKind).toContainText('Hằng quý')
  await expect(reportKind).toContainText('Công điện 33/CĐ-TTg ngày 07/4/2024')
  await expect(reportKind).toContainText('Hằng năm')
  await expect(reportKind).toContainText('Nghị định 331/2026/NĐ-CP, Điều 35 khoản 2')
  await expect(settings.compareRow('appraiser.4')).toContainText('Bộ Công an')
  await expect(settings.compareRow('transitionDeadline')).toContainText('01/07/2027')
  // The same months, but under Decree 331 they are the province's own setting, not the decree's.
  await expect(settings.compareRow('cadence.3')).toContainText('12 tháng (do tỉnh tự đặt)')

  // A province copies Decree 331 and assesses level 3 every 18 months.
  await settings.chooseRuleSet(ND331)
  await settings.copyButton.click()
  const copyName = `${ND331} — bản sao 1`
  await expect(page.getByText(`Đã tạo và áp dụng "${copyName}".`, { exact: false })).toBeVisible()
  await settings.cadence(3).fill('18')
  await settings.saveRuleSetButton.click()
  await expect(page.getByText(`Đã lưu bộ quy tắc "${copyName}".`, { exact: false })).toBeVisible()

  // The copy is compared with the set it came from: one row, both values, the article.
  await expect(settings.compareRows).toHaveCount(1)
  const cadence = settings.compareRow('cadence.3')
  await expect(cadence).toContainText('Chu kỳ kiểm tra, đánh giá — cấp độ 3')
  await expect(cadence).toContainText('12 tháng')
  await expect(cadence).toContainText('18 tháng')
  await expect(cadence).toContainText('Nghị định 331/2026/NĐ-CP, Điều 28 khoản 5 điểm a')

  // The same set on both sides has nothing to compare.
  await settings.chooseCompared('first', copyName)
  await expect(settings.compare).toContainText('Hãy chọn hai bộ quy tắc khác nhau để so sánh.')
  expect(app.consoleErrors).toEqual([])
})

/**
 * The Units and Settings screens, as an officer uses them: units added, renamed, refused deletion
 * while they hold systems, merged; a copied rule set's due-soon window changing the dashboard at
 * once; settings kept after a reload.
 */
import { expect, test } from '@playwright/test'
import { baseURL } from '../../playwright.config'
import { AppPage } from './pages/app-page'
import { SettingsScreen } from './pages/settings-page'
import { UnitsScreen } from './pages/units-page'

const DUE_SOON_TILE = 'Sắp đến hạn kiểm tra, đánh giá'

async function openWithDemo(app: AppPage): Promise<void> {
  await app.open()
  await app.loadDemoButton.click()
  await expect(app.page.getByText('Đã nạp 300 hệ thống thông tin của 95 đơn vị.')).toBeVisible()
}

/** Console errors other than the refusals the app logs on purpose (reportError logs each one). */
function unexpectedErrors(app: AppPage): string[] {
  return app.consoleErrors.filter((e) => !e.includes('DomainError'))
}

test('units: add one in a new block, rename it, delete it once confirmed', async ({ page }) => {
  const app = new AppPage(page, baseURL)
  const units = new UnitsScreen(page)
  await openWithDemo(app)
  await app.navLink('Đơn vị').click()
  await expect(units.unitLink('Sở Y tế')).toBeVisible()
  await expect(units.summary).toHaveText('95 đơn vị · 8 khối · 300 hệ thống thông tin')

  // A new unit in a block typed for the first time.
  await units.addUnit({ name: 'Trung tâm Giám sát an toàn thông tin', block: 'Khối thử nghiệm' })
  await expect(page.getByText('Đã thêm đơn vị "Trung tâm Giám sát an toàn thông tin".')).toBeVisible()
  await expect(units.blockRow('Khối thử nghiệm')).toContainText('1 đơn vị')
  expect(await units.systemsOf('Trung tâm Giám sát an toàn thông tin')).toBe(0)
  await expect(units.summary).toHaveText('96 đơn vị · 9 khối · 300 hệ thống thông tin')

  // Rename.
  await units.editUnit('Trung tâm Giám sát an toàn thông tin', {
    name: 'Trung tâm Giám sát an toàn thông tin mạng',
  })
  await expect(page.getByText('Đã lưu đơn vị "Trung tâm Giám sát an toàn thông tin mạng".')).toBeVisible()
  await expect(units.unitLink('Trung tâm Giám sát an toàn thông tin mạng')).toBeVisible()
  await expect(units.unitLink('Trung tâm Giám sát an toàn thông tin')).toHaveCount(0)

  // An empty unit is deleted after a confirmation; its block goes with it.
  await units.clickDelete('Trung tâm Giám sát an toàn thông tin mạng')
  await expect(units.dialog).toContainText('Xóa đơn vị "Trung tâm Giám sát an toàn thông tin mạng"?')
  await units.dialog.getByRole('button', { name: 'Xóa' }).click()
  await expect(page.getByText('Đã xóa đơn vị "Trung tâm Giám sát an toàn thông tin mạng".')).toBeVisible()
  await expect(units.blockRow('Khối thử nghiệm')).toHaveCount(0)
  await expect(units.summary).toHaveText('95 đơn vị · 8 khối · 300 hệ thống thông tin')

  expect(unexpectedErrors(app)).toEqual([])
  expect(app.outsideRequests).toEqual([])
})

test('units: a name is required and unique whatever its case or accents', async ({ page }) => {
  const app = new AppPage(page, baseURL)
  const units = new UnitsScreen(page)
  await openWithDemo(app)
  await app.navLink('Đơn vị').click()
  await expect(units.unitLink('Sở Y tế')).toBeVisible()

  await units.addUnit({ name: 'SỞ Y TẾ', block: 'Khối thử nghiệm' })
  await expect(
    units.dialog.getByText('Đã có đơn vị "Sở Y tế". Tên đơn vị không được trùng nhau.'),
  ).toBeVisible()
  await units.cancelDialog()
  await units.addUnit({ name: '   ' })
  await expect(units.dialog.getByText('Cần nhập tên đơn vị.')).toBeVisible()
  await units.cancelDialog()
  await expect(units.summary).toHaveText('95 đơn vị · 8 khối · 300 hệ thống thông tin')
})

test('units: a unit with systems is not deleted; merging moves its systems to the target', async ({
  page,
}) => {
  const app = new AppPage(page, baseURL)
  const units = new UnitsScreen(page)
  await openWithDemo(app)
  await app.navLink('Đơn vị').click()
  await expect(units.unitLink('Sở Y tế')).toBeVisible()

  // A unit that still has systems cannot be deleted: the refusal says why.
  const health = await units.systemsOf('Sở Y tế')
  expect(health).toBeGreaterThan(0)
  await units.clickDelete('Sở Y tế')
  await expect(units.dialog).toContainText(
    `Không thể xóa đơn vị "Sở Y tế" vì đơn vị còn ${health} hệ thống thông tin. Hãy chuyển các hệ thống này sang đơn vị khác hoặc xóa chúng trước.`,
  )
  await units.dialog.getByRole('button', { name: 'Đóng' }).click()
  await expect(units.unitLink('Sở Y tế')).toBeVisible()

  // Merge: the source's systems are counted under the target, the source is gone.
  const tourism = await units.systemsOf('Sở Du lịch')
  const culture = await units.systemsOf('Sở Văn hóa và Thể thao')
  expect(tourism).toBeGreaterThan(0)
  await units.mergeUnit('Sở Du lịch', 'Sở Văn hóa và Thể thao')
  await expect(
    page.getByText(`Đã gộp "Sở Du lịch" vào "Sở Văn hóa và Thể thao": chuyển ${tourism} hệ thống thông tin.`),
  ).toBeVisible()
  await expect(units.unitLink('Sở Du lịch')).toHaveCount(0)
  await expect.poll(() => units.systemsOf('Sở Văn hóa và Thể thao')).toBe(tourism + culture)
  await expect(units.summary).toHaveText('94 đơn vị · 8 khối · 300 hệ thống thông tin')

  // Search without diacritics, then open the register filtered by the unit.
  await units.search.fill('so y te')
  await expect(units.unitLink('Sở Y tế')).toBeVisible()
  await expect(units.unitLink('Sở Tư pháp')).toHaveCount(0)
  await units.unitLink('Sở Y tế').click()
  await expect(page).toHaveURL(/#\/register\?unit=[\w-]+$/)

  expect(unexpectedErrors(app)).toEqual([])
  expect(app.outsideRequests).toEqual([])
})

test('settings: the active rule set is chosen among the shipped ones, which are read-only', async ({
  page,
}) => {
  const app = new AppPage(page, baseURL)
  const settings = new SettingsScreen(page)
  await app.open('/settings')
  await expect(settings.heading).toBeVisible()
  await expect(settings.legalBasis).toContainText('Chỉ thị 09/CT-TTg ngày 23/02/2024')
  await expect(settings.saveRuleSetButton).toHaveCount(0)

  await settings.chooseRuleSet('Luật An ninh mạng 116/2025/QH15, Nghị định 331/2026/NĐ-CP')
  await expect(settings.legalBasis).toContainText('Nghị định 331/2026/NĐ-CP ngày 19/8/2026')
  await expect(settings.details).toContainText('Hằng năm: số liệu từ 15/12 đến 14/12')
  await expect(settings.saveRuleSetButton).toHaveCount(0)

  await app.reload()
  await expect(settings.legalBasis).toContainText('Nghị định 331/2026/NĐ-CP ngày 19/8/2026')
  expect(unexpectedErrors(app)).toEqual([])
})

test('settings: a copied rule set’s due-soon window changes the dashboard at once and is kept after a reload', async ({
  page,
}) => {
  const app = new AppPage(page, baseURL)
  const settings = new SettingsScreen(page)
  await openWithDemo(app)
  const dueSoonBefore = await app.tileValue(DUE_SOON_TILE)

  await app.navLink('Cài đặt').click()
  await expect(settings.legalBasis).toContainText('Nghị định 85/2016/NĐ-CP')
  await settings.copyButton.click()
  const copyName = 'Nghị định 85/2016/NĐ-CP, Chỉ thị 09/CT-TTg (2024) — bản sao 1'
  await expect(page.getByText(`Đã tạo và áp dụng "${copyName}".`, { exact: false })).toBeVisible()
  await expect(page.getByText('ND85-CT09-2024-copy-1')).toBeVisible()

  // The editor refuses values outside the law's ranges, in Vietnamese.
  await settings.dueSoonDays.fill('0')
  await settings.cadence(5).fill('121')
  await settings.saveRuleSetButton.click()
  await expect(page.getByText('Số ngày cảnh báo phải là số nguyên từ 1 đến 365.')).toBeVisible()
  await expect(page.getByText('Chu kỳ của cấp độ 5 phải là số nguyên từ 1 đến 120 tháng.')).toBeVisible()

  await settings.cadence(5).fill('6')
  await settings.dueSoonDays.fill('120')
  await settings.saveRuleSetButton.click()
  await expect(page.getByText(`Đã lưu bộ quy tắc "${copyName}".`, { exact: false })).toBeVisible()

  await app.navLink('Tổng quan').click()
  await expect(page.getByTestId('tile').filter({ hasText: DUE_SOON_TILE })).toContainText(
    'trong 120 ngày tới',
  )
  const dueSoonAfter = await app.tileValue(DUE_SOON_TILE)
  expect(dueSoonAfter).toBeGreaterThan(dueSoonBefore)

  await app.reload()
  expect(await app.tileValue(DUE_SOON_TILE)).toBe(dueSoonAfter)
  await app.navLink('Cài đặt').click()
  await expect(settings.details).toContainText(copyName)
  await expect(settings.dueSoonDays).toHaveValue('120')

  expect(unexpectedErrors(app)).toEqual([])
  expect(app.outsideRequests).toEqual([])
})

test('settings: report settings are checked, saved and kept after a reload', async ({ page }) => {
  const app = new AppPage(page, baseURL)
  const settings = new SettingsScreen(page)
  await app.open('/settings')
  await settings.reportTab.click()
  await expect(settings.reportField('Cơ quan ban hành báo cáo')).toHaveValue('SỞ KHOA HỌC VÀ CÔNG NGHỆ')
  await settings.reportField('Họ và tên người ký').fill('Nguyễn Văn An')
  await settings.reportField('Nơi nhận').fill('Bộ Công an;\nNhư trên;\n\nLưu: VT.')
  await settings.reportField('Thư điện tử').fill('khong-hop-le')
  await settings.saveReportButton.click()
  await expect(page.getByText('Thư điện tử không hợp lệ.')).toBeVisible()
  await settings.reportField('Thư điện tử').fill('attt@haiphong.gov.vn')
  await settings.saveReportButton.click()
  await expect(page.getByText('Đã lưu thông tin báo cáo.')).toBeVisible()

  await app.reload()
  await settings.reportTab.click()
  await expect(settings.reportField('Họ và tên người ký')).toHaveValue('Nguyễn Văn An')
  await expect(settings.reportField('Nơi nhận')).toHaveValue('Bộ Công an;\nNhư trên;\nLưu: VT.')
  await expect(settings.reportField('Thư điện tử')).toHaveValue('attt@haiphong.gov.vn')

  expect(unexpectedErrors(app)).toEqual([])
  expect(app.outsideRequests).toEqual([])
})

test('settings: leaving with unsaved changes asks first', async ({ page }) => {
  const app = new AppPage(page, baseURL)
  const settings = new SettingsScreen(page)
  await app.open('/settings')
  await settings.reportTab.click()
  await settings.reportField('Họ và tên người ký').fill('Trần Thị Bình')
  await app.navLink('Tổng quan').click()
  await expect(page.getByRole('dialog')).toContainText('Rời trang mà không lưu?')
  await page.getByRole('button', { name: 'Ở lại' }).click()
  await expect(settings.reportField('Họ và tên người ký')).toHaveValue('Trần Thị Bình')
  await app.navLink('Tổng quan').click()
  await page.getByRole('button', { name: 'Rời trang' }).click()
  await expect(settings.heading).toHaveCount(0)
})

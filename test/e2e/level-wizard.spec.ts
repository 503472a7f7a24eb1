/**
 * The law as data on a system's page: a new system is classified with the level wizard, the
 * level applied with its justification (and the history says so), the thuyết minh exported as a
 * Word draft and read back from disk, a dossier part ticked, and — once the level is lowered by
 * hand — the system flagged on its page, on the dashboard and in the register's filter.
 */
import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import JSZip from 'jszip'
import { baseURL } from '../../playwright.config'
import { AppPage } from './pages/app-page'
import { LevelPage } from './pages/level-page'
import { RegisterPage } from './pages/register-page'
import { SystemPage } from './pages/system-page'
import { UnitsScreen } from './pages/units-page'

const NAME = 'Cổng dịch vụ công trực tuyến Sở Y tế'

test('a system classified with the wizard keeps its justification, and a lowered level is flagged', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000)
  const app = new AppPage(page, baseURL)
  const system = new SystemPage(page)
  const level = new LevelPage(page)

  await app.open()
  await app.loadDemoButton.click()
  await expect(page.getByText('Đã nạp 300 hệ thống thông tin của 95 đơn vị.')).toBeVisible()

  // A new public-service system, no level yet.
  await app.open('/systems/new')
  await system.fill('Tên hệ thống thông tin', NAME)
  await system.choose('Đơn vị quản lý, vận hành', 'Sở Y tế', { search: true })
  await system.choose('Loại hệ thống', 'Phục vụ người dân, doanh nghiệp')
  await system.saveButton.click()
  await expect(page).toHaveURL(/#\/systems\/[0-9a-f-]{36}$/)
  await expect(level.summary).toContainText('Chưa xác định cấp độ bằng bộ câu hỏi')
  await expect(level.checklist).toContainText('Chọn cấp độ đề xuất của hệ thống')

  // The wizard: the default rule set is Decree 85, which grades online public services by mức độ:
  // a service outside the conditional list is level 2 (Điều 8.2.b), mức độ 3 calls for level 3.
  await level.openWizard()
  await expect(level.regime).toHaveText('Áp dụng tiêu chí của Nghị định 85/2016/NĐ-CP')
  await expect(level.suggestedLevel).toHaveText('Cấp độ 2')
  await expect(level.reasons).toContainText(
    'Nghị định 85/2016/NĐ-CP, Điều 8 khoản 2 điểm b“Cung cấp dịch vụ trực tuyến không thuộc danh mục dịch vụ kinh doanh có điều kiện;”',
  )
  await level.choose(
    /Mức độ cao nhất của thông tin, dịch vụ công trực tuyến/,
    'Mức độ 3 — dịch vụ công trực tuyến một phần',
  )
  await expect(level.suggestedLevel).toHaveText('Cấp độ 3')
  await expect(level.reasons).toContainText(
    'Nghị định 85/2016/NĐ-CP, Điều 9 khoản 2 điểm a“Cung cấp thông tin và dịch vụ công trực tuyến từ mức độ 3 trở lên theo quy định của pháp luật;”',
  )

  // The thuyết minh on disk: a Word package whose text holds the system, the answers and the clause.
  const path = testInfo.outputPath('thuyet-minh.docx')
  const download = await level.exportJustification(path)
  expect(download.suggestedFilename()).toBe('thuyet-minh-cong-dich-vu-cong-truc-tuyen-so-y-te.docx')
  const zip = await JSZip.loadAsync(readFileSync(path))
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? ''
  const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((m) => m[1]).join('')
  expect(text).toContain('THUYẾT MINH')
  expect(text).toContain(`- Tên hệ thống thông tin: ${NAME}`)
  expect(text).toContain('- Cấp độ đề xuất: Cấp độ 3')
  expect(text).toContain('- Thông tin, dịch vụ công trực tuyến: Mức độ 3 — dịch vụ công trực tuyến một phần;')
  expect(text).toContain('Nghị định 85/2016/NĐ-CP, Điều 9 khoản 2 điểm a')

  // Áp dụng: the level and the justification, one history entry.
  await level.apply()
  await expect(page.getByText('Đã áp dụng cấp độ 3 và lưu thuyết minh.')).toBeVisible()
  await expect(system.field('Cấp độ đề xuất')).toBeVisible()
  await expect(page.getByTestId('level-card-summary')).toContainText('Đã xác định cấp độ 3')
  await expect(system.historyRows.filter({ hasText: 'Thuyết minh đề xuất cấp độ' })).toHaveCount(1)
  await expect(system.historyRows.filter({ hasText: 'Cấp độ: Cấp độ 3' })).toHaveCount(1)

  // The checklist of a level-3 dossier: six parts missing, one ticked.
  await expect(level.missing).toContainText('Còn thiếu 6 thành phần')
  await level.tick('Tài liệu thiết kế')
  await expect(level.missing).toContainText('Còn thiếu 5 thành phần')
  await expect(level.part('Tài liệu thiết kế').getByLabel('Ngày hoàn thành')).not.toHaveValue('')
  await expect(system.historyRows.filter({ hasText: 'Thành phần hồ sơ đã có' })).toHaveCount(1)

  // Lowered by hand to 2: flagged on the page…
  await expect(level.belowCriteria).toHaveCount(0)
  await system.choose('Cấp độ đề xuất', 'Cấp độ 2')
  await system.saveButton.click()
  await expect(page.getByText('Đã lưu thay đổi.')).toBeVisible()
  await expect(level.belowCriteria).toContainText(
    'Cấp độ đề xuất hiện tại (2) thấp hơn cấp độ mà tiêu chí xác định (3).',
  )

  // …on the dashboard, whose counter opens the register filtered to the flagged systems.
  await app.open('/')
  const counter = page.getByTestId('below-criteria-counter')
  await expect(counter).toContainText('hệ thống có cấp độ đề xuất thấp hơn tiêu chí')
  await counter.getByRole('link', { name: 'Xem danh sách' }).click()
  await expect(page).toHaveURL(/#\/register\?criteria=below$/)
  const register = new RegisterPage(page)
  const row = register.rowByName(NAME)
  await expect(row.getByTestId('row-level')).toHaveText('Cấp độ 2')
  await expect(row.getByTestId('row-below-criteria')).toHaveText('Thấp hơn tiêu chí')
  expect(app.consoleErrors).toEqual([])
})

test('the secret grade suggests a level apart from the quoted criteria, labelled as an inference', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const app = new AppPage(page, baseURL)
  const system = new SystemPage(page)
  const level = new LevelPage(page)

  await app.open('/units')
  await new UnitsScreen(page).addUnit({ name: 'Văn phòng UBND tỉnh' })
  await app.open('/systems/new')
  await system.fill('Tên hệ thống thông tin', 'Mạng nội bộ xử lý văn bản mật')
  await system.choose('Đơn vị quản lý, vận hành', 'Văn phòng UBND tỉnh', { search: true })
  await system.choose('Loại hệ thống', 'Phục vụ hoạt động nội bộ')
  await system.saveButton.click()
  await expect(page).toHaveURL(/#\/systems\/[0-9a-f-]{36}$/)

  await level.openWizard()
  await level.answer('Bí mật nhà nước')
  await level.choose(/Độ mật cao nhất/, 'Tối mật')
  // The grade alone decides nothing under the decree's words; the inference says level 4.
  await expect(level.suggestedLevel).toHaveText('Chưa xác định được')
  await expect(level.inference).toContainText('Suy luận, không phải lời văn của nghị định')
  await expect(level.inference).toContainText('Điều 10 khoản 1 — cấp độ 4')

  // The harm answered: level 3 by Điều 9 khoản 1, quoted; the inference stays apart, and higher.
  await level.choose(
    /hậu quả đối với quốc phòng, an ninh quốc gia/,
    'Tổn hại tới quốc phòng, an ninh quốc gia',
  )
  await expect(level.suggestedLevel).toHaveText('Cấp độ 3')
  await expect(level.reasons).toContainText('Nghị định 85/2016/NĐ-CP, Điều 9 khoản 1')
  await expect(level.reasons).not.toContainText('Tối mật')
  await expect(level.inference).toContainText('Cao hơn cấp độ theo tiêu chí')
  expect(app.consoleErrors).toEqual([])
})

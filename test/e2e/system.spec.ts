/**
 * A system's page end to end: a new system is created from its form, its dossier taken from "not
 * started" to approved through the dialogs of each step, an assessment recorded and the next due
 * date computed from it, every change in the history, unsaved changes guarded, and all of it kept
 * after a reload.
 */
import { expect, test } from '@playwright/test'
import { baseURL } from '../../playwright.config'
import {
  addDays,
  addMonths,
  daysBetween,
  formatViDate,
  vietnamDate,
} from '../../src-renderer/src/domain/calendar-date'
import { AppPage } from './pages/app-page'
import { SystemPage } from './pages/system-page'

const NAME = 'Hệ thống quản lý văn bản và điều hành'
const DECISION = '1234/QĐ-UBND'
const ISSUER = 'UBND thành phố Hải Phòng'

test('a new system goes from its form to an approved dossier with an assessment, and is kept', async ({
  page,
}) => {
  // One long story (demo load, a dozen dialogs, a reload) on a shared 2-core machine.
  test.setTimeout(120_000)
  const today = vietnamDate(new Date())
  const app = new AppPage(page, baseURL)
  const system = new SystemPage(page)

  // Units come from the demo register (the units page is another screen's job).
  await app.open()
  await app.loadDemoButton.click()
  await expect(page.getByText('Đã nạp 300 hệ thống thông tin của 95 đơn vị.')).toBeVisible()

  // Create: the form refuses an empty name, then saves and opens the new system's page.
  await app.open('/systems/new')
  await expect(system.heading).toHaveText('Thêm hệ thống thông tin')
  await system.saveButton.click()
  await expect(system.message('Cần nhập tên hệ thống thông tin.')).toBeVisible()
  await system.fill('Tên hệ thống thông tin', NAME)
  await system.choose('Đơn vị quản lý, vận hành', 'Sở Y tế', { search: true })
  await system.fill('Chủ quản HTTT', ISSUER)
  await system.choose('Cấp độ đề xuất', 'Cấp độ 3')
  await system.typeDate('Ngày đưa vào vận hành', '15/03/2023')
  await system.saveButton.click()
  await expect(page).toHaveURL(/#\/systems\/[0-9a-f-]{36}$/)
  await expect(system.heading).toHaveText(NAME)
  await expect(system.dossierState).toHaveText('Chưa xây dựng hồ sơ')
  await expect(system.dossierActions).toHaveText(['Bắt đầu xây dựng hồ sơ'])

  // Dossier: drafting → submitted → appraised → approved, each step through its dialog.
  await system.confirmDialog(await system.openDossierStep('Bắt đầu xây dựng hồ sơ'))
  await expect(system.dossierState).toHaveText('Đang xây dựng')

  const submit = await system.openDossierStep('Trình thẩm định')
  await expect(submit.getByLabel('Ngày trình thẩm định')).toHaveValue(formatViDate(today))
  await system.confirmDialog(submit)
  await expect(system.dossierState).toHaveText('Đã trình thẩm định')
  // Level 3: no approval before the appraisal opinion.
  await expect(system.dossierActions).toHaveText(['Ghi nhận ý kiến thẩm định', 'Trả lại để bổ sung'])

  await system.confirmDialog(await system.openDossierStep('Ghi nhận ý kiến thẩm định'))
  await expect(system.dossierState).toHaveText('Đã có ý kiến thẩm định')

  const approve = await system.openDossierStep('Phê duyệt')
  // No dossier part is ticked: the step lists what is missing and asks to confirm first.
  await expect(approve.getByTestId('approval-warnings')).toContainText('Hồ sơ cấp độ 3 còn thiếu')
  await system.confirmDespiteWarnings(approve)
  await system.confirmDialog(approve)
  await expect(approve.getByText('Cần nhập số quyết định phê duyệt, ví dụ 1234/QĐ-UBND.')).toBeVisible()
  await approve.getByLabel('Số quyết định phê duyệt').fill(DECISION)
  await system.typeDate('Ngày quyết định phê duyệt', formatViDate(addDays(today, 1)), approve)
  await approve.getByLabel('Cơ quan ban hành quyết định').fill(ISSUER)
  await system.confirmDialog(approve)
  await expect(
    approve.getByText(
      `Ngày quyết định phê duyệt (${formatViDate(addDays(today, 1))}) không được sau ngày hôm nay (${formatViDate(today)}).`,
    ),
  ).toBeVisible()
  await system.typeDate('Ngày quyết định phê duyệt', formatViDate(today), approve)
  await system.confirmDialog(approve)
  await expect(approve).toBeHidden()
  await expect(system.dossierState).toHaveText('Đã phê duyệt')
  await expect(system.dossierActions).toHaveText(['Bắt đầu xác định lại cấp độ'])
  await expect(system.approvalDecision).toContainText(DECISION)
  await expect(system.approvalDecision).toContainText(formatViDate(today))
  await expect(system.approvalDecision).toContainText(ISSUER)
  await expect(system.approvalDeadline).toContainText('Đã phê duyệt')

  // With no assessment yet, the clock runs from the approval (level 3: every 12 months).
  const fromApproval = addMonths(today, 12)
  await expect(system.nextAssessmentDue).toHaveText(
    `Hạn kiểm tra, đánh giá tiếp theo: ${formatViDate(fromApproval)} (còn ${daysBetween(today, fromApproval)} ngày)`,
  )

  // An assessment resets the clock.
  const assessedOn = addDays(today, -40)
  const assessment = await system.openAddAssessment()
  await system.typeDate('Ngày kiểm tra, đánh giá', formatViDate(assessedOn), assessment)
  await assessment.getByLabel('Đơn vị kiểm tra, đánh giá').fill('Trung tâm Giám sát an toàn không gian mạng')
  await assessment.getByLabel('Kết quả').fill('Đạt yêu cầu')
  await assessment.getByRole('button', { name: 'Lưu', exact: true }).click()
  await expect(assessment).toBeHidden()
  await expect(system.assessmentRows.filter({ hasText: formatViDate(assessedOn) })).toContainText('Định kỳ')
  const fromAssessment = addMonths(assessedOn, 12)
  await expect(system.nextAssessmentDue).toHaveText(
    `Hạn kiểm tra, đánh giá tiếp theo: ${formatViDate(fromAssessment)} (còn ${daysBetween(today, fromAssessment)} ngày)`,
  )

  // History, newest first, with Vietnamese field labels.
  await expect(system.historyRows.nth(1)).toContainText('Thêm lần kiểm tra, đánh giá')
  await expect(system.historyEntries('Phê duyệt')).toContainText(`Số quyết định phê duyệt: ${DECISION}`)
  await expect(system.historyEntries('Tạo hệ thống')).toContainText('Cấp độ: Cấp độ 3')
  await expect(system.historyEntries('Trình thẩm định')).toContainText(
    'Tình trạng hồ sơ: Đang xây dựng → Đã trình thẩm định',
  )

  // Leaving a dirty form asks first; staying keeps the edit, Ctrl+S saves it.
  await system.fill('Ghi chú', 'Đã rà soát hồ sơ')
  await expect(system.unsavedMark).toBeVisible()
  await app.navLink('Sổ theo dõi HTTT').click()
  await expect(system.unsavedDialog).toBeVisible()
  await system.unsavedDialog.getByRole('button', { name: 'Ở lại' }).click()
  await expect(system.unsavedDialog).toBeHidden()
  await expect(system.field('Ghi chú')).toHaveValue('Đã rà soát hồ sơ')
  await page.keyboard.press('Control+s')
  await expect(system.message('Đã lưu thay đổi.')).toBeVisible()
  await expect(system.unsavedMark).toBeHidden()
  await expect(system.historyRows.nth(1)).toContainText('Ghi chú: Đã rà soát hồ sơ')

  // Leaving without saving drops the edit, and only the edit.
  const url = page.url()
  await system.fill('Tên hệ thống thông tin', 'Tên chưa lưu')
  await app.navLink('Sổ theo dõi HTTT').click()
  await system.unsavedDialog.getByRole('button', { name: 'Rời đi không lưu' }).click()
  await expect(page).toHaveURL(/#\/register$/)
  await page.goto(url)

  // Everything is kept after a reload.
  await app.reload()
  await expect(system.heading).toHaveText(NAME)
  await expect(system.field('Tên hệ thống thông tin')).toHaveValue(NAME)
  await expect(system.field('Ghi chú')).toHaveValue('Đã rà soát hồ sơ')
  await expect(system.field('Ngày đưa vào vận hành')).toHaveValue('15/03/2023')
  await expect(system.dossierState).toHaveText('Đã phê duyệt')
  await expect(system.approvalDecision).toContainText(DECISION)
  await expect(system.assessmentRows.filter({ hasText: formatViDate(assessedOn) })).toContainText(
    'Đạt yêu cầu',
  )
  await expect(system.nextAssessmentDue).toContainText(formatViDate(fromAssessment))
  await expect(system.historyEntries('Bắt đầu xây dựng hồ sơ')).toHaveCount(1)
  expect(app.consoleErrors).toEqual([])
  expect(app.outsideRequests).toEqual([])

  // Closing the window with unsaved changes asks too (the browser's own prompt).
  await system.fill('Mô tả', 'Chưa lưu khi đóng cửa sổ')
  const prompt = page.waitForEvent('dialog')
  await page.close({ runBeforeUnload: true })
  const dialog = await prompt
  expect(dialog.type()).toBe('beforeunload')
  await dialog.accept()
})

test('a link to a system that does not exist says so and leads back to the register', async ({ page }) => {
  const app = new AppPage(page, baseURL)
  await app.open('/systems/khong-ton-tai')
  await expect(page.getByText('Không tìm thấy hệ thống thông tin')).toBeVisible()
  await page.getByRole('button', { name: 'Về sổ theo dõi HTTT' }).click()
  await expect(page).toHaveURL(/#\/register$/)
})

/**
 * The level wizard on an approved system (issue #13): the approved level is the one in the
 * decision. "Áp dụng" keeps the answers and the suggested level as a proposal; the level, the
 * decision and the dashboard's counts stay as they are; the re-determination is offered and
 * started, and the system's header shows it beside the approved level.
 */
import { expect, test } from '@playwright/test'
import { baseURL } from '../../playwright.config'
import { formatViDate, vietnamDate } from '../../src-renderer/src/domain/calendar-date'
import { AppPage } from './pages/app-page'
import { LevelPage } from './pages/level-page'
import { RegisterPage } from './pages/register-page'
import { SystemPage } from './pages/system-page'

const NAME = 'Cổng dịch vụ công ngành, nghề kinh doanh có điều kiện'
const DECISION = '12/QĐ-UBND'
const ISSUER = 'UBND thành phố Hải Phòng'
const APPROVED = 'Đã phê duyệt cấp độ'

test('the wizard on an approved system records a proposal and offers the re-determination; the approval holds', async ({
  page,
}) => {
  test.setTimeout(240_000)
  const today = vietnamDate(new Date())
  const app = new AppPage(page, baseURL)
  const system = new SystemPage(page)
  const level = new LevelPage(page)

  await app.open()
  await app.loadDemoButton.click()
  await expect(page.getByText('Đã nạp 300 hệ thống thông tin của 95 đơn vị.')).toBeVisible()

  // A level-1 system, approved by decision 12/QĐ-UBND.
  await app.open('/systems/new')
  await system.fill('Tên hệ thống thông tin', NAME)
  await system.choose('Đơn vị quản lý, vận hành', 'Sở Y tế', { search: true })
  await system.choose('Cấp độ đề xuất', 'Cấp độ 1')
  await system.saveButton.click()
  await expect(page).toHaveURL(/#\/systems\/[0-9a-f-]{36}$/)
  const systemUrl = new URL(page.url()).hash.slice(1)
  await system.confirmDialog(await system.openDossierStep('Bắt đầu xây dựng hồ sơ'))
  await system.confirmDialog(await system.openDossierStep('Trình thẩm định'))
  await expect(system.dossierState).toHaveText('Đã trình thẩm định')
  const approve = await system.openDossierStep('Phê duyệt')
  await approve.getByLabel('Số quyết định phê duyệt').fill(DECISION)
  await system.typeDate('Ngày quyết định phê duyệt', formatViDate(today), approve)
  await approve.getByLabel('Cơ quan ban hành quyết định').fill(ISSUER)
  if (await approve.getByTestId('approval-warnings').isVisible()) await system.confirmDespiteWarnings(approve)
  await system.confirmDialog(approve)
  await expect(approve).toBeHidden()
  await expect(system.dossierState).toHaveText('Đã phê duyệt')
  await expect(level.headerLevel).toHaveText('Cấp độ 1 · Đã phê duyệt')
  await expect(system.field('Cấp độ đề xuất')).toBeDisabled()

  await app.open('/')
  const approvedBefore = await app.tileValue(APPROVED)
  const systemsBefore = await app.tileValue('Hệ thống thông tin')

  // The wizard calls for level 3 (a conditional business online: Decree 85 Điều 9 khoản 2).
  await app.open(systemUrl)
  await level.openWizard()
  await system.choose('Hệ thống thông tin thuộc loại nào?', 'Phục vụ người dân, doanh nghiệp')
  await level.answer(/kinh doanh có điều kiện/)
  await expect(level.suggestedLevel).toHaveText('Cấp độ 3')
  await level.applyAsProposal()
  await expect(level.wizardOffer).toContainText('Đã lưu đề xuất Cấp độ 3. Cấp độ đã phê duyệt vẫn là Cấp độ 1.')
  await expect(level.wizardOffer).toContainText(`Quyết định số ${DECISION} ngày ${formatViDate(today)}`)
  await expect(level.wizardOffer).toContainText('thực hiện theo trình tự, thủ tục xác định lần đầu')
  await page.screenshot({ path: '/tmp/approved-level-wizard-result.png' })

  // Nothing recorded moved: the level, the decision, the dossier state, the counts.
  await expect(level.headerLevel).toHaveText('Cấp độ 1 · Đã phê duyệt')
  await expect(system.approvalDecision).toContainText(DECISION)
  await expect(system.dossierState).toHaveText('Đã phê duyệt')
  await level.closeWizard()
  await expect(level.headerProposed).toHaveText('Đề xuất Cấp độ 3')
  await app.open('/')
  expect(await app.tileValue(APPROVED)).toBe(approvedBefore)
  expect(await app.tileValue('Hệ thống thông tin')).toBe(systemsBefore)

  // The card keeps offering the re-determination; starting it keeps level and decision.
  await app.open(systemUrl)
  await expect(level.cardOffer).toContainText('Đề xuất Cấp độ 3, chưa xác định lại: cấp độ đã phê duyệt vẫn là Cấp độ 1.')
  await level.startRedetermination(level.cardOffer).click()
  await expect(page.getByText('Đã bắt đầu xác định lại cấp độ.', { exact: false })).toBeVisible()
  await expect(system.dossierState).toHaveText('Đang xác định lại cấp độ')
  await expect(level.headerLevel).toHaveText('Cấp độ 1 · Đã phê duyệt')
  await expect(level.headerRedetermination).toHaveText('Đang xác định lại cấp độ')
  await expect(level.headerProposed).toHaveText('Đề xuất Cấp độ 3')
  await expect(system.approvalDecision).toContainText(DECISION)
  await expect(system.historyRows.filter({ hasText: 'Đề xuất Cấp độ 3 theo kết quả xác định cấp độ' })).toHaveCount(1)
  await level.headerLevel.scrollIntoViewIfNeeded()
  await page.screenshot({ path: '/tmp/approved-level-header.png' })

  // The register still reports the approved level.
  await app.navLink('Sổ theo dõi HTTT').click()
  const register = new RegisterPage(page)
  await expect(register.rowByName(NAME).getByTestId('row-level')).toHaveText('Cấp độ 1')
  expect(app.consoleErrors).toEqual([])
})

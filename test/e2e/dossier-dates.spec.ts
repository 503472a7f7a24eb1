/**
 * The dates through the dossier dialogs (issue #13, "Dossier dates out of order"): a
 * dossier submitted 01/10/2026 cannot get an appraisal opinion of 15/09/2026, nor an approval of
 * 01/09/2026 before its opinion; each dialog says why beside the date, naming both dates, and
 * writes nothing.
 */
import { expect, test } from '@playwright/test'
import { baseURL } from '../../playwright.config'
import { AppPage } from './pages/app-page'
import { SystemPage } from './pages/system-page'

test('dates out of order are refused in the dossier dialogs, naming both dates', async ({ page }) => {
  test.setTimeout(120_000)
  const app = new AppPage(page, baseURL)
  const system = new SystemPage(page)

  await app.open()
  await app.loadDemoButton.click()
  await expect(page.getByText('Đã nạp 300 hệ thống thông tin của 95 đơn vị.')).toBeVisible()
  await app.open('/systems/new')
  await system.fill('Tên hệ thống thông tin', 'Hệ thống quản lý di tích')
  await system.choose('Đơn vị quản lý, vận hành', 'Sở Y tế', { search: true })
  await system.choose('Cấp độ đề xuất', 'Cấp độ 3')
  await system.saveButton.click()
  await expect(page).toHaveURL(/#\/systems\/[0-9a-f-]{36}$/)

  await system.confirmDialog(await system.openDossierStep('Bắt đầu xây dựng hồ sơ'))
  const submit = await system.openDossierStep('Trình thẩm định')
  await system.typeDate('Ngày trình thẩm định', '01/10/2026', submit)
  await system.confirmDialog(submit)
  await expect(system.dossierState).toHaveText('Đã trình thẩm định')

  const appraise = await system.openDossierStep('Ghi nhận ý kiến thẩm định')
  await expect(appraise).toContainText('Không được trước ngày trình thẩm định (01/10/2026).')
  await system.typeDate('Ngày có ý kiến thẩm định', '15/09/2026', appraise)
  await system.confirmDialog(appraise)
  await expect(system.fieldError('Ngày có ý kiến thẩm định', appraise)).toHaveText(
    'Ngày có ý kiến thẩm định (15/09/2026) không được trước ngày trình thẩm định (01/10/2026).',
  )
  await page.screenshot({ path: '/tmp/dossier-dates-appraisal.png' })
  await appraise.getByRole('button', { name: 'Hủy' }).click()
  await expect(system.dossierState).toHaveText('Đã trình thẩm định')

  const appraiseAgain = await system.openDossierStep('Ghi nhận ý kiến thẩm định')
  await system.typeDate('Ngày có ý kiến thẩm định', '15/10/2026', appraiseAgain)
  await system.confirmDialog(appraiseAgain)
  await expect(system.dossierState).toHaveText('Đã có ý kiến thẩm định')

  const approve = await system.openDossierStep('Phê duyệt')
  await system.confirmDespiteWarnings(approve)
  await approve.getByLabel('Số quyết định phê duyệt').fill('1234/QĐ-UBND')
  await system.typeDate('Ngày quyết định phê duyệt', '01/09/2026', approve)
  await approve.getByLabel('Cơ quan ban hành quyết định').fill('UBND thành phố Hải Phòng')
  await system.confirmDialog(approve)
  await expect(system.fieldError('Ngày quyết định phê duyệt', approve)).toHaveText(
    'Ngày phê duyệt (01/09/2026) không được trước ngày có ý kiến thẩm định (15/10/2026).',
  )
  await page.screenshot({ path: '/tmp/dossier-dates-approval.png' })
  await approve.getByRole('button', { name: 'Hủy' }).click()
  await expect(system.dossierState).toHaveText('Đã có ý kiến thẩm định')
})

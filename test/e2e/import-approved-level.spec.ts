/**
 * Importing a spreadsheet again after a system was approved (issue #13): a row that gives another
 * level without a new approval decision does not change the approved level; the preview lists the
 * row with the reason, and the row's other changes are still imported.
 */
import { writeFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { baseURL } from '../../playwright.config'
import { AppPage } from './pages/app-page'
import { ImportScreen } from './pages/import-page'
import { RegisterPage } from './pages/register-page'

const NAME = 'Cổng dịch vụ công Sở Tư pháp'
const HEADER = 'Tên hệ thống,Đơn vị,Cấp độ,Tình trạng hồ sơ,Số quyết định phê duyệt,Ngày phê duyệt,Ghi chú'

test('an import row changing an approved level without a new decision keeps the level and says why', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000)
  const app = new AppPage(page, baseURL)
  const screen = new ImportScreen(page)
  const first = testInfo.outputPath('danh-muc.csv')
  const again = testInfo.outputPath('danh-muc-sua.csv')
  writeFileSync(first, `${HEADER}\n${NAME},Sở Tư pháp,1,Đã phê duyệt,12/QĐ-UBND,01/03/2024,\n`)
  writeFileSync(again, `${HEADER}\n${NAME},Sở Tư pháp,3,Đã phê duyệt,12/QĐ-UBND,01/03/2024,Đã nâng cấp\n`)

  await app.open('/import')
  await screen.chooseFile(first)
  await screen.importFile()
  expect(await screen.resultCount('added')).toBe(1)

  await screen.againButton.click()
  await screen.chooseFile(again)
  await expect(screen.levelHeld).toContainText('Cấp độ đã phê duyệt được giữ nguyên (1 dòng)')
  await expect(screen.levelHeld).toContainText(
    'đang ở Cấp độ 1 đã được phê duyệt theo Quyết định số 12/QĐ-UBND ngày 01/03/2024, nên không đổi sang Cấp độ 3',
  )
  await screen.levelHeld.scrollIntoViewIfNeeded()
  await page.screenshot({ path: '/tmp/approved-level-import-preview.png' })
  expect(await screen.count('Cập nhật')).toBe(1)
  await screen.importFile()

  await app.navLink('Sổ theo dõi HTTT').click()
  const row = new RegisterPage(page).rowByName(NAME)
  await expect(row.getByTestId('row-level')).toHaveText('Cấp độ 1')
  expect(app.consoleErrors).toEqual([])
})

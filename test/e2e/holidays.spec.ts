/**
 * The holiday calendar of Settings drives the dossier time limits: a day off added on the day a
 * submitted system's approval falls due moves that due date to the next working day.
 */
import { expect, test } from '@playwright/test'
import { baseURL } from '../../playwright.config'
import { formatViDate, parts, type IsoDate } from '../../src-renderer/src/domain/calendar-date'
import { VN_HOLIDAYS } from '../../src-renderer/src/domain/law/vn-holidays'
import { addWorkingDays } from '../../src-renderer/src/domain/law/working-days'
import { AppPage } from './pages/app-page'
import { HolidaysPage } from './pages/holidays-page'
import { RegisterPage } from './pages/register-page'

/** The due date in "7 ngày làm việc — hạn 04/01/2027 (…)". */
function dueDate(text: string): IsoDate {
  const m = /hạn (\d{2})\/(\d{2})\/(\d{4})/.exec(text)
  if (!m) throw new Error(`No due date in: ${text}`)
  return `${m[3]}-${m[2]}-${m[1]}`
}

test('a day off added in Settings moves a submitted dossier’s approval due date by one working day', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const app = new AppPage(page, baseURL)
  const register = new RegisterPage(page)
  const holidays = new HolidaysPage(page)

  await app.open()
  await app.loadDemoButton.click()
  await expect(page.getByText('Đã nạp 300 hệ thống thông tin của 95 đơn vị.')).toBeVisible()

  // A level-3 dossier awaiting its appraisal: the approval's 7 working days run from the appraisal due date.
  await register.open('dossier=submitted&level=3')
  const name = await register.rowName(0)
  await register.rows.first().getByRole('link').click()
  await expect(page).toHaveURL(/#\/systems\/[0-9a-f-]{36}$/)
  const systemUrl = page.url()
  const approvalDue = page.getByTestId('approval-due')
  await expect(approvalDue).toContainText('7 ngày làm việc — hạn')
  const before = dueDate(await approvalDue.innerText())

  // The province gives that day off.
  await holidays.open()
  await holidays.chooseYear(parts(before).year)
  await holidays.add(formatViDate(before), 'Nghỉ theo quyết định của UBND tỉnh')
  await expect(page.getByText(`Đã thêm ngày nghỉ ${formatViDate(before)}.`)).toBeVisible()
  await expect(holidays.row(formatViDate(before))).toContainText('Tự thêm')

  // Back on the system: the due date is the next working day after it.
  await page.goto(systemUrl)
  await expect(page.getByRole('heading', { level: 3 })).toHaveText(name)
  const after = formatViDate(addWorkingDays(before, 1, VN_HOLIDAYS))
  await expect(approvalDue).toContainText(`7 ngày làm việc — hạn ${after}`)

  // A bad date is refused in Vietnamese and changes nothing.
  await holidays.open()
  const summary = await holidays.summary.innerText()
  await holidays.add('31/02/2027', 'Nghỉ')
  await expect(
    page.getByText(
      '"31/02/2027" không phải một ngày có thật; hãy nhập theo dạng dd/mm/yyyy, ví dụ 12/02/2027.',
    ),
  ).toBeVisible()
  await expect(holidays.summary).toHaveText(summary)
})

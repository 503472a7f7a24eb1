/**
 * A collection round from the letter to the replies, for the 95 units of the demo register: the
 * round created, its 95 requests generated, four of them filled by "units" (edited with ExcelJS as
 * a spreadsheet program would), dropped on "Nhận phiếu" at once with a file that is no request,
 * previewed per unit and applied; one reply comes after the due date, one has a cell error, one
 * touches another unit's system, one is applied twice. The tracker, the register's values and
 * their history line "Theo phiếu của <unit>, đợt <số>" are checked as an officer would see them.
 * The page's clock is fixed (10/12/2026, then 18/12/2026) so "on time" and "late" do not depend on
 * the day the test runs.
 */
import { expect, test, type Page } from '@playwright/test'
import ExcelJS from 'exceljs'
import { unzipSync } from 'fflate'
import { readFile } from 'node:fs/promises'
import { baseURL } from '../../playwright.config'
import { REQUEST_COLUMNS } from '../../src-renderer/src/domain/rounds/request-sheet'
import { DATA_SHEET, HEADER_ROW } from '../../src-renderer/src/excel/rounds/request-workbook'
import { AppPage } from './pages/app-page'
import { ReceiveDialog } from './pages/receive-page'
import { RoundsScreen } from './pages/rounds-page'
import { autoBackupReasons, dumpRegister } from './pages/store-probe'

const LETTER = '125/SKHCN-CNTT'
const columnOf = (header: string): number => REQUEST_COLUMNS.findIndex((c) => c.header === header) + 1
const ID = columnOf('Mã hệ thống')
const NAME = columnOf('Tên hệ thống thông tin')
const LEVEL = columnOf('Cấp độ đề xuất')
const NOTES = columnOf('Ghi chú')

interface Request {
  unit: string
  fileName: string
  workbook: ExcelJS.Workbook
  /** The prefilled systems, by Excel row. */
  systems: { row: number; id: string; name: string }[]
}

async function openRequest(fileName: string, bytes: Uint8Array): Promise<Request> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx['load']>[0])
  const ws = workbook.getWorksheet(DATA_SHEET)
  if (!ws) throw new Error(`${fileName}: no data sheet`)
  const systems: Request['systems'] = []
  for (let row = HEADER_ROW + 1; row <= ws.rowCount; row++) {
    const id = ws.getCell(row, ID).value
    if (typeof id === 'string' && id !== '')
      systems.push({ row, id, name: String(ws.getCell(row, NAME).value) })
  }
  const unit = fileName.replace(/^Phiếu - /u, '').replace(/\.xlsx$/u, '')
  return { unit, fileName, workbook, systems }
}

const sheet = (r: Request): ExcelJS.Worksheet => r.workbook.getWorksheet(DATA_SHEET) as ExcelJS.Worksheet
const firstEmptyRow = (r: Request): number => Math.max(...r.systems.map((s) => s.row)) + 1
const saved = async (r: Request) => ({
  name: r.fileName,
  bytes: new Uint8Array(await r.workbook.xlsx.writeBuffer()),
})

async function systemsAndHistory(page: Page) {
  const dump = await dumpRegister(page)
  return {
    systems: dump.systems as {
      id: string
      name: string
      unitId: string
      level: number | null
      notes: string
    }[],
    history: dump.history as {
      systemId: string | null
      entity: string
      by: string
      changes: { field: string }[]
    }[],
  }
}

test('a round over the 95 units: replies received, previewed and applied; the tracker and the register follow', async ({
  page,
}) => {
  // 95 workbooks are written in the requests worker: up to a second each on this shared machine.
  test.setTimeout(600_000)
  await page.clock.setFixedTime(new Date('2026-12-10T03:00:00Z'))
  await page.setViewportSize({ width: 1366, height: 768 })
  const app = new AppPage(page, baseURL)
  const rounds = new RoundsScreen(page)
  const dialog = new ReceiveDialog(page)
  await app.open()
  await app.loadDemoButton.click()
  await expect(page.getByText('Đã nạp 300 hệ thống thông tin của 95 đơn vị.')).toBeVisible()
  await app.navLink('Đợt thu thập').click()
  await rounds.createRound({
    no: LETTER,
    date: '01/12/2026',
    asOf: '30/11/2026',
    due: '15/12/2026',
    subject: 'rà soát hệ thống thông tin và cấp độ an toàn',
  })
  await expect(rounds.detail).toContainText('Đang chờ 95')

  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 580_000 }),
    rounds.detail.getByRole('button', { name: 'Tạo phiếu (.zip)' }).click(),
  ])
  const zip = unzipSync(new Uint8Array(await readFile((await download.path()) ?? '')))
  expect(Object.keys(zip)).toHaveLength(95)

  const initial = await systemsAndHistory(page)

  // Four units with at least two systems each, among those the tracker's first page shows.
  const shown = await rounds.detail.locator('tbody tr td:first-child').allInnerTexts()
  const chosen: Request[] = []
  for (const unit of shown) {
    const bytes = zip[`Phiếu - ${unit}.xlsx`]
    if (chosen.length === 4 || !bytes) continue
    const request = await openRequest(`Phiếu - ${unit}.xlsx`, bytes)
    if (request.systems.length >= 2) chosen.push(request)
  }
  expect(chosen, `units with two systems on the first page: ${shown.join(', ')}`).toHaveLength(4)
  const [onTime, withErrors, foreign, late] = chosen
  const trackerRow = (unit: string) =>
    rounds.detail.getByRole('row').filter({ has: page.getByRole('cell', { name: unit, exact: true }) })

  // On time: a note changed and a system added (the unit cell left blank, as the guide allows).
  sheet(onTime).getCell(onTime.systems[0].row, NOTES).value = 'Đã rà soát theo công văn 125'
  const addedRow = firstEmptyRow(onTime)
  sheet(onTime).getCell(addedRow, NAME).value = 'Hệ thống đặt lịch khám trực tuyến'
  sheet(onTime).getCell(addedRow, LEVEL).value = 2
  // With an error: a level that does not exist on one row, a valid note on another.
  sheet(withErrors).getCell(withErrors.systems[0].row, LEVEL).value = 9
  sheet(withErrors).getCell(withErrors.systems[1].row, NOTES).value = 'Cập nhật theo phiếu'
  // Touching another unit's system: the first unit's second system, level 5.
  sheet(foreign).getCell(foreign.systems[0].row, NOTES).value = 'Đơn vị đã rà soát'
  const foreignRow = firstEmptyRow(foreign)
  sheet(foreign).getCell(foreignRow, ID).value = onTime.systems[1].id
  sheet(foreign).getCell(foreignRow, NAME).value = onTime.systems[1].name
  sheet(foreign).getCell(foreignRow, LEVEL).value = 5
  sheet(late).getCell(late.systems[0].row, NOTES).value = 'Báo cáo sau hạn'
  const notARequest = new ExcelJS.Workbook()
  notARequest.addWorksheet('Danh mục').addRow(['Tên hệ thống thông tin', 'Đơn vị quản lý, vận hành'])
  const stray = { name: 'Danh sách tự lập.xlsx', bytes: new Uint8Array(await notARequest.xlsx.writeBuffer()) }

  await dialog.open(rounds.detail)
  await dialog.drop([await saved(onTime), await saved(withErrors), await saved(foreign), stray])
  await expect(dialog.root.getByTestId('reply-card')).toHaveCount(3, { timeout: 60_000 })
  await expect(dialog.refused(stray.name)).toContainText('Tệp không có dấu phiếu của CapDo')

  const onTimeCard = dialog.cards(onTime.unit)
  await expect(onTimeCard.getByTestId('reply-counts')).toContainText('Thêm mới 1')
  await expect(onTimeCard.getByTestId('reply-counts')).toContainText('Thay đổi 1')
  await expect(onTimeCard.getByTestId('reply-changed')).toContainText('Đã rà soát theo công văn 125')
  await expect(onTimeCard.getByTestId('reply-added')).toContainText('Hệ thống đặt lịch khám trực tuyến')
  const errorCard = dialog.cards(withErrors.unit)
  await expect(errorCard.getByTestId('reply-errors')).toContainText('Cấp độ đề xuất')
  await expect(errorCard.getByRole('button', { name: 'Áp dụng (bỏ qua 1 dòng lỗi)' })).toBeVisible()
  const foreignCard = dialog.cards(foreign.unit)
  await expect(foreignCard.getByTestId('reply-other-unit')).toContainText(onTime.systems[1].name)
  await expect(foreignCard.getByTestId('reply-other-unit')).toContainText(`thuộc đơn vị "${onTime.unit}"`)
  await page.screenshot({ path: '/tmp/receive-preview.png' })

  await expect(await dialog.apply(onTimeCard)).toContainText(
    'Đã áp dụng: thêm 1, cập nhật 1 hệ thống; ghi nhận đơn vị đã báo cáo ngày 10/12/2026.',
  )
  await expect(await dialog.apply(errorCard)).toContainText('Đã áp dụng: thêm 0, cập nhật 1 hệ thống')
  await expect(await dialog.apply(foreignCard)).toContainText('Đã áp dụng: thêm 0, cập nhật 1 hệ thống')
  expect(await autoBackupReasons(page)).toContain('before-round-reply')

  // The same reply again: nothing new, nothing written.
  const before = await systemsAndHistory(page)
  await dialog.drop([await saved(onTime)])
  await expect(dialog.cards(onTime.unit)).toHaveCount(2, { timeout: 60_000 })
  await expect(await dialog.apply(dialog.cards(onTime.unit).last())).toContainText(
    'Phiếu này không mang thay đổi nào mới so với sổ theo dõi',
  )
  expect(await systemsAndHistory(page)).toEqual(before)
  await dialog.close()

  await expect(trackerRow(onTime.unit)).toContainText('Đã nhận ngày 10/12/2026')
  // The "Số thay đổi" column, found by its header (an action column follows it while the round is open).
  const headers = await rounds.detail.getByRole('columnheader').allInnerTexts()
  await expect(trackerRow(onTime.unit).getByRole('cell').nth(headers.indexOf('Số thay đổi'))).toHaveText('2')
  // A unit whose reply was applied is no longer offered "Đã nhận cách khác…".
  await expect(trackerRow(onTime.unit).getByRole('button', { name: 'Đã nhận cách khác…' })).toHaveCount(0)
  await expect(trackerRow(withErrors.unit)).toContainText('Đã nhận ngày 10/12/2026')
  await expect(trackerRow(late.unit)).toContainText('Đã gửi, chờ báo cáo')
  await expect(rounds.detail).toContainText('Đã báo cáo 3 · Quá hạn 0 · Đang chờ 92')

  // After the due date: the late unit's reply, and the units still silent are late.
  await page.clock.setFixedTime(new Date('2026-12-18T03:00:00Z'))
  await app.reload()
  await app.navLink('Đợt thu thập').click()
  await expect(trackerRow(late.unit)).toContainText('Quá hạn 3 ngày, chưa báo cáo')
  await dialog.open(rounds.detail)
  await dialog.drop([await saved(late)])
  const lateCard = dialog.cards(late.unit)
  await expect(lateCard).toContainText('Gửi sau hạn 15/12/2026')
  await expect(await dialog.apply(lateCard)).toContainText('ngày 18/12/2026')
  await dialog.close()
  await expect(trackerRow(late.unit)).toContainText('Đã nhận ngày 18/12/2026 (sau hạn)')
  await expect(rounds.detail).toContainText('Đã báo cáo 4 · Quá hạn 91 · Đang chờ 0')

  // Closed, the round keeps its record; a reply that comes now is refused and says why.
  await rounds.detail.getByRole('button', { name: 'Đóng đợt' }).click()
  await page.locator('.ant-popconfirm').getByRole('button').last().click()
  await expect(trackerRow(foreign.unit)).toContainText('Đã nhận ngày 10/12/2026')
  await expect(rounds.detail.getByRole('row').filter({ hasText: 'Không báo cáo' }).first()).toBeVisible()
  await dialog.open(rounds.detail)
  await dialog.drop([await saved(withErrors)])
  await expect(dialog.refused(withErrors.fileName)).toContainText('đợt này đã đóng ngày 18/12/2026')
  await dialog.close()

  // The register: values written, history named after the reply, the other unit's system untouched.
  const { systems, history } = await systemsAndHistory(page)
  const byId = new Map(systems.map((s) => [s.id, s]))
  expect(byId.get(onTime.systems[0].id)?.notes).toBe('Đã rà soát theo công văn 125')
  expect(byId.get(withErrors.systems[1].id)?.notes).toBe('Cập nhật theo phiếu')
  const levelBefore = (id: string) => initial.systems.find((s) => s.id === id)?.level
  expect(byId.get(withErrors.systems[0].id)?.level).toBe(levelBefore(withErrors.systems[0].id))
  expect(byId.get(onTime.systems[1].id)?.level).toBe(levelBefore(onTime.systems[1].id))
  const added = systems.find((s) => s.name === 'Hệ thống đặt lịch khám trực tuyến')
  expect(added?.unitId).toBe(byId.get(onTime.systems[0].id)?.unitId)
  expect(history.filter((h) => h.systemId === onTime.systems[1].id && h.by.startsWith('Theo phiếu'))).toEqual(
    [],
  )

  await page.goto(`/#/systems/${onTime.systems[0].id}`)
  const historyTable = page.getByTestId('history-table')
  await expect(historyTable).toContainText(`Theo phiếu của ${onTime.unit}, đợt ${LETTER}`)
  await expect(historyTable).toContainText('Đã rà soát theo công văn 125')
  expect(app.outsideRequests).toEqual([])
})

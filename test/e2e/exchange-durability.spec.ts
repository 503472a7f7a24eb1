/**
 * Durability of "Nhận dữ liệu", end to end. A page closed in the middle of a merge leaves the
 * register exactly as it was: the merge (every put and delete, the ledger and the history) is one
 * IndexedDB transaction, and a closed page aborts it. The "Gửi lên" workbook is generated here from
 * an office holding 3,000 systems the Sở has never seen, so that its write takes seconds; the test
 * proves afterwards that the page was closed inside that window, not before it started.
 */
import { writeFile } from 'node:fs/promises'
import { expect, test } from '@playwright/test'
import ExcelJS from 'exceljs'
import { baseURL } from '../../playwright.config'
import {
  buildExchangePackage,
  emptyLedger,
  type ExchangeRecord,
} from '../../src-renderer/src/domain/exchange'
import { addExchangeSheet } from '../../src-renderer/src/excel/exchange/exchange-sheet'
import { workbookBytes } from '../../src-renderer/src/excel/exchange/read-exchange-workbook'
import { AppPage } from './pages/app-page'
import { ExchangeScreen } from './pages/exchange-page'
import { autoBackupReasons, dumpRegister } from './pages/store-probe'

const SYSTEMS = 3_000
const UNITS = 60
/** How long after the write starts the page is closed. */
const CLOSE_AFTER_MS = 200
const OFFICE = { id: 'e2e-ubnd-huyen-thu-nghiem', name: 'UBND huyện Thử nghiệm' }
const AT = '2026-11-30T02:00:00.000Z'

type Row = Record<string, unknown>

/**
 * The office's register, shaped as the demo's records (a system and an assessment of the Sở's
 * own demo data serve as templates, so every field is one the store accepts).
 */
async function bigSendUp(template: { system: Row; assessment: Row }): Promise<Uint8Array> {
  const stamp = { createdAt: AT, updatedAt: AT, revision: 1 }
  const units = Array.from({ length: UNITS }, (_, i) => ({
    id: `e2e-unit-${i + 1}`,
    name: `UBND xã Thử nghiệm ${i + 1}`,
    block: 'Khối xã, phường',
    parentId: null,
    ...stamp,
  }))
  const systems = Array.from({ length: SYSTEMS }, (_, i) => ({
    ...template.system,
    id: `e2e-system-${i + 1}`,
    name: `Hệ thống quản lý hồ sơ số ${i + 1}`,
    unitId: units[i % UNITS].id,
    description: `Phục vụ tiếp nhận và giải quyết thủ tục hành chính, bản ghi thử nghiệm số ${i + 1}.`,
    levelJustification: null,
    dossierChecklist: [],
    ...stamp,
  }))
  const assessments = systems.slice(0, SYSTEMS / 3).map((s, i) => ({
    ...template.assessment,
    id: `e2e-assessment-${i + 1}`,
    systemId: s.id,
    ...stamp,
  }))
  const content = {
    unit: units as ExchangeRecord[],
    system: systems as ExchangeRecord[],
    assessment: assessments as ExchangeRecord[],
  }
  const { package: pkg } = buildExchangePackage(content, emptyLedger(OFFICE), OFFICE, AT)
  const workbook = new ExcelJS.Workbook()
  workbook.addWorksheet('Danh mục HTTT').addRow(['Báo cáo'])
  await addExchangeSheet(workbook, pkg)
  return workbookBytes(workbook)
}

/** Resolves when the automatic backup before a merge is stored: the write starts right after. */
async function untilBackupBeforeMerge(app: AppPage, count: number): Promise<void> {
  await expect
    .poll(async () => (await autoBackupReasons(app.page)).filter((r) => r === 'before-merge').length, {
      timeout: 60_000,
      intervals: [20],
    })
    .toBe(count)
}

test('a page closed in the middle of a merge leaves every object store exactly as it was', async ({
  page,
  context,
}, testInfo) => {
  test.setTimeout(300_000)
  let app = new AppPage(page, baseURL)
  await app.open()
  await app.loadDemoButton.click()
  await expect(page.getByText('Đã nạp 300 hệ thống thông tin của 95 đơn vị.')).toBeVisible()

  const demo = await dumpRegister(page)
  const file = testInfo.outputPath('gui-len-lon.xlsx')
  await writeFile(
    file,
    await bigSendUp({ system: demo.systems[0] as Row, assessment: demo.assessments[0] as Row }),
  )

  await app.open('/exchange')
  let screen = new ExchangeScreen(page)
  await screen.receive(file)
  await expect(screen.error).toBeHidden()
  await expect(screen.sender).toContainText(OFFICE.name)
  expect(await screen.count('new')).toBe(UNITS + SYSTEMS + SYSTEMS / 3)
  // After the preview (which may create this office's identity): the store the merge starts from.
  const before = await dumpRegister(page)
  expect(before.systems).toHaveLength(300)

  // Receive, and close the page while the merge transaction writes.
  await screen.applyButton.click()
  await untilBackupBeforeMerge(app, 1)
  await page.waitForTimeout(CLOSE_AFTER_MS)
  await page.close()

  // Reopen: every object store is what it was, record for record (ledger and history included).
  const reopened = await context.newPage()
  app = new AppPage(reopened, baseURL)
  await app.open()
  expect(await dumpRegister(reopened)).toEqual(before)
  expect(await app.tileValue('Hệ thống thông tin')).toBe(300)

  // The same merge, left to finish: it writes every record, and takes longer than the moment the
  // first page was closed at, so that close fell inside the write.
  await app.open('/exchange')
  screen = new ExchangeScreen(reopened)
  await screen.receive(file)
  expect(await screen.count('new')).toBe(UNITS + SYSTEMS + SYSTEMS / 3)
  await screen.applyButton.click()
  await untilBackupBeforeMerge(app, 2)
  const writeStarted = Date.now()
  await expect(screen.applied).toBeVisible({ timeout: 180_000 })
  const writeMs = Date.now() - writeStarted
  testInfo.annotations.push({ type: 'merge write', description: `${writeMs} ms for ${SYSTEMS} systems` })
  expect(writeMs).toBeGreaterThan(CLOSE_AFTER_MS * 2)
  const after = await dumpRegister(reopened)
  expect(after.systems).toHaveLength(300 + SYSTEMS)
  expect(after.units).toHaveLength(before.units.length + UNITS)
  expect(app.consoleErrors).toEqual([])
})

/**
 * Attachments end to end: an officer attaches the scanned approval decision (a PDF) to a system,
 * finds it listed with its size and date, still there after a reload, and opened in a new tab
 * (the browser's stand-in for the system viewer); a 21 MB scan and a program renamed .pdf are
 * refused with the Vietnamese reason and nothing is listed; "Sao lưu ngay", delete the file,
 * restore the backup, and the file is back, byte for byte.
 */
import { readFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import { expect, test } from '@playwright/test'
import { baseURL } from '../../playwright.config'
import { formatViDate, vietnamDate } from '../../src-renderer/src/domain/calendar-date'
import { SAMPLE_FILES } from '../fixtures/attachment-samples'
import { AppPage } from './pages/app-page'
import { AttachmentsCard } from './pages/attachments-page'
import { BackupScreen } from './pages/backup-page'
import { dumpRegister } from './pages/store-probe'

const DECISION = 'QĐ 1234-QĐ-UBND phê duyệt cấp độ.pdf'

test('a scanned decision is attached, kept, refused when too big or not a PDF, and restored from a backup', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000)
  const app = new AppPage(page, baseURL)
  const files = new AttachmentsCard(page)
  const backup = new BackupScreen(page)
  await app.open()
  await app.loadDemoButton.click()
  await expect(page.getByText('Đã nạp 300 hệ thống thông tin của 95 đơn vị.')).toBeVisible()
  const [system] = (await dumpRegister(page)).systems as { id: string; name: string }[]

  await app.open(`/systems/${system.id}`)
  await expect(files.card).toBeVisible()
  await expect(files.rows).toHaveCount(0)

  // Attach: listed with its kind, size in Vietnamese units and today's date.
  const pdf = Buffer.from(SAMPLE_FILES.pdf)
  await files.attach({ name: DECISION, mimeType: 'application/pdf', buffer: pdf })
  await expect(files.notice(`Đã đính kèm tệp “${DECISION}”.`)).toBeVisible()
  await expect(files.row(DECISION)).toContainText('Quyết định phê duyệt')
  await expect(files.row(DECISION)).toContainText(`${pdf.length} B`)
  await expect(files.row(DECISION)).toContainText(formatViDate(vietnamDate(new Date())))

  // Kept after a reload.
  await app.reload()
  await expect(files.row(DECISION)).toHaveCount(1)

  // Opened through the API: in the browser a new tab shows the PDF from a blob URL, never a path.
  const [tab] = await Promise.all([page.context().waitForEvent('page'), files.openButton(DECISION).click()])
  expect(tab.url()).toMatch(/^blob:/)
  await tab.close()

  // Refusals, each with its reason; nothing is listed.
  const big = Buffer.alloc(21 * 1024 * 1024)
  big.set(SAMPLE_FILES.pdf)
  await files.attach({ name: 'ho-so-quet.pdf', mimeType: 'application/pdf', buffer: big })
  await expect(files.notice(/Tệp “ho-so-quet\.pdf” lớn hơn 20 MB, không đính kèm được\./)).toBeVisible()
  await files.attach({
    name: 'quyet-dinh.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from(SAMPLE_FILES.exe),
  })
  await expect(
    files.notice(
      'Chỉ đính kèm được tệp PDF hoặc ảnh (JPEG, PNG, TIFF, WebP); tệp “quyet-dinh.pdf” không phải loại này.',
    ),
  ).toBeVisible()
  await expect(files.rows).toHaveCount(1)

  // Back up: the file carries the attachment as base64 with its SHA-256.
  await backup.open()
  const file = testInfo.outputPath('backup.capdo')
  await backup.backUpTo(file)
  const doc = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as {
    tables: { attachments: { name: string; size: number; data: string; sha256: string }[] }
  }
  expect(doc.tables.attachments).toHaveLength(1)
  expect(doc.tables.attachments[0]).toMatchObject({
    name: DECISION,
    size: pdf.length,
    data: pdf.toString('base64'),
  })

  // Delete it, then restore: it is back.
  await app.open(`/systems/${system.id}`)
  await files.remove(DECISION)
  await expect(files.notice(`Đã xóa tệp “${DECISION}”.`)).toBeVisible()
  await expect(files.rows).toHaveCount(0)

  await backup.open()
  await backup.chooseFile(file)
  await expect(backup.confirmDialog).toBeVisible()
  await backup.confirm()
  await expect(page.getByText(/^Đã khôi phục 300 hệ thống thông tin của 95 đơn vị/).first()).toBeVisible()

  await app.open(`/systems/${system.id}`)
  await expect(files.row(DECISION)).toHaveCount(1)
  const stored = (await dumpRegister(page)).attachments as { name: string; sha256: string }[]
  expect(stored.map((a) => a.name)).toEqual([DECISION])
  expect(stored[0].sha256).toBe(doc.tables.attachments[0].sha256)
  expect(app.consoleErrors).toEqual([])
})

/**
 * Backups at the limit, in Chromium (issue #13): Chromium is where the base64 check of a restore
 * ran out of stack once an attachment passed ~3.5 MB, so this goes through the real browser path.
 * A scanned decision of exactly 20 MB (the most the app attaches) is attached on screen, backed up
 * with "Sao lưu ngay", deleted, restored with "Khôi phục từ tệp…", and found again byte for byte;
 * then an older backup is restored and the automatic "Trước khi khôi phục" backup, which holds the
 * file, brings it back byte for byte too.
 */
import { createHash, randomBytes } from 'node:crypto'
import { readFileSync, statSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import { expect, test, type Page } from '@playwright/test'
import { baseURL } from '../../playwright.config'
import { AppPage } from './pages/app-page'
import { AttachmentsCard } from './pages/attachments-page'
import { BackupScreen } from './pages/backup-page'
import { dumpRegister } from './pages/store-probe'

const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024
const SCAN = 'QĐ 1234-QĐ-UBND phê duyệt cấp độ - bản quét.pdf'

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

/** A "scanned PDF" of exactly the limit: the PDF signature, then bytes that do not compress. */
function scan(): Buffer {
  const bytes = randomBytes(MAX_ATTACHMENT_BYTES)
  bytes.write('%PDF-1.7\n', 0, 'latin1')
  return bytes
}

/** The bytes of the one stored file, as IndexedDB holds them, brought out of the page as base64. */
async function storedFile(page: Page): Promise<{ name: string; sha256: string; bytes: Buffer }> {
  const dump = await dumpRegister(page)
  const [info] = dump.attachments as { id: string; name: string; sha256: string }[]
  expect(dump.attachments).toHaveLength(1)
  const base64 = await page.evaluate(async (id) => {
    // The e2e project has no DOM types: the few members used are typed here.
    interface Request<T> {
      result: T
      error: unknown
      onsuccess: (() => void) | null
      onerror: (() => void) | null
    }
    interface Db {
      transaction(
        names: string[],
        mode: 'readonly',
      ): { objectStore(name: string): { get(key: string): Request<unknown> } }
      close(): void
    }
    const scope = globalThis as unknown as {
      indexedDB: { open(name: string): Request<Db> }
      Blob: new (parts: unknown[]) => unknown
      FileReader: new () => {
        onload: (() => void) | null
        result: unknown
        readAsDataURL(blob: unknown): void
      }
    }
    const open = scope.indexedDB.open('capdo')
    const db = await new Promise<Db>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result)
      open.onerror = () => reject(open.error)
    })
    const row = await new Promise<{ data: Uint8Array }>((resolve, reject) => {
      const request = db.transaction(['attachmentData'], 'readonly').objectStore('attachmentData').get(id)
      request.onsuccess = () => resolve(request.result as { data: Uint8Array })
      request.onerror = () => reject(request.error)
    })
    db.close()
    const url = await new Promise<string>((resolve) => {
      const reader = new scope.FileReader()
      reader.onload = () => resolve(String(reader.result))
      reader.readAsDataURL(new scope.Blob([row.data]))
    })
    return url.slice(url.indexOf(',') + 1)
  }, info.id)
  return { name: info.name, sha256: info.sha256, bytes: Buffer.from(base64, 'base64') }
}

test('a 20 MB attachment comes back byte for byte from “Sao lưu ngay” and from the “Trước khi khôi phục” backup', async ({
  page,
}, testInfo) => {
  // Minutes on a loaded 2-core machine; about a minute when it is idle.
  test.setTimeout(900_000)
  const app = new AppPage(page, baseURL)
  const files = new AttachmentsCard(page)
  const backup = new BackupScreen(page)
  await app.open()
  await app.loadDemoButton.click()
  await expect(page.getByText('Đã nạp 300 hệ thống thông tin của 95 đơn vị.')).toBeVisible()
  const [system] = (await dumpRegister(page)).systems as { id: string; name: string }[]

  // A backup from before the file was attached, to restore later.
  await backup.open()
  const older = testInfo.outputPath('truoc-dinh-kem.capdo')
  await backup.backUpTo(older)

  // Attach the scan on the system's page, as the officer would.
  const bytes = scan()
  await app.open(`/systems/${system.id}`)
  await files.attach({ name: SCAN, mimeType: 'application/pdf', buffer: bytes })
  await expect(files.notice(`Đã đính kèm tệp “${SCAN}”.`)).toBeVisible({ timeout: 180_000 })
  expect((await storedFile(page)).sha256).toBe(sha256(bytes))

  // "Sao lưu ngay": the file on disk holds the scan, bytes and digest.
  await backup.open()
  const file = testInfo.outputPath('co-dinh-kem.capdo')
  const started = Date.now()
  await backup.backUpTo(file)
  console.info(
    `20 MB attachment: backup of ${statSync(file).size} bytes built, checked and saved in ${Date.now() - started} ms`,
  )
  const doc = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as {
    tables: { attachments: { name: string; size: number; data: string; sha256: string }[] }
  }
  expect(doc.tables.attachments).toHaveLength(1)
  expect(doc.tables.attachments[0]).toMatchObject({
    name: SCAN,
    size: MAX_ATTACHMENT_BYTES,
    sha256: sha256(bytes),
  })
  expect(Buffer.from(doc.tables.attachments[0].data, 'base64').equals(bytes)).toBe(true)

  // Delete it, then "Khôi phục từ tệp…": the restore accepts the file and the scan is back.
  await app.open(`/systems/${system.id}`)
  await files.remove(SCAN)
  await expect(files.notice(`Đã xóa tệp “${SCAN}”.`)).toBeVisible()
  await backup.open()
  await backup.chooseFile(file)
  await expect(backup.confirmDialog).toBeVisible({ timeout: 180_000 })
  expect(await backup.confirmCounts('Tệp đính kèm')).toEqual({ inBackup: 1, current: 0 })
  await backup.confirm()
  await expect(page.getByText(/^Đã khôi phục 300 hệ thống thông tin của 95 đơn vị/)).toBeVisible({
    timeout: 180_000,
  })
  const restored = await storedFile(page)
  expect(restored.name).toBe(SCAN)
  expect(sha256(restored.bytes)).toBe(sha256(bytes))
  expect(restored.bytes.equals(bytes)).toBe(true)

  // Restore the older backup: the state being replaced, scan included, is kept automatically…
  await backup.chooseFile(older)
  await expect(backup.confirmDialog).toBeVisible({ timeout: 180_000 })
  await backup.confirm()
  // The first restore's message may still be on screen, so it cannot tell that this one is done:
  // wait for the register itself to lose the scan (the restore replaces it in one transaction).
  await expect(backup.confirmDialog).toHaveCount(0, { timeout: 180_000 })
  await expect.poll(async () => (await dumpRegister(page)).attachments.length, { timeout: 180_000 }).toBe(0)
  await expect(page.getByText(/^Đã khôi phục 300 hệ thống thông tin của 95 đơn vị/).first()).toBeVisible()
  const safety = backup.autoBackupRow('Trước khi khôi phục')
  await expect(safety).toBeVisible({ timeout: 180_000 })
  await expect(safety).toContainText(/2\d(,\d)? MB/)

  // …and restoring that automatic backup brings the scan back, byte for byte.
  await backup.restoreAutoBackup(safety)
  await expect(backup.confirmDialog).toContainText('Bản sao lưu tự động lúc', { timeout: 180_000 })
  expect(await backup.confirmCounts('Tệp đính kèm')).toEqual({ inBackup: 1, current: 0 })
  await backup.confirm()
  await expect(backup.confirmDialog).toHaveCount(0, { timeout: 180_000 })
  await expect.poll(async () => (await dumpRegister(page)).attachments.length, { timeout: 180_000 }).toBe(1)
  const again = await storedFile(page)
  expect(sha256(again.bytes)).toBe(sha256(bytes))
  expect(again.bytes.equals(bytes)).toBe(true)
  await expect(page.getByText('Tệp sao lưu bị hỏng hoặc không đầy đủ', { exact: false })).toHaveCount(0)
  await page.screenshot({ path: testInfo.outputPath('backups-20mb.png'), fullPage: true })
  expect(app.consoleErrors).toEqual([])
})

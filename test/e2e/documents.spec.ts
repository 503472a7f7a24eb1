/**
 * The dossier's Word drafts as an officer makes them: one form from a system's page, and one form
 * for several ticked systems of the register in one .zip. The files are read back in Node.
 */
import { expect, test } from '@playwright/test'
import { unzipSync } from 'fflate'
import { baseURL } from '../../playwright.config'
import { AppPage } from './pages/app-page'
import { DocumentsPage } from './pages/documents-page'
import { RegisterPage } from './pages/register-page'
import { SystemPage } from './pages/system-page'
import { docxText } from '../support/docx-text'

test.beforeEach(async ({ page }) => {
  const app = new AppPage(page, baseURL)
  await app.open()
  await app.loadDemoButton.click()
  await expect(page.getByText('Đã nạp 300 hệ thống thông tin của 95 đơn vị.')).toBeVisible()
})

test('"Soạn văn bản" saves Mẫu 01 of the open system as a Word draft filled from the register', async ({ page }) => {
  const register = new RegisterPage(page)
  const system = new SystemPage(page)
  const documents = new DocumentsPage(page)
  await register.open()
  const name = await register.rowName(0)
  await register.rows.first().getByRole('link').click()
  await expect(system.heading).toHaveText(name, { timeout: 30_000 })

  const file = await documents.draft(/Văn bản đề nghị thẩm định, phê duyệt hồ sơ/)
  expect(file.name).toMatch(/^mau-01-[a-z0-9-]+\.docx$/u)
  const text = docxText(file.bytes)
  expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
  expect(text).toContain('Phần 1. Thông tin chung')
  expect(text).toContain(`1. Tên hệ thống thông tin: ${name}`)
  expect(text).toContain('Phần 2. Hồ sơ kèm theo')
  expect(text).toContain('ĐẠI DIỆN CỦA CƠ QUAN, TỔ CHỨC')
})

test('several ticked systems give one .zip with the chosen form for each', async ({ page }) => {
  const register = new RegisterPage(page)
  const documents = new DocumentsPage(page)
  await register.open()
  const names = [await register.rowName(0), await register.rowName(1), await register.rowName(2)]
  for (const name of names) await register.select(name)

  const file = await documents.bulkDraft(/^Thuyết minh hồ sơ đề xuất cấp độ/)
  expect(file.name).toBe('thuyet-minh-3-he-thong.zip')
  const entries = unzipSync(file.bytes)
  expect(Object.keys(entries)).toHaveLength(3)
  const texts = Object.values(entries).map(docxText)
  for (const name of names) expect(texts.some((t) => t.includes(`- Tên hệ thống thông tin: ${name}`))).toBe(true)
})

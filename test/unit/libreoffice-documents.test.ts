/**
 * LibreOffice Writer as an independent reader of the dossier's Word drafts: every form opens, reads
 * back with the quốc hiệu and tiêu ngữ, its mandatory parts and the system's facts, and holds no
 * leftover template marker. Needs `soffice` with Writer (Debian libreoffice-writer-nogui); on CI
 * its absence fails the test.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { draftDocument, DRAFT_KINDS, type DraftKind } from '../../src-renderer/src/domain/documents/draft'
import { draftInput } from '../../src-renderer/src/domain/documents/test-input'
import { writeDocx } from '../../src-renderer/src/word/write-docx'
import { findSoffice } from '../support/soffice'

const run = promisify(execFile)
const soffice = findSoffice()
const onCi = process.env.CI === 'true'
if (!soffice && !onCi) console.warn('libreoffice-documents: soffice not found, test skipped.')

const input = draftInput({
  level: 4,
  dossierChecklist: [{ part: 'description', on: '2026-10-01' }],
  decisionNo: '1234/QĐ-UBND',
  approvedOn: '2026-09-05',
})

describe.skipIf(!soffice && !onCi)('the dossier drafts as LibreOffice Writer reads them', () => {
  let dir = ''
  const texts = new Map<DraftKind, string>()
  const pages = new Map<DraftKind, number>()

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'capdo-docx-'))
    const files: string[] = []
    for (const kind of DRAFT_KINDS) {
      const file = join(dir, `${kind}.docx`)
      await writeFile(file, await writeDocx(draftDocument(kind, input)))
      files.push(file)
    }
    const profile = `-env:UserInstallation=file://${join(dir, 'profile')}`
    const env = { ...process.env, HOME: dir }
    await run(soffice ?? 'soffice', [profile, '--headless', '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', dir, ...files], { env, timeout: 180_000 })
    await run(soffice ?? 'soffice', [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files], { env, timeout: 180_000 })
    for (const kind of DRAFT_KINDS) {
      texts.set(kind, (await readFile(join(dir, `${kind}.txt`), 'utf8')).normalize('NFC'))
      const pdf = (await readFile(join(dir, `${kind}.pdf`))).toString('latin1')
      pages.set(kind, (pdf.match(/\/Type\s*\/Page[^s]/gu) ?? []).length)
    }
  }, 240_000)

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  it.each(DRAFT_KINDS)('%s opens with the quốc hiệu, tiêu ngữ, the system and its unit, and no leftover marker', (kind) => {
    const text = texts.get(kind) ?? ''
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc')
    expect(text).toContain('Cổng thông tin điện tử Sở Y tế')
    expect(text).toContain('Hải Phòng, ngày')
    expect(text).not.toMatch(/undefined|null|NaN|\{|\}|\[object/u)
    expect(pages.get(kind)).toBeGreaterThanOrEqual(1)
  })

  it('the requests hold their two parts, the ticked and unticked documents, and the signer block of the forms', () => {
    const text = texts.get('02') ?? ''
    expect(text).toContain('Mẫu số 02')
    expect(text).toContain('Phần 1. Thông tin chung')
    expect(text).toContain('4. Cấp độ hệ thống thông tin đề xuất: Cấp độ 4')
    expect(text).toContain('Phần 2. Hồ sơ kèm theo')
    expect(text).toContain('☒ 1. Tài liệu mô tả, thuyết minh tổng quan về hệ thống thông tin.')
    expect(text).toContain('☐ 5. Ý kiến về mặt chuyên môn của đơn vị chuyên trách về an ninh mạng')
    expect(text).toContain('ĐẠI DIỆN CỦA CƠ QUAN, TỔ CHỨC')
    expect(text).toContain('(Ký, ghi rõ họ tên, chức danh và đóng dấu)')
    expect(text).toContain('Kính gửi: Bộ Công an.')
    expect(pages.get('01')).toBe(1)
  })

  it('the level decision carries the recorded number and date', () => {
    const text = texts.get('06') ?? ''
    expect(text).toContain('QUYẾT ĐỊNH')
    expect(text).toContain('Số: 1234/QĐ-UBND')
    expect(text).toContain('Hải Phòng, ngày 05 tháng 9 năm 2026')
    expect(text).toContain('Điều 1. Phê duyệt cấp độ hệ thống thông tin như sau:')
  })
})

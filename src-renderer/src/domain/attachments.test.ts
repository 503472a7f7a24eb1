import { describe, expect, it } from 'vitest'
import {
  checkAttachmentFile,
  MAX_ATTACHMENT_BYTES,
  safeAttachmentFileName,
  sniffAttachmentType,
  typeFromName,
} from './attachments'
import { SAMPLE_FILES } from '../../../test/fixtures/attachment-samples'

const SAMPLE = SAMPLE_FILES
const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)))

describe('what may be attached', () => {
  it('recognises PDF, JPEG, PNG, TIFF and WebP by their first bytes, and nothing else', () => {
    expect(sniffAttachmentType(SAMPLE.pdf)).toBe('application/pdf')
    expect(sniffAttachmentType(SAMPLE.jpeg)).toBe('image/jpeg')
    expect(sniffAttachmentType(SAMPLE.png)).toBe('image/png')
    expect(sniffAttachmentType(SAMPLE.tiff)).toBe('image/tiff')
    expect(sniffAttachmentType(SAMPLE.webp)).toBe('image/webp')
    expect(sniffAttachmentType(SAMPLE.exe)).toBeNull()
    expect(sniffAttachmentType(bytes('RIFF', [0, 0, 0, 0], 'WAVE'))).toBeNull()
    expect(sniffAttachmentType(new Uint8Array())).toBeNull()
  })

  it('reads the promised type from the extension, in any case', () => {
    expect(typeFromName('Quyết định phê duyệt.PDF')).toBe('application/pdf')
    expect(typeFromName('scan.jpeg')).toBe('image/jpeg')
    expect(typeFromName('scan.TIFF')).toBe('image/tiff')
    expect(typeFromName('setup.exe')).toBeNull()
    expect(typeFromName('không đuôi')).toBeNull()
  })

  it('accepts a scanned decision whose name and content agree', () => {
    expect(checkAttachmentFile('QĐ 123-QĐ-UBND.pdf', SAMPLE.pdf, 'application/pdf')).toBe('application/pdf')
    expect(checkAttachmentFile('ảnh chụp.jpg', SAMPLE.jpeg, 'image/jpeg')).toBe('image/jpeg')
    expect(checkAttachmentFile('bien-ban.png', SAMPLE.png)).toBe('image/png')
  })

  it('refuses a program renamed .pdf, with the Vietnamese explanation', () => {
    expect(() => checkAttachmentFile('quyet-dinh.pdf', SAMPLE.exe)).toThrow(
      'Chỉ đính kèm được tệp PDF hoặc ảnh (JPEG, PNG, TIFF, WebP); tệp “quyet-dinh.pdf” không phải loại này.',
    )
    expect(() => checkAttachmentFile('setup.exe', SAMPLE.exe)).toThrow(/Chỉ đính kèm được tệp PDF hoặc ảnh/)
  })

  it('refuses an image named .pdf, and a file whose browser type says it is a program', () => {
    expect(() => checkAttachmentFile('quyet-dinh.pdf', SAMPLE.png)).toThrow(
      'Nội dung tệp “quyet-dinh.pdf” không phải là PDF như tên tệp cho biết',
    )
    expect(() => checkAttachmentFile('a.pdf', SAMPLE.pdf, 'application/x-msdownload')).toThrow(
      /Chỉ đính kèm được tệp PDF hoặc ảnh/,
    )
  })

  it('refuses a file over 20 MB and an empty one', () => {
    const big = new Uint8Array(MAX_ATTACHMENT_BYTES + 1)
    big.set(SAMPLE.pdf)
    expect(() => checkAttachmentFile('ho-so-quet.pdf', big)).toThrow(
      'Tệp “ho-so-quet.pdf” lớn hơn 20 MB, không đính kèm được.',
    )
    const exact = new Uint8Array(MAX_ATTACHMENT_BYTES)
    exact.set(SAMPLE.pdf)
    expect(checkAttachmentFile('vua-du.pdf', exact)).toBe('application/pdf')
    expect(() => checkAttachmentFile('rong.pdf', new Uint8Array())).toThrow('Tệp “rong.pdf” rỗng')
  })
})

describe('the name of a copy opened with the system viewer', () => {
  it('keeps a Vietnamese name and gives it the extension of its content', () => {
    expect(safeAttachmentFileName('Quyết định phê duyệt.pdf', 'application/pdf')).toBe(
      'Quyết định phê duyệt.pdf',
    )
    expect(safeAttachmentFileName('scan.jpeg', 'image/jpeg')).toBe('scan.jpg')
  })

  it('never yields a folder, a parent folder, a reserved name or an executable extension', () => {
    expect(safeAttachmentFileName('QĐ 123/QĐ-UBND.pdf', 'application/pdf')).toBe('QĐ 123_QĐ-UBND.pdf')
    expect(safeAttachmentFileName('../../etc/passwd', 'application/pdf')).toBe('_._etc_passwd.pdf')
    expect(safeAttachmentFileName('..\\..\\Windows\\evil.exe', 'application/pdf')).toBe('_._Windows_evil.pdf')
    expect(safeAttachmentFileName('..', 'image/png')).toBe('tep-dinh-kem.png')
    expect(safeAttachmentFileName('a:b*c?.pdf', 'application/pdf')).toBe('a_b_c_.pdf')
    expect(safeAttachmentFileName('CON.pdf', 'application/pdf')).toBe('_CON.pdf')
    expect(safeAttachmentFileName('report.pdf.exe', 'application/pdf')).toBe('report.pdf.pdf')
    expect(safeAttachmentFileName('x'.repeat(300), 'image/webp')).toHaveLength(125)
  })
})

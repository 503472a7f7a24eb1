import * as XLSX from '@e965/xlsx'
import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { buildInventoryWorkbook } from '../../../../test/fixtures/messy-workbooks'
import { isDomainError } from '../../domain/errors'
import { sniffFileKind } from './file-kind'
import { readInventoryWorkbook } from './read-workbook'

/** An OLE2 compound file (old Office, or an encrypted workbook) holding the named streams. */
function compoundFile(streams: Record<string, Uint8Array>): Uint8Array {
  const cfb = XLSX.CFB.utils.cfb_new()
  for (const [name, data] of Object.entries(streams)) XLSX.CFB.utils.cfb_add(cfb, `/${name}`, data)
  return new Uint8Array(XLSX.CFB.write(cfb, { type: 'array' }) as ArrayLike<number>)
}

const docx = (): Uint8Array =>
  zipSync({
    '[Content_Types].xml': strToU8('<Types/>'),
    'word/document.xml': strToU8('<w:document><w:body><w:p><w:t>Danh mục</w:t></w:p></w:body></w:document>'),
  })

const odt = (): Uint8Array =>
  zipSync(
    {
      mimetype: strToU8('application/vnd.oasis.opendocument.text'),
      'content.xml': strToU8('<office:document/>'),
    },
    { level: 0 },
  )

async function messageOf(bytes: Uint8Array): Promise<string> {
  try {
    await readInventoryWorkbook(bytes)
  } catch (error) {
    if (isDomainError(error) && error.code === 'unreadable_file') return error.message
    throw error
  }
  throw new Error('expected the file to be refused')
}

describe('a file that cannot be read says what it is and what to do', () => {
  it.each<[string, () => Uint8Array, string]>([
    ['an empty file', () => new Uint8Array(0), 'Tệp trống (0 byte)'],
    ['a Word document (.docx)', docx, 'Tệp này là văn bản Word'],
    [
      'a Word 97–2003 document (.doc)',
      () => compoundFile({ WordDocument: new Uint8Array(600) }),
      'Tệp này là văn bản Word',
    ],
    [
      'a LibreOffice Writer document (.odt)',
      odt,
      'Tệp này là văn bản Word (hoặc văn bản LibreOffice Writer)',
    ],
    ['a PDF', () => strToU8('%PDF-1.7\n1 0 obj\n'), 'Tệp này là tài liệu PDF, không phải bảng tính'],
    [
      'a PNG image',
      () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]),
      'Tệp này là hình ảnh (PNG)',
    ],
    ['a JPEG photo', () => new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'Tệp này là hình ảnh (JPEG)'],
    [
      'a workbook with a password to open',
      () => compoundFile({ EncryptionInfo: new Uint8Array(600), EncryptedPackage: new Uint8Array(4096) }),
      'Bảng tính này được đặt mật khẩu mở tệp',
    ],
    [
      'a zip of other files',
      () => zipSync({ 'ghi-chu.txt': strToU8('x') }),
      'Tệp này là tệp nén (.zip) không chứa bảng tính',
    ],
    ['a RAR archive', () => strToU8('Rar!\u001a\u0007\u0000'), 'Tệp này là tệp nén RAR'],
  ])('%s', async (_, bytes, message) => {
    const refused = await messageOf(bytes())
    expect(refused).toContain(message)
    expect(refused).not.toContain('mục lục')
  })

  it('reads a workbook by its bytes, whatever it is named, and takes other text as text', async () => {
    expect(sniffFileKind(await buildInventoryWorkbook(['Tên hệ thống', 'Đơn vị'], [['A', 'B']]))).toBe('xlsx')
    expect(sniffFileKind(compoundFile({ Workbook: new Uint8Array(600) }))).toBe('xls')
    expect(sniffFileKind(strToU8('BM;Tên hệ thống;Đơn vị\n'))).toBe('text')
  })
})

import { describe, expect, it } from 'vitest'
import { utf16, utf8, windows1258 } from '../../../../../test/fixtures/text-encodings'
import { decodeText, detectEncoding } from './encoding'

const SO_Y_TE = 'Sở Y tế'

describe('decoding a text file as offices save it', () => {
  it('reads UTF-8 with and without a byte-order mark, the mark dropped', () => {
    expect(decodeText(new Uint8Array([0x53, 0xe1, 0xbb, 0x9f]))).toEqual({
      text: 'Sở',
      encoding: 'utf-8',
      bom: false,
    })
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x53, 0xe1, 0xbb, 0x9f]))).toEqual({
      text: 'Sở',
      encoding: 'utf-8',
      bom: true,
    })
  })

  it("reads Excel's Unicode Text: UTF-16 LE with a mark, and UTF-16 BE", () => {
    // "Sở" = U+0053 U+1EDF
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x53, 0x00, 0xdf, 0x1e]))).toEqual({
      text: 'Sở',
      encoding: 'utf-16le',
      bom: true,
    })
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0x00, 0x53, 0x1e, 0xdf]))).toEqual({
      text: 'Sở',
      encoding: 'utf-16be',
      bom: true,
    })
  })

  it('reads Windows-1258 (base letter + combining tone mark) as the same NFC text as typed', () => {
    // S ơ ◌̉ ␠ Y ␠ t ê ◌́ — what Excel on a Vietnamese Windows writes for "Sở Y tế".
    const bytes = new Uint8Array([0x53, 0xf5, 0xd2, 0x20, 0x59, 0x20, 0x74, 0xea, 0xec])
    expect(windows1258(SO_Y_TE)).toEqual(bytes)
    const decoded = decodeText(bytes)
    expect(decoded).toEqual({ text: SO_Y_TE, encoding: 'windows-1258', bom: false })
    expect(decoded.text).toBe(SO_Y_TE.normalize('NFC'))
    expect(decoded.text.length).toBe(7)
  })

  it('gives the same text from every encoding of a Vietnamese line', () => {
    const line = 'Ủy ban nhân dân phường Hồng Bàng;Đã được phê duyệt;Cấp độ 3;Quyết định 1234/QĐ-UBND'
    for (const bytes of [
      utf8(line),
      utf8(line, true),
      utf16(line, 'le'),
      utf16(line, 'be'),
      windows1258(line),
    ]) {
      expect(decodeText(bytes).text).toBe(line)
    }
  })

  it('takes UTF-16 without a mark from its zero bytes, never binary data', () => {
    expect(detectEncoding(utf16('Tên hệ thống\tĐơn vị\r\n', 'le', false))).toBe('utf-16le')
    expect(detectEncoding(utf16('Tên hệ thống\tĐơn vị\r\n', 'be', false))).toBe('utf-16be')
    expect(detectEncoding(new Uint8Array(64).map((_, i) => (i * 37) % 256))).toBe('windows-1258')
  })

  it('reads the bytes in the encoding the officer chose, even against the detection', () => {
    const bytes = utf8('Sở Y tế')
    expect(decodeText(bytes, 'windows-1258').text).toBe('Sá»Ÿ Y táº¿')
    expect(decodeText(utf8('Sở', true), 'windows-1258').text.startsWith('ï»¿')).toBe(true)
  })
})

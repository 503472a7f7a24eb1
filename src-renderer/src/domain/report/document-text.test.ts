import { describe, expect, it } from 'vitest'
import { addresseeLines, asOfLine, placeDateLine, recipientLine, toRoman, upperVi } from './document-text'

describe('the wording of an official document (Decree 30/2020)', () => {
  it('writes the place-and-date line in full', () => {
    expect(placeDateLine('Hải Phòng', '2026-11-23')).toBe('Hải Phòng, ngày 23 tháng 11 năm 2026')
  })

  it('pads days below 10 and the months January and February, and no other month', () => {
    expect(placeDateLine('Hà Nội', '2020-01-05')).toBe('Hà Nội, ngày 05 tháng 01 năm 2020')
    expect(placeDateLine('Hà Nội', '2020-02-29')).toBe('Hà Nội, ngày 29 tháng 02 năm 2020')
    expect(placeDateLine('Hà Nội', '2020-03-09')).toBe('Hà Nội, ngày 09 tháng 3 năm 2020')
  })

  it('leaves out the place when none is set', () => {
    expect(placeDateLine('  ', '2026-11-23')).toBe('ngày 23 tháng 11 năm 2026')
  })

  it('says as of which day the figures are', () => {
    expect(asOfLine('2026-11-03')).toBe('Tính đến ngày 03/11/2026')
  })

  it('numbers groups with Roman numerals', () => {
    expect([1, 2, 3, 4, 8, 9, 14, 40].map(toRoman)).toEqual([
      'I',
      'II',
      'III',
      'IV',
      'VIII',
      'IX',
      'XIV',
      'XL',
    ])
  })

  it('starts each recipient with a dash, once', () => {
    expect(recipientLine('Như trên;')).toBe('- Như trên;')
    expect(recipientLine('- Lưu: VT.')).toBe('- Lưu: VT.')
  })

  it('keeps one addressee as typed, for the "Kính gửi:" line itself', () => {
    expect(addresseeLines([' Công an thành phố Hải Phòng ', ''])).toEqual(['Công an thành phố Hải Phòng'])
    expect(addresseeLines([])).toEqual([])
  })

  it('lists several addressees one a line, "- …;" and the last ending with a full stop', () => {
    expect(
      addresseeLines(['Bộ Công an;', '- Công an thành phố Hải Phòng.', 'Sở Khoa học và Công nghệ']),
    ).toEqual(['- Bộ Công an;', '- Công an thành phố Hải Phòng;', '- Sở Khoa học và Công nghệ.'])
  })

  it('writes capitals with Vietnamese letters', () => {
    expect(upperVi('Sở Khoa học và Công nghệ')).toBe('SỞ KHOA HỌC VÀ CÔNG NGHỆ')
  })
})

import { describe, expect, it } from 'vitest'
import { compareVi, foldKey, foldText, matchesFolded, matchesQuery, normalizeText, queryWords } from './text'

const SO_Y_TE_NFC = 'Sở Y tế'.normalize('NFC')
const SO_Y_TE_NFD = 'Sở Y tế'.normalize('NFD')

describe('normalizeText: one stored form', () => {
  it('the NFD and NFC spellings of "Sở Y tế" are different strings before normalising', () => {
    expect(SO_Y_TE_NFD).not.toBe(SO_Y_TE_NFC)
  })

  it('turns decomposed (NFD) "Sở Y tế" into the composed (NFC) string', () => {
    expect(normalizeText(SO_Y_TE_NFD)).toBe(SO_Y_TE_NFC)
    expect(normalizeText(SO_Y_TE_NFC)).toBe(SO_Y_TE_NFC)
  })

  it('trims and collapses runs of spaces, tabs, line breaks and non-breaking spaces to one space', () => {
    expect(normalizeText(`  Sở \t Y\u00a0\u00a0tế\n`.normalize('NFD'))).toBe(SO_Y_TE_NFC)
    expect(normalizeText('Đơn vị\r\nquản lý,   vận hành')).toBe('Đơn vị quản lý, vận hành')
  })

  it('leaves the empty string empty', () => {
    expect(normalizeText('   ')).toBe('')
  })
})

describe('foldText: a form for matching', () => {
  it("folds 'Sở Y tế' to 'so y te', from NFC and NFD alike", () => {
    expect(foldText(SO_Y_TE_NFC)).toBe('so y te')
    expect(foldText(SO_Y_TE_NFD)).toBe('so y te')
  })

  it("folds 'Đ' and 'đ' to 'd'", () => {
    expect(foldText('Đ')).toBe('d')
    expect(foldText('đ')).toBe('d')
    expect(foldText('Đơn vị Đảng ủy')).toBe('don vi dang uy')
  })

  it('removes every Vietnamese tone and vowel mark', () => {
    expect(foldText('ăâêôơư àảãáạ ỳỷỹýỵ')).toBe('aaeoou aaaaa yyyyy')
    expect(foldText('ỨNG DỤNG QUẢN LÝ VĂN BẢN')).toBe('ung dung quan ly van ban')
  })

  it('keeps punctuation and collapses spaces', () => {
    expect(foldText('  1234/QĐ-UBND   ngày 5/3 ')).toBe('1234/qd-ubnd ngay 5/3')
  })

  it('foldKey also turns punctuation into single spaces (for column headers)', () => {
    expect(foldKey('Đơn vị quản lý, vận hành')).toBe('don vi quan ly van hanh')
    expect(foldKey('Số QĐ phê duyệt')).toBe('so qd phe duyet')
    expect(foldKey(' -- Ngày kiểm tra, đánh giá (gần nhất) -- ')).toBe('ngay kiem tra danh gia gan nhat')
  })
})

describe('matchesQuery: search ignoring case and diacritics', () => {
  it.each([
    ['Sở Y tế', 'so y te', true],
    ['Sở Y tế', 'Y TE', true],
    ['Sở Y tế', 'te so', true],
    ['Sở Y tế', 'sở', true],
    ['Sở Y tế', 'so xay', false],
    ['Sở Y tế', 'giao duc', false],
    ['Cổng dịch vụ công tỉnh', 'dich vu cong', true],
    ['UBND phường Đồ Sơn', 'do son', true],
  ])('%j matches %j: %s', (text, query, expected) => {
    expect(matchesQuery(text, query)).toBe(expected)
  })

  it('matches NFD text against an NFC query', () => {
    expect(matchesQuery(SO_Y_TE_NFD, 'Sở y')).toBe(true)
  })

  it('an empty or blank query matches everything', () => {
    expect(matchesQuery('Sở Y tế', '')).toBe(true)
    expect(matchesQuery('Sở Y tế', '   ')).toBe(true)
  })

  it('matchesFolded with queryWords gives the same answers on a haystack folded once', () => {
    const folded = foldText('Hệ thống quản lý văn bản và điều hành')
    expect(queryWords('  Điều  HÀNH ')).toEqual(['dieu', 'hanh'])
    expect(matchesFolded(folded, queryWords('dieu hanh van ban'))).toBe(true)
    expect(matchesFolded(folded, queryWords('dieu hanh email'))).toBe(false)
    expect(matchesFolded(folded, [])).toBe(true)
  })
})

describe('compareVi: Vietnamese alphabetical order', () => {
  const sorted = (values: string[]): string[] => [...values].sort(compareVi)

  it('puts "Ă" and "Â" after "A" and before "B"', () => {
    expect(sorted(['B', 'Â', 'Ă', 'A'])).toEqual(['A', 'Ă', 'Â', 'B'])
    expect(compareVi('Ăn', 'Bình')).toBeLessThan(0)
  })

  it('puts "Đ" after "D" and before "E"', () => {
    expect(sorted(['E', 'Đ', 'D'])).toEqual(['D', 'Đ', 'E'])
    expect(sorted(['Đồ Sơn', 'Dương Kinh', 'Gia Viên'])).toEqual(['Dương Kinh', 'Đồ Sơn', 'Gia Viên'])
  })

  it('puts "Ê", "Ô", "Ơ", "Ư" after their base letters', () => {
    expect(sorted(['F', 'Ê', 'E'])).toEqual(['E', 'Ê', 'F'])
    expect(sorted(['P', 'Ơ', 'Ô', 'O'])).toEqual(['O', 'Ô', 'Ơ', 'P'])
    expect(sorted(['V', 'Ư', 'U'])).toEqual(['U', 'Ư', 'V'])
  })

  it('is not code-point order: "Đ" comes long before "Z"', () => {
    expect(compareVi('Đà Nẵng', 'Zô')).toBeLessThan(0)
  })

  it('ignores case', () => {
    expect(sorted(['b', 'A', 'c'])).toEqual(['A', 'b', 'c'])
  })

  it('sorts numbers by value: "Sở 2" before "Sở 10"', () => {
    expect(sorted(['Sở 10', 'Sở 2', 'Sở 1'])).toEqual(['Sở 1', 'Sở 2', 'Sở 10'])
  })

  it('sorts real unit names the Vietnamese way', () => {
    expect(
      sorted(['Sở Y tế', 'Sở Ngoại vụ', 'Sở Giáo dục và Đào tạo', 'Sở Công Thương', 'Sở Tư pháp']),
    ).toEqual(['Sở Công Thương', 'Sở Giáo dục và Đào tạo', 'Sở Ngoại vụ', 'Sở Tư pháp', 'Sở Y tế'])
  })
})

import { describe, expect, it } from 'vitest'
import { detectSeparator, parseDelimited, type DelimitedResult } from './delimited'

const rows = (result: DelimitedResult): string[][] => {
  if (!result.ok) throw new Error(result.kind)
  return result.rows
}

describe('delimited text (RFC 4180)', () => {
  it('keeps a quoted field with separators, line breaks and doubled quotes as one cell', () => {
    const text = 'Tên,Ghi chú\r\n"Cổng thông tin, dịch vụ công","Dòng 1\r\nDòng 2 ""mới"""\r\nMột cửa,x\r\n'
    expect(rows(parseDelimited(text, ','))).toEqual([
      ['Tên', 'Ghi chú'],
      ['Cổng thông tin, dịch vụ công', 'Dòng 1\r\nDòng 2 "mới"'],
      ['Một cửa', 'x'],
    ])
  })

  it('reads LF and CR line ends, empty fields and a last line without a line break', () => {
    expect(rows(parseDelimited('a;;b\n\n;c\rd;e', ';'))).toEqual([
      ['a', '', 'b'],
      [''],
      ['', 'c'],
      ['d', 'e'],
    ])
    expect(rows(parseDelimited('a,b,', ','))).toEqual([['a', 'b', '']])
  })

  it('reads an unclosed quote to the end of the file instead of failing', () => {
    expect(rows(parseDelimited('a,"b\nc', ','))).toEqual([['a', 'b\nc']])
  })

  it('finds the separator from the lines the table is made of, title lines above it aside', () => {
    const title = 'DANH MỤC HỆ THỐNG THÔNG TIN, NĂM 2026\n'
    expect(detectSeparator(`${title}Tên;Đơn vị;Cấp độ\nCổng, dịch vụ;Sở Y tế;3\nA;B;2\n`)).toBe(';')
    expect(detectSeparator(`${title}Tên\tĐơn vị\nCổng, dịch vụ; công\tSở Y tế\n`)).toBe('\t')
    expect(detectSeparator(`${title}Tên,Đơn vị,Cấp độ\n"Cổng; dịch vụ",Sở Y tế,3\n`)).toBe(',')
    expect(detectSeparator('sep=;\nTên,Đơn vị\n')).toBe(';')
  })

  it('stops at the limits and says where', () => {
    const limits = { maxRows: 2, maxFields: 3, maxFieldLength: 5 }
    expect(parseDelimited('a\nb\nc\n', ',', limits)).toEqual({ ok: false, kind: 'too_many_rows' })
    expect(parseDelimited('a\na,b,c,d\n', ',', limits)).toEqual({
      ok: false,
      kind: 'too_many_fields',
      row: 2,
    })
    expect(parseDelimited('a\n"abcdef"\n', ',', limits)).toEqual({
      ok: false,
      kind: 'field_too_long',
      row: 2,
    })
    expect(parseDelimited('a,b,c\nabcde\n', ',', limits)).toMatchObject({ ok: true })
  })
})

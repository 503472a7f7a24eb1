import { describe, expect, it } from 'vitest'
import { DATE_EXPECTED, excelSerialToIso, parseDate } from './dates'

const utc = (y: number, m: number, d: number, h = 0): Date => new Date(Date.UTC(y, m - 1, d, h))

describe('reading a date from a spreadsheet cell', () => {
  it('reads a real date cell in UTC, as exceljs builds it (midnight UTC)', () => {
    expect(parseDate(utc(2024, 3, 15))).toEqual({ ok: true, value: '2024-03-15' })
  })

  it('keeps the day of a date cell that carries a time of day', () => {
    expect(parseDate(utc(2024, 3, 15, 23))).toEqual({ ok: true, value: '2024-03-15' })
  })

  it('reads an Excel serial number', () => {
    expect(parseDate(45366)).toEqual({ ok: true, value: '2024-03-15' })
    expect(parseDate(45366.75)).toEqual({ ok: true, value: '2024-03-15' })
    expect(parseDate(1)).toEqual({ ok: true, value: '1900-01-01' })
  })

  it("counts Excel's phantom 29/02/1900: serial 59 is 28/02/1900, 61 is 01/03/1900, 60 does not exist", () => {
    expect(excelSerialToIso(59)).toEqual({ ok: true, value: '1900-02-28' })
    expect(excelSerialToIso(61)).toEqual({ ok: true, value: '1900-03-01' })
    expect(excelSerialToIso(60).ok).toBe(false)
  })

  it('counts from 1904 in a workbook that uses the 1904 date system', () => {
    expect(excelSerialToIso(0, { date1904: true })).toEqual({ ok: true, value: '1904-01-01' })
    expect(excelSerialToIso(43904, { date1904: true })).toEqual({ ok: true, value: '2024-03-15' })
  })

  it.each([0, -5, 1e9])('rejects the serial number %d', (serial) => {
    expect(parseDate(serial)).toEqual({ ok: false, message: DATE_EXPECTED })
  })

  it.each([
    ['15/03/2024', '2024-03-15'],
    ['5/3/2024', '2024-03-05'],
    ['05/3/2024', '2024-03-05'],
    ['15-03-2024', '2024-03-15'],
    ['15.03.2024', '2024-03-15'],
    ['2024-03-15', '2024-03-15'],
    ['2024-3-5', '2024-03-05'],
    [' 15/03/2024 ', '2024-03-15'],
    ['15/03/2024 00:00', '2024-03-15'],
  ])('reads the text "%s" day first as %s', (text, iso) => {
    expect(parseDate(text)).toEqual({ ok: true, value: iso })
  })

  it('reads 03/04/2024 as 3 April, never as March 4th', () => {
    expect(parseDate('03/04/2024')).toEqual({ ok: true, value: '2024-04-03' })
  })

  it.each(['31/02/2024', '29/02/2023', '32/01/2024', '15/13/2024', '2024-02-30'])(
    'rejects the impossible date %s instead of rolling it over',
    (text) => {
      const outcome = parseDate(text)
      expect(outcome.ok).toBe(false)
      if (!outcome.ok) expect(outcome.message).toContain('không tồn tại')
    },
  )

  it('accepts 29/02 in a leap year', () => {
    expect(parseDate('29/02/2024')).toEqual({ ok: true, value: '2024-02-29' })
  })

  it.each([
    ['02/05/25', 'Năm phải có 4 chữ số, ví dụ 02/05/2025 nếu là năm 2025'],
    ['2/5/25', 'Năm phải có 4 chữ số, ví dụ 2/5/2025 nếu là năm 2025'],
    ['15-03-24 00:00', 'Năm phải có 4 chữ số, ví dụ 15-03-2024 nếu là năm 2024'],
  ])('refuses the two-digit year of "%s" and says how to write it in full', (text, how) => {
    const outcome = parseDate(text)
    expect(outcome).toEqual({ ok: false, message: expect.stringContaining(how) })
    expect(parseDate(text, { order: 'month_first' })).toEqual(outcome)
    if (!outcome.ok) expect(outcome.message).toContain('2 chữ số nên CapDo không biết là năm nào')
  })

  it.each(['15/03-2024', 'tháng 3/2024', 'abc', '2024/03/15'])(
    'rejects the text "%s"',
    (text) => {
      expect(parseDate(text)).toEqual({ ok: false, message: DATE_EXPECTED })
    },
  )

  it('reads an empty cell as no date', () => {
    expect(parseDate(null)).toEqual({ ok: true, value: null })
    expect(parseDate('  ')).toEqual({ ok: true, value: null })
  })

  it('rejects a boolean', () => {
    expect(parseDate(true)).toEqual({ ok: false, message: DATE_EXPECTED })
  })
})

import { describe, expect, it } from 'vitest'
import {
  addDays,
  addMonths,
  dayNumber,
  daysBetween,
  daysInMonth,
  formatViDate,
  fromDayNumber,
  isIsoDate,
  maxDate,
  parts,
  toIsoDate,
  vietnamDate,
} from './calendar-date'
import { DomainError } from './errors'

describe('calendar months are clamped to the end of the target month', () => {
  it.each([
    ['2024-08-31', 6, '2025-02-28', 'an approval on 31/8/2024 puts a 6-month period on 28/2/2025'],
    [
      '2023-08-31',
      6,
      '2024-02-29',
      'an approval on 31/8/2023 puts a 6-month period on 29/2/2024 (leap year)',
    ],
    ['2024-01-31', 1, '2024-02-29', '31/1/2024 plus one month is 29/2/2024'],
    ['2023-01-31', 1, '2023-02-28', '31/1/2023 plus one month is 28/2/2023'],
    ['2024-02-29', 12, '2025-02-28', '29/2/2024 plus twelve months is 28/2/2025'],
    ['2024-02-29', 48, '2028-02-29', '29/2/2024 plus four years is 29/2/2028'],
    ['2024-03-31', 1, '2024-04-30', '31/3 plus one month is 30/4'],
    ['2024-08-15', 6, '2025-02-15', 'a mid-month date keeps its day'],
  ])('%s + %i months = %s (%s)', (from, months, expected) => {
    expect(addMonths(from, months)).toBe(expected)
  })

  it('rolls over into the next year', () => {
    expect(addMonths('2024-12-15', 1)).toBe('2025-01-15')
    expect(addMonths('2024-11-30', 2)).toBe('2025-01-30')
    expect(addMonths('2024-07-01', 24)).toBe('2026-07-01')
    expect(addMonths('2024-12-31', 14)).toBe('2026-02-28')
  })

  it('goes back with negative months, across the year and clamped', () => {
    expect(addMonths('2025-01-15', -1)).toBe('2024-12-15')
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29')
    expect(addMonths('2025-02-28', -6)).toBe('2024-08-28')
    expect(addMonths('2026-07-01', -12)).toBe('2025-07-01')
    expect(addMonths('2024-05-31', -15)).toBe('2023-02-28')
  })

  it('adding zero months leaves the date unchanged', () => {
    expect(addMonths('2024-02-29', 0)).toBe('2024-02-29')
  })
})

describe('days', () => {
  it('addDays crosses month and year ends', () => {
    expect(addDays('2024-01-31', 1)).toBe('2024-02-01')
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29')
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01')
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01')
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31')
    expect(addDays('2024-09-30', 92)).toBe('2024-12-31')
    expect(addDays('2024-03-01', 0)).toBe('2024-03-01')
  })

  it('daysBetween counts b − a in calendar days', () => {
    expect(daysBetween('2024-09-30', '2024-10-30')).toBe(30)
    expect(daysBetween('2024-10-30', '2024-09-30')).toBe(-30)
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366)
    expect(daysBetween('2025-01-01', '2026-01-01')).toBe(365)
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2)
    expect(daysBetween('2024-05-05', '2024-05-05')).toBe(0)
  })

  it('day numbers count from 1970-01-01 and round-trip', () => {
    expect(dayNumber('1970-01-02')).toBe(1)
    expect(fromDayNumber(dayNumber('2026-11-23'))).toBe('2026-11-23')
    expect(fromDayNumber(0)).toBe('1970-01-01')
  })

  it('knows the length of each month, February in leap and common years', () => {
    expect(daysInMonth(2024, 2)).toBe(29)
    expect(daysInMonth(2023, 2)).toBe(28)
    expect(daysInMonth(2000, 2)).toBe(29)
    expect(daysInMonth(2100, 2)).toBe(28)
    expect(daysInMonth(2024, 4)).toBe(30)
    expect(daysInMonth(2024, 12)).toBe(31)
  })
})

describe('what counts as a calendar date', () => {
  it.each(['2024-02-29', '2024-12-31', '2023-01-01'])('%s is a date', (value) => {
    expect(isIsoDate(value)).toBe(true)
  })

  it.each([
    ['2024-02-30', 'a day February does not have'],
    ['2023-02-29', '29/2 in a common year'],
    ['2024-04-31', '31 in a 30-day month'],
    ['2024-13-01', 'month 13'],
    ['2024-00-10', 'month 0'],
    ['2024-01-00', 'day 0'],
    ['2024-1-5', 'unpadded month and day'],
    ['05/01/2024', 'dd/mm/yyyy (only at the edges)'],
    ['2024-01-05T00:00:00Z', 'a timestamp'],
    ['2024-01-05\n', 'a trailing newline'],
    [' 2024-01-05', 'a leading space'],
    ['', 'the empty string'],
  ])('rejects %j (%s)', (value) => {
    expect(isIsoDate(value)).toBe(false)
  })

  it.each([[20240105], [null], [undefined], [new Date('2024-01-05')], [{}]])(
    'rejects the non-string %j',
    (value) => {
      expect(isIsoDate(value)).toBe(false)
    },
  )

  it('toIsoDate pads, and refuses an impossible date with a Vietnamese message', () => {
    expect(toIsoDate(2024, 1, 5)).toBe('2024-01-05')
    expect(() => toIsoDate(2024, 2, 30)).toThrow(DomainError)
    expect(() => toIsoDate(2024, 2, 30)).toThrow('Ngày không hợp lệ: 30/2/2024.')
  })

  it('refuses to compute with an impossible date instead of rolling it into the next month', () => {
    expect(() => parts('2024-02-30')).toThrow(DomainError)
    expect(() => addMonths('2024-02-30', 6)).toThrow(DomainError)
    expect(() => addDays('2023-02-29', 1)).toThrow(DomainError)
    expect(() => daysBetween('2024-04-31', '2024-05-01')).toThrow(DomainError)
    expect(() => parts('2024-1-5')).toThrow(DomainError)
  })

  it('maxDate takes the later date and ignores a missing one', () => {
    expect(maxDate('2024-09-30', '2025-03-01')).toBe('2025-03-01')
    expect(maxDate('2024-09-30', '2024-01-01')).toBe('2024-09-30')
    expect(maxDate('2024-09-30', null)).toBe('2024-09-30')
    expect(maxDate('2024-09-30', undefined)).toBe('2024-09-30')
  })
})

describe('dates as Vietnamese users read them', () => {
  it('formatViDate writes dd/mm/yyyy', () => {
    expect(formatViDate('2024-09-30')).toBe('30/09/2024')
    expect(formatViDate('2025-02-05')).toBe('05/02/2025')
  })

  it('formatViDate writes nothing for a missing date', () => {
    expect(formatViDate(null)).toBe('')
    expect(formatViDate(undefined)).toBe('')
    expect(formatViDate('')).toBe('')
  })

  it('vietnamDate reads an instant in Vietnam time (UTC+7): 17:00 UTC is already the next day', () => {
    expect(vietnamDate(new Date('2026-11-22T16:59:59.999Z'))).toBe('2026-11-22')
    expect(vietnamDate(new Date('2026-11-22T17:00:00Z'))).toBe('2026-11-23')
    expect(vietnamDate(new Date('2026-11-23T16:59:59Z'))).toBe('2026-11-23')
  })

  it('vietnamDate rolls the year over at 17:00 UTC on 31/12', () => {
    expect(vietnamDate(new Date('2024-12-31T17:00:00Z'))).toBe('2025-01-01')
    expect(vietnamDate(new Date('2024-12-31T16:00:00Z'))).toBe('2024-12-31')
  })
})

describe('day arithmetic over the whole supported range', () => {
  it('agrees with Date.UTC on every day from 1900 to 2200, both ways', () => {
    const first = Date.UTC(1900, 0, 1) / 86_400_000
    const last = Date.UTC(2200, 11, 31) / 86_400_000
    for (let n = first; n <= last; n++) {
      const iso = new Date(n * 86_400_000).toISOString().slice(0, 10)
      if (dayNumber(iso) !== n || fromDayNumber(n) !== iso) {
        expect.fail(`${iso}: dayNumber ${dayNumber(iso)}, fromDayNumber ${fromDayNumber(n)}, expected ${n}`)
      }
    }
  })

  it('knows 29/2 only in leap years, 1900 and 2100 not being ones', () => {
    expect(daysInMonth(1900, 2)).toBe(28)
    expect(daysInMonth(2000, 2)).toBe(29)
    expect(daysInMonth(2100, 2)).toBe(28)
    expect(isIsoDate('2100-02-29')).toBe(false)
    expect(isIsoDate('2096-02-29')).toBe(true)
  })

  it('refuses what is not written YYYY-MM-DD in ASCII digits', () => {
    for (const text of [
      '2024-1-05',
      '2024-01-05 ',
      '２０２４-01-05',
      '2024/01/05',
      '+024-01-05',
      '2024-0a-05',
    ]) {
      expect(isIsoDate(text)).toBe(false)
      expect(() => dayNumber(text)).toThrow(DomainError)
    }
  })
})

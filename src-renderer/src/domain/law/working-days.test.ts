import { describe, expect, it } from 'vitest'
import { VN_HOLIDAYS, defaultNationalDaySecond, statutoryTetDays } from './vn-holidays'
import {
  addWorkingDays,
  calendarCovers,
  dayNote,
  isWorkingDay,
  weekday,
  type HolidayCalendar,
} from './working-days'

const cal = VN_HOLIDAYS

describe('working days in the Vietnamese civil-service calendar', () => {
  it('knows the day of the week', () => {
    expect(weekday('2025-01-24')).toBe(5) // Friday
    expect(weekday('2026-04-26')).toBe(0) // Sunday
  })

  it('skips weekends and holidays, but not a swapped Saturday', () => {
    expect(isWorkingDay('2025-01-27', cal)).toBe(false) // Tết Ất Tỵ
    expect(isWorkingDay('2025-02-01', cal)).toBe(false) // Saturday
    expect(isWorkingDay('2025-02-03', cal)).toBe(true)
    expect(isWorkingDay('2025-04-26', cal)).toBe(true) // Saturday worked for Friday 2/5
    expect(isWorkingDay('2025-05-02', cal)).toBe(false)
    expect(dayNote('2025-05-02', cal)).toBe('Nghỉ hoán đổi')
  })

  it('carries a dossier received on the Friday before Tết 2025 past the whole break', () => {
    // Tết Ất Tỵ: 25/01–02/02/2025 off; the first working day after is Monday 03/02.
    expect(addWorkingDays('2025-01-24', 1, cal)).toBe('2025-02-03')
    // 15 working days from 20/01/2025: 21–24/01 (4), 03–07/02 (9), 10–14/02 (14), 17/02 (15).
    expect(addWorkingDays('2025-01-20', 15, cal)).toBe('2025-02-17')
  })

  it('counts across Tết Giáp Thìn 2024 (08–14/02 off)', () => {
    expect(addWorkingDays('2024-02-07', 1, cal)).toBe('2024-02-15')
  })

  it('counts across 30/4–1/5 2025 and its swap', () => {
    // 29/4 Tue → 30/4, 1/5, 2/5 off, 3–4/5 weekend: next working day Monday 05/5.
    expect(addWorkingDays('2025-04-29', 1, cal)).toBe('2025-05-05')
    // Friday 25/4 → Saturday 26/4 is worked.
    expect(addWorkingDays('2025-04-25', 1, cal)).toBe('2025-04-26')
    // 7 working days from 24/4/2025: 25, 26(Sat), 28, 29/4, 05, 06, 07/5.
    expect(addWorkingDays('2025-04-24', 7, cal)).toBe('2025-05-07')
  })

  it('makes up Giỗ Tổ Hùng Vương 2026 (a Sunday) on Monday 27/4, next to 30/4–1/5', () => {
    expect(isWorkingDay('2026-04-27', cal)).toBe(false)
    expect(dayNote('2026-04-27', cal)).toBe('Nghỉ bù Giỗ Tổ Hùng Vương')
    // From Friday 24/4: 27/4 made up, 28 and 29/4 count, 30/4–3/5 off, Monday 04/5 is the third.
    expect(addWorkingDays('2026-04-24', 3, cal)).toBe('2026-05-04')
  })

  it('counts 25 working days across Tết Bính Ngọ 2026 (16–20/02 off)', () => {
    expect(addWorkingDays('2026-02-02', 25, cal)).toBe('2026-03-16')
  })

  it('counts zero working days as the day itself and refuses a negative count', () => {
    expect(addWorkingDays('2025-01-27', 0, cal)).toBe('2025-01-27')
    expect(() => addWorkingDays('2025-01-27', -1, cal)).toThrow('Số ngày làm việc không hợp lệ')
  })

  it('lists 24/11 as a day off from 2026 (Nghị quyết 28/2026/QH16)', () => {
    expect(isWorkingDay('2026-11-24', cal)).toBe(false)
    expect(isWorkingDay('2025-11-24', cal)).toBe(true)
  })

  it('applies the statutory defaults to years not yet announced', () => {
    // Tết Đinh Mùi 2027 is Saturday 06/02: the eve (Fri 05/02) and the next four weekdays.
    expect(statutoryTetDays('2027-02-06')).toEqual([
      '2027-02-05',
      '2027-02-08',
      '2027-02-09',
      '2027-02-10',
      '2027-02-11',
    ])
    expect(defaultNationalDaySecond(2027)).toBe('2027-09-01')
    expect(defaultNationalDaySecond(2024)).toBe('2024-09-03') // 1/9/2024 was a Sunday
    // 30/4/2028 is a Sunday: made up after 1/5, on Tuesday 02/5.
    expect(isWorkingDay('2028-05-02', cal)).toBe(false)
  })

  it('says which years it covers and is data a province can replace', () => {
    expect(calendarCovers('2030-12-31', cal)).toBe(true)
    expect(calendarCovers('2031-01-02', cal)).toBe(false)
    const bare: HolidayCalendar = {
      id: 'x',
      name: 'x',
      daysOff: [],
      workdays: [],
      years: { from: 2025, to: 2025 },
      source: '',
    }
    expect(addWorkingDays('2025-01-24', 1, bare)).toBe('2025-01-27')
  })
})

import { describe, expect, it } from 'vitest'
import { DomainError } from '../errors'
import {
  NO_OVERRIDES,
  applyHolidayOverrides,
  changeHolidays,
  describeHolidayChange,
  holidaysOfYear,
  readHolidayDate,
  type HolidayChange,
  type HolidayOverrides,
} from './holiday-calendar'
import { VN_HOLIDAYS, vietnamYearFacts } from './vn-holidays'
import { addWorkingDays, dayNote, isWorkingDay } from './working-days'

const base = VN_HOLIDAYS

function apply(...changes: HolidayChange[]): HolidayOverrides {
  return changes.reduce((o, c) => changeHolidays(o, c, base), NO_OVERRIDES)
}

function refusal(overrides: HolidayOverrides, change: HolidayChange): { code: string; message: string } {
  try {
    changeHolidays(overrides, change, base)
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, message: error.message }
    throw error
  }
  throw new Error('the change was accepted')
}

describe('Tết Đinh Mùi 2027 with the officer’s changes', () => {
  // Built in: Fri 05/02 (the eve) and Mon–Thu 08–11/02; mùng 1 is Saturday 06/02.
  const bridge = apply(
    { kind: 'add_day_off', date: '12/02/2027', name: 'Nghỉ bù Tết (hoán đổi)' },
    { kind: 'add_workday', date: '20/02/2027', name: 'Làm bù cho ngày 12/02' },
  )
  const cal = applyHolidayOverrides(base, bridge)

  it('without changes, the Friday after Tết is the first working day', () => {
    expect(addWorkingDays('2027-02-04', 1, base)).toBe('2027-02-12')
  })

  it('an added bridge day carries the count past the whole break to Monday 15/02', () => {
    expect(isWorkingDay('2027-02-12', cal)).toBe(false)
    expect(dayNote('2027-02-12', cal)).toBe('Nghỉ bù Tết (hoán đổi)')
    expect(addWorkingDays('2027-02-04', 1, cal)).toBe('2027-02-15')
  })

  it('a làm-bù Saturday counts as a working day', () => {
    expect(isWorkingDay('2027-02-20', base)).toBe(false)
    expect(isWorkingDay('2027-02-20', cal)).toBe(true)
    expect(addWorkingDays('2027-02-19', 1, cal)).toBe('2027-02-20')
    // 5 working days from Thu 04/02: 15, 16, 17, 18, 19/02 — the Saturday after is not reached.
    expect(addWorkingDays('2027-02-04', 5, cal)).toBe('2027-02-19')
    expect(addWorkingDays('2027-02-04', 6, cal)).toBe('2027-02-20')
  })

  it('a removed built-in day counts again', () => {
    const removed = applyHolidayOverrides(base, apply({ kind: 'remove_built_in', date: '2027-02-05' }))
    expect(isWorkingDay('2027-02-05', removed)).toBe(true)
    expect(addWorkingDays('2027-02-04', 1, removed)).toBe('2027-02-05')
    // The rest of Tết still holds.
    expect(addWorkingDays('2027-02-05', 1, removed)).toBe('2027-02-12')
  })

  it('a removal taken back and an added day deleted leave the built-in calendar', () => {
    const undone = apply(
      { kind: 'remove_built_in', date: '2027-02-05' },
      { kind: 'add_day_off', date: '2027-02-12', name: 'Nghỉ bù Tết' },
      { kind: 'restore_built_in', date: '2027-02-05' },
      { kind: 'delete_added', date: '2027-02-12' },
    )
    expect(undone).toEqual(NO_OVERRIDES)
    expect(applyHolidayOverrides(base, undone)).toBe(base)
  })
})

describe('30/4–1/5 in the built-in calendar', () => {
  it('2026: Thu 30/4 and Fri 1/5 off, with Giỗ Tổ (Sunday 26/4) made up on Monday 27/4', () => {
    expect(isWorkingDay('2026-04-30', base)).toBe(false)
    expect(isWorkingDay('2026-05-01', base)).toBe(false)
    expect(addWorkingDays('2026-04-29', 1, base)).toBe('2026-05-04')
  })

  it('2027: Fri 30/4 off and Saturday 1/5 made up on Monday 3/5', () => {
    expect(dayNote('2027-04-30', base)).toBe('Ngày Chiến thắng')
    expect(dayNote('2027-05-03', base)).toBe('Nghỉ bù Ngày Quốc tế lao động')
    expect(addWorkingDays('2027-04-29', 1, base)).toBe('2027-05-04')
  })

  it('2027 with a notice that makes Saturday 8/5 worked and Tuesday 4/5 off', () => {
    const cal = applyHolidayOverrides(
      base,
      apply(
        { kind: 'add_day_off', date: '04/05/2027', name: 'Nghỉ hoán đổi' },
        { kind: 'add_workday', date: '08/05/2027', name: 'Làm bù cho ngày 04/5' },
      ),
    )
    expect(addWorkingDays('2027-04-29', 1, cal)).toBe('2027-05-05')
    expect(addWorkingDays('2027-05-07', 1, cal)).toBe('2027-05-08')
  })
})

describe('changes refused with a message the officer can act on', () => {
  it('dates must be real and written dd/mm/yyyy', () => {
    expect(readHolidayDate('12/02/2027')).toBe('2027-02-12')
    expect(readHolidayDate('2027-02-12')).toBe('2027-02-12')
    for (const text of ['30/02/2027', '2027/02/12', '12-02-2027', 'mùng 1 Tết', '12/13/2027']) {
      expect(refusal(NO_OVERRIDES, { kind: 'add_day_off', date: text, name: 'Nghỉ' }).message).toBe(
        `"${text}" không phải một ngày có thật; hãy nhập theo dạng dd/mm/yyyy, ví dụ 12/02/2027.`,
      )
    }
    expect(refusal(NO_OVERRIDES, { kind: 'add_day_off', date: ' ', name: 'Nghỉ' }).message).toBe(
      'Cần chọn ngày (dd/mm/yyyy).',
    )
  })

  it('every added day needs a name', () => {
    expect(refusal(NO_OVERRIDES, { kind: 'add_day_off', date: '12/02/2027', name: '  ' }).code).toBe(
      'holiday_name_missing',
    )
    expect(refusal(NO_OVERRIDES, { kind: 'add_workday', date: '20/02/2027', name: '' }).message).toMatch(
      /^Cần nhập tên ngày/,
    )
  })

  it('a day already off, or already worked, is not added twice', () => {
    expect(refusal(NO_OVERRIDES, { kind: 'add_day_off', date: '08/02/2027', name: 'Nghỉ' }).message).toBe(
      'Ngày 08/02/2027 đã là ngày nghỉ (Tết Âm lịch).',
    )
    const once = apply({ kind: 'add_workday', date: '20/02/2027', name: 'Làm bù' })
    expect(refusal(once, { kind: 'add_workday', date: '20/02/2027', name: 'Làm bù' }).message).toBe(
      'Ngày 20/02/2027 đã là ngày làm bù (Làm bù).',
    )
    expect(refusal(once, { kind: 'remove_built_in', date: '2027-02-20' }).code).toBe('holiday_not_built_in')
    const removed = apply({ kind: 'remove_built_in', date: '2027-02-05' })
    expect(refusal(removed, { kind: 'remove_built_in', date: '2027-02-05' }).message).toBe(
      'Ngày 05/02/2027 (Tết Âm lịch) đã được bỏ.',
    )
  })

  it('a day off must be a weekday, a làm-bù day a weekend day, both within the calendar’s years', () => {
    expect(refusal(NO_OVERRIDES, { kind: 'add_day_off', date: '13/02/2027', name: 'Nghỉ' }).message).toBe(
      'Ngày 13/02/2027 là thứ Bảy, vốn không phải ngày làm việc.',
    )
    expect(refusal(NO_OVERRIDES, { kind: 'add_workday', date: '15/02/2027', name: 'Làm bù' }).message).toBe(
      'Ngày làm bù phải là thứ Bảy hoặc Chủ nhật; ngày 15/02/2027 là thứ Hai.',
    )
    expect(refusal(NO_OVERRIDES, { kind: 'add_day_off', date: '03/01/2031', name: 'Nghỉ' }).message).toBe(
      'Lịch ngày nghỉ chỉ áp dụng cho các năm 2024–2030; ngày 03/01/2031 nằm ngoài.',
    )
  })
})

describe('a year as the Settings tab lists it', () => {
  it('shows the built-in days with their legal basis and the lunar dates, then the officer’s own', () => {
    const overrides = apply(
      { kind: 'add_day_off', date: '12/02/2027', name: 'Nghỉ bù Tết' },
      { kind: 'remove_built_in', date: '2027-09-01' },
    )
    const rows = holidaysOfYear(base, overrides, 2027)
    expect(rows.every((r) => r.date.startsWith('2027-'))).toBe(true)
    const tet = rows.find((r) => r.date === '2027-02-08')
    expect(tet?.basis).toBe(
      'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm b (mùng 1 Tết là ngày 06/02/2027); mặc định theo luật, chưa có thông báo của năm',
    )
    expect(rows.find((r) => r.name === 'Giỗ Tổ Hùng Vương')).toMatchObject({
      date: '2027-04-16',
      basis: 'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm e (10/3 âm lịch là ngày 16/04/2027)',
    })
    expect(rows.find((r) => r.date === '2027-02-12')).toMatchObject({
      origin: 'added',
      kind: 'off',
      basis: '',
    })
    expect(rows.find((r) => r.date === '2027-09-01')).toMatchObject({ origin: 'built_in', removed: true })
    expect(vietnamYearFacts(2027)).toEqual({
      year: 2027,
      lunarNewYear: '2027-02-06',
      hungKings: '2027-04-16',
      notice: null,
    })
    expect(vietnamYearFacts(2026)?.notice).toBe('Thông báo 9441/TB-BNV')
  })

  it('says in the history what changed', () => {
    expect(
      describeHolidayChange({ kind: 'add_day_off', date: '12/02/2027', name: ' Nghỉ bù  Tết ' }, base),
    ).toBe('Thêm ngày nghỉ 12/02/2027: Nghỉ bù Tết')
    expect(describeHolidayChange({ kind: 'remove_built_in', date: '2027-02-05' }, base)).toBe(
      'Bỏ ngày có sẵn 05/02/2027: Tết Âm lịch',
    )
  })
})

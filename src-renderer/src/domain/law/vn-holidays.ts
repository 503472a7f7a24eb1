/**
 * Việt Nam's public holidays for the civil service, 2024–2030, as data for working-day counting.
 *
 * Sources: Labour Code 45/2019/QH14 Điều 112 khoản 1 (1/1; Tết Âm lịch 05 ngày; 30/4; 1/5; 2/9 and
 * one adjacent day; Giỗ Tổ Hùng Vương 10/3 âm lịch) and Điều 111 khoản 3 (a fixed holiday on a
 * weekend is made up on the next working day); Resolution 28/2026/QH16 Điều 2 (24/11, Ngày Văn hóa
 * Việt Nam, a day off from 2026, not made up). The Prime Minister picks Tết's five days and the
 * second National Day day each year: 2024 from Thông báo 5015/TB-LĐTBXH and 1570/TB-LĐTBXH (swap
 * 29/4 ↔ 04/5), 2025 from Thông báo 6150/TB-BLĐTBXH (swap 02/5 ↔ 26/4), 2026 from Thông báo
 * 9441/TB-BNV (Tết 14/02–22/02; no swap around 30/4). The 2026 second National Day day and all of
 * 2027–2030 are NOT announced yet: they follow the statutory default below (the eve of the lunar
 * new year and the next four weekdays; 1/9, or 3/9 when 1/9 is a weekend day) — correct them in
 * Settings when the notice is published.
 * Lunar dates (mùng 1 Tết, 10/3 âm lịch) were computed with Hồ Ngọc Đức's Vietnamese lunar
 * calendar algorithm at UTC+7 and match the announced dates for 2024–2026 (note: Tết 2030 falls
 * on 02/02 in Việt Nam, a day before the Chinese new year).
 */
import { addDays, formatViDate, toIsoDate, type IsoDate } from '../calendar-date'
import { isWeekend, type HolidayCalendar, type NamedDay } from './working-days'

interface VnYear {
  year: number
  /** Mùng 1 Tết. */
  lunarNewYear: IsoDate
  /** 10/3 âm lịch. */
  hungKings: IsoDate
  /** The five Tết weekdays off, when announced. */
  tetDays?: IsoDate[]
  /** The day next to 2/9, when announced. */
  nationalDaySecond?: IsoDate
  swaps?: { off: IsoDate; worked: IsoDate }[]
  cultureDay: boolean
  /** The notice that fixed Tết and 2/9 this year, once published. */
  notice?: string
  /** The notice of the swap, when separate. */
  swapNotice?: string
}

const VN_YEARS: readonly VnYear[] = [
  {
    year: 2024,
    lunarNewYear: '2024-02-10',
    hungKings: '2024-04-18',
    tetDays: ['2024-02-08', '2024-02-09', '2024-02-12', '2024-02-13', '2024-02-14'],
    nationalDaySecond: '2024-09-03',
    swaps: [{ off: '2024-04-29', worked: '2024-05-04' }],
    cultureDay: false,
    notice: 'Thông báo 5015/TB-LĐTBXH',
    swapNotice: 'Thông báo 1570/TB-LĐTBXH',
  },
  {
    year: 2025,
    lunarNewYear: '2025-01-29',
    hungKings: '2025-04-07',
    tetDays: ['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'],
    nationalDaySecond: '2025-09-01',
    swaps: [{ off: '2025-05-02', worked: '2025-04-26' }],
    cultureDay: false,
    notice: 'Thông báo 6150/TB-BLĐTBXH',
  },
  {
    year: 2026,
    lunarNewYear: '2026-02-17',
    hungKings: '2026-04-26',
    tetDays: ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'],
    cultureDay: true,
    notice: 'Thông báo 9441/TB-BNV',
  },
  { year: 2027, lunarNewYear: '2027-02-06', hungKings: '2027-04-16', cultureDay: true },
  { year: 2028, lunarNewYear: '2028-01-26', hungKings: '2028-04-04', cultureDay: true },
  { year: 2029, lunarNewYear: '2029-02-13', hungKings: '2029-04-23', cultureDay: true },
  { year: 2030, lunarNewYear: '2030-02-02', hungKings: '2030-04-12', cultureDay: true },
]

/** The statutory default: the eve of the lunar new year and the following weekdays, five in all. */
export function statutoryTetDays(lunarNewYear: IsoDate): IsoDate[] {
  const days: IsoDate[] = []
  for (let day = addDays(lunarNewYear, -1); days.length < 5; day = addDays(day, 1)) {
    if (!isWeekend(day)) days.push(day)
  }
  return days
}

/** The default second National Day day: 1/9, or 3/9 when 1/9 falls on a weekend. */
export function defaultNationalDaySecond(year: number): IsoDate {
  const before = toIsoDate(year, 9, 1)
  return isWeekend(before) ? toIsoDate(year, 9, 3) : before
}

const LABOUR_CODE = 'Bộ luật Lao động 2019'
const ART_112 = `${LABOUR_CODE}, Điều 112 khoản 1`
const DEFAULT_NOTE = 'mặc định theo luật, chưa có thông báo của năm'

function yearDays(y: VnYear): { daysOff: NamedDay[]; workdays: NamedDay[] } {
  const off = new Map<IsoDate, NamedDay>()
  const put = (date: IsoDate, name: string, basis: string) => off.set(date, { date, name, basis })
  const secondDay = y.nationalDaySecond ?? defaultNationalDaySecond(y.year)
  const fixed: NamedDay[] = [
    { date: toIsoDate(y.year, 1, 1), name: 'Tết Dương lịch', basis: `${ART_112} điểm a` },
    {
      date: y.hungKings,
      name: 'Giỗ Tổ Hùng Vương',
      basis: `${ART_112} điểm e (10/3 âm lịch là ngày ${formatViDate(y.hungKings)})`,
    },
    { date: toIsoDate(y.year, 4, 30), name: 'Ngày Chiến thắng', basis: `${ART_112} điểm c` },
    { date: toIsoDate(y.year, 5, 1), name: 'Ngày Quốc tế lao động', basis: `${ART_112} điểm d` },
    { date: toIsoDate(y.year, 9, 2), name: 'Quốc khánh', basis: `${ART_112} điểm đ` },
    {
      date: secondDay,
      name: 'Quốc khánh (ngày liền kề)',
      basis: `${ART_112} điểm đ; ${y.nationalDaySecond ? (y.notice ?? '') : DEFAULT_NOTE}`,
    },
  ]
  const tetBasis = `${ART_112} điểm b (mùng 1 Tết là ngày ${formatViDate(y.lunarNewYear)}); ${
    y.tetDays ? (y.notice ?? '') : DEFAULT_NOTE
  }`
  for (const d of y.tetDays ?? statutoryTetDays(y.lunarNewYear)) put(d, 'Tết Âm lịch', tetBasis)
  for (const s of y.swaps ?? []) put(s.off, 'Nghỉ hoán đổi', y.swapNotice ?? y.notice ?? '')
  for (const d of fixed) if (!isWeekend(d.date)) off.set(d.date, d)
  const culture = toIsoDate(y.year, 11, 24)
  if (y.cultureDay && !isWeekend(culture))
    put(culture, 'Ngày Văn hóa Việt Nam', 'Nghị quyết 28/2026/QH16, Điều 2')
  // Bộ luật Lao động Điều 111 khoản 3: a fixed holiday on a weekend is made up on the next working day.
  for (const d of fixed.filter((f) => isWeekend(f.date)).sort((a, b) => a.date.localeCompare(b.date))) {
    let day = addDays(d.date, 1)
    while (isWeekend(day) || off.has(day)) day = addDays(day, 1)
    put(
      day,
      `Nghỉ bù ${d.name}`,
      `${LABOUR_CODE}, Điều 111 khoản 3 (${d.name} ${formatViDate(d.date)} trùng ngày nghỉ hằng tuần)`,
    )
  }
  const daysOff = [...off.values()].sort((a, b) => a.date.localeCompare(b.date))
  const workdays = (y.swaps ?? []).map((s) => ({
    date: s.worked,
    name: 'Làm việc bù (hoán đổi)',
    basis: y.swapNotice ?? y.notice ?? '',
  }))
  return { daysOff, workdays }
}

/** The lunar dates and notice of a year the built-in calendar covers, for showing where its days come from. */
export interface VietnamYearFacts {
  year: number
  lunarNewYear: IsoDate
  hungKings: IsoDate
  /** The notice fixing the year's Tết, or null while the statutory default applies. */
  notice: string | null
}

export function vietnamYearFacts(year: number): VietnamYearFacts | null {
  const y = VN_YEARS.find((v) => v.year === year)
  if (!y) return null
  return {
    year,
    lunarNewYear: y.lunarNewYear,
    hungKings: y.hungKings,
    notice: y.tetDays ? (y.notice ?? null) : null,
  }
}

function buildVietnamCalendar(years: readonly VnYear[]): HolidayCalendar {
  const all = years.map(yearDays)
  return {
    id: 'VN-2024-2030',
    name: 'Ngày nghỉ lễ, tết của cơ quan nhà nước Việt Nam 2024–2030',
    daysOff: all.flatMap((y) => y.daysOff),
    workdays: all.flatMap((y) => y.workdays),
    years: { from: years[0]?.year ?? 0, to: years[years.length - 1]?.year ?? 0 },
    source:
      'Bộ luật Lao động 2019 Điều 111, 112; Nghị quyết 28/2026/QH16; thông báo nghỉ lễ 2024–2026. Từ 2027: mặc định theo luật, cần cập nhật theo thông báo hằng năm.',
  }
}

export const VN_HOLIDAYS: HolidayCalendar = buildVietnamCalendar(VN_YEARS)

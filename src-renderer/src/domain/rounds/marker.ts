/**
 * The hidden marker of a request workbook: which round and which unit the request was made for,
 * the unit's token, the round's recipients (so a folder of replies tells, on files alone, who has
 * not answered) and the systems the request was prefilled with (so a system the unit left out is
 * "removed by the unit", while one added to the register since is not).
 *
 * The marker is a grid of text cells on a very hidden sheet, one key per row:
 *   CAPDO-PHIEU-THU-THAP | 1
 *   dot | <round id>            so_ky_hieu | <letter number>   ngay_van_ban | <YYYY-MM-DD>
 *   tinh_den_ngay | <date>      han_gui | <date>
 *   don_vi | <unit id> | <unit name>          ma_xac_nhan | <token>
 *   noi_nhan | <unit id> | <unit name>        (one row per recipient)
 *   he_thong | <system id> | <system name>    (one row per prefilled system)
 * A returned workbook is hostile input: the marker is read strictly (known version, every key
 * once, ids and dates well formed, bounded counts and lengths) and any departure is reported in
 * Vietnamese; whether the round and the token are known is decided against the rounds on record
 * (reply-check.ts), never by the marker itself.
 */
import { isIsoDate, type IsoDate } from '../calendar-date'
import { cellText, type SheetGrid } from '../inventory/cell'
import { normalizeText } from '../text'
import { MAX_LETTER_NO, MAX_RECIPIENTS } from './round'

export const MARKER_SHEET = 'CapDo'
export const MARKER_MAGIC = 'CAPDO-PHIEU-THU-THAP'
export const MARKER_VERSION = 1
/** Most systems one request may list (the import's own limit on rows is far above a unit's count). */
export const MAX_MARKER_SYSTEMS = 20_000
const MAX_NAME = 500

export interface MarkedUnit {
  unitId: string
  unitName: string
}

export interface MarkedSystem {
  id: string
  name: string
}

export interface ReplyMarker {
  roundId: string
  letterNo: string
  letterDate: IsoDate
  asOf: IsoDate
  dueOn: IsoDate
  unitId: string
  unitName: string
  token: string
  recipients: MarkedUnit[]
  systems: MarkedSystem[]
}

export type MarkerOutcome =
  { ok: true; marker: ReplyMarker } | { ok: false; code: MarkerFault; message: string }
export type MarkerFault = 'no_marker' | 'bad_marker' | 'marker_version'

/** The marker as rows of text cells, in the order above. */
export function markerRows(marker: ReplyMarker): string[][] {
  return [
    [MARKER_MAGIC, String(MARKER_VERSION)],
    ['dot', marker.roundId],
    ['so_ky_hieu', marker.letterNo],
    ['ngay_van_ban', marker.letterDate],
    ['tinh_den_ngay', marker.asOf],
    ['han_gui', marker.dueOn],
    ['don_vi', marker.unitId, marker.unitName],
    ['ma_xac_nhan', marker.token],
    ...marker.recipients.map((r) => ['noi_nhan', r.unitId, r.unitName]),
    ...marker.systems.map((s) => ['he_thong', s.id, s.name]),
  ]
}

/** Ids CapDo makes (uuid, unit-…, sys-…, round-…): letters, digits and - _ . : only, bounded. */
const ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/
/** Tokens: 16–128 letters, digits, - or _. */
const TOKEN = /^[A-Za-z0-9_-]{16,128}$/

/** Whether the grid's first cell is the marker's magic: the sheet that carries a marker. */
export function isMarkerGrid(grid: SheetGrid): boolean {
  return cellText(grid[0]?.[0] ?? null) === MARKER_MAGIC
}

export const NO_MARKER_MESSAGE =
  'Tệp không có dấu phiếu của CapDo, nên không biết tệp trả lời cho đợt thu thập nào và của đơn vị ' +
  'nào. Hãy đề nghị đơn vị điền vào đúng tệp phiếu CapDo đã gửi (không chép sang tệp mới), hoặc nhập ' +
  'tệp này bằng chức năng "Nhập từ Excel".'

function bad(message: string): MarkerOutcome {
  return {
    ok: false,
    code: 'bad_marker',
    message:
      `Dấu phiếu của CapDo trong tệp đã bị sửa hoặc hỏng (${message}), nên không nhận tệp này là phiếu trả lời. ` +
      'Hãy đề nghị đơn vị gửi lại đúng tệp phiếu đã nhận, chỉ sửa trang danh mục.',
  }
}

const SINGLE_KEYS = [
  'dot',
  'so_ky_hieu',
  'ngay_van_ban',
  'tinh_den_ngay',
  'han_gui',
  'don_vi',
  'ma_xac_nhan',
] as const
type SingleKey = (typeof SINGLE_KEYS)[number]

/** Reads the marker sheet's grid; every fault is a Vietnamese message naming the row. */
export function parseMarker(grid: SheetGrid): MarkerOutcome {
  if (!isMarkerGrid(grid)) return { ok: false, code: 'no_marker', message: NO_MARKER_MESSAGE }
  const version = cellText(grid[0]?.[1] ?? null)
  if (version !== String(MARKER_VERSION)) {
    return {
      ok: false,
      code: 'marker_version',
      message:
        `Phiếu được tạo bởi một phiên bản CapDo khác (dấu phiếu phiên bản "${version}", phiên bản này đọc ` +
        `phiên bản ${MARKER_VERSION}). Hãy cập nhật CapDo hoặc gửi lại phiếu do phiên bản này tạo.`,
    }
  }
  const single = new Map<SingleKey, string[]>()
  const recipients: MarkedUnit[] = []
  const systems: MarkedSystem[] = []
  for (let i = 1; i < grid.length; i++) {
    const cells = (grid[i] ?? []).map((c) => (c === null ? '' : cellText(c)))
    if (cells.every((c) => c === '')) continue
    const [key = '', a = '', b = ''] = cells
    const where = `dòng ${i + 1}`
    if (a.length > MAX_NAME || b.length > MAX_NAME) return bad(`${where}: giá trị quá dài`)
    if ((SINGLE_KEYS as readonly string[]).includes(key)) {
      const k = key as SingleKey
      if (single.has(k)) return bad(`${where}: khóa "${key}" lặp lại`)
      single.set(k, [a, b])
    } else if (key === 'noi_nhan') {
      if (!ID.test(a) || b === '') return bad(`${where}: đơn vị nhận không hợp lệ`)
      if (recipients.length >= MAX_RECIPIENTS) return bad(`quá ${MAX_RECIPIENTS} đơn vị nhận`)
      recipients.push({ unitId: a, unitName: normalizeText(b) })
    } else if (key === 'he_thong') {
      if (!ID.test(a)) return bad(`${where}: mã hệ thống không hợp lệ`)
      if (systems.length >= MAX_MARKER_SYSTEMS) return bad(`quá ${MAX_MARKER_SYSTEMS} hệ thống`)
      systems.push({ id: a, name: normalizeText(b) })
    } else {
      return bad(`${where}: khóa "${key}" không có trong dấu phiếu`)
    }
  }
  for (const key of SINGLE_KEYS) if (!single.has(key)) return bad(`thiếu khóa "${key}"`)
  const get = (key: SingleKey, index = 0): string => single.get(key)?.[index] ?? ''
  const roundId = get('dot')
  if (!ID.test(roundId)) return bad('mã đợt không hợp lệ')
  const letterNo = normalizeText(get('so_ky_hieu'))
  if (letterNo === '' || letterNo.length > MAX_LETTER_NO) return bad('số, ký hiệu công văn không hợp lệ')
  const dates = { letterDate: get('ngay_van_ban'), asOf: get('tinh_den_ngay'), dueOn: get('han_gui') }
  for (const [field, value] of Object.entries(dates)) {
    if (!isIsoDate(value)) return bad(`ngày "${value}" (${field}) không hợp lệ`)
  }
  const unitId = get('don_vi')
  const unitName = normalizeText(get('don_vi', 1))
  if (!ID.test(unitId) || unitName === '') return bad('đơn vị của phiếu không hợp lệ')
  const token = get('ma_xac_nhan')
  if (!TOKEN.test(token)) return bad('mã xác nhận không hợp lệ')
  if (new Set(recipients.map((r) => r.unitId)).size !== recipients.length) return bad('đơn vị nhận lặp lại')
  if (!recipients.some((r) => r.unitId === unitId))
    return bad('đơn vị của phiếu không có trong danh sách nhận')
  if (new Set(systems.map((s) => s.id)).size !== systems.length) return bad('mã hệ thống lặp lại')
  return {
    ok: true,
    marker: { roundId, letterNo, ...dates, unitId, unitName, token, recipients, systems },
  }
}

import { describe, expect, it } from 'vitest'
import { evaluateRegister } from '../register'
import { ND331_2026, ND85_CT09_2024 } from '../rule-set'
import type { HistoryEntry } from '../types'
import { buildReportSheets } from './build'
import { MAU08_DOTS, mau08Sheet, mau08YearOf } from './mau08'
import { makeSystem, makeUnit } from '../test-support/report-fixture'
import { DEFAULT_REPORT_SETTINGS, type ReportSettings } from './settings'

const unit = makeUnit('u1', 'Sở Tư pháp', 'Khối sở, ban, ngành')
const OWNER = DEFAULT_REPORT_SETTINGS.ownerName

/** The officer exports on `asOf`; Mẫu 08's year is the default one for that day. */
function sheetOn(
  asOf: string,
  systems: ReturnType<typeof makeSystem>[],
  options: {
    history?: HistoryEntry[]
    settings?: ReportSettings
    assessments?: { systemId: string; kind: 'periodic'; date: string }[]
  } = {},
) {
  const assessments = options.assessments ?? []
  const register = evaluateRegister({ units: [unit], systems, assessments }, ND331_2026, asOf)
  const [sheet] = buildReportSheets({
    register,
    ruleSet: ND331_2026,
    asOf,
    sheets: ['mau08'],
    assessments,
    settings: options.settings,
    history: options.history,
  })
  if (!sheet) throw new Error('no sheet')
  return sheet
}

const line = (sheet: { preamble: string[] }, start: string) => sheet.preamble.find((p) => p.startsWith(start))
const APPROVED = '- Tổng số hệ thống thông tin đã được phê duyệt cấp độ:'
const TOTAL = '- Tổng số hệ thống thông tin thuộc phạm vi quản lý:'
const rowOf = (sheet: { rows: { cells: unknown[] }[] }, name: string) =>
  sheet.rows.find((r) => r.cells[1] === name)?.cells

describe('Mẫu 08 report year (Điều 35 khoản 3–4)', () => {
  it('is the year whose period just ended from 15/12 to the year’s end, and the new one from 01/01', () => {
    expect(mau08YearOf('2026-12-14')).toBe(2026)
    expect(mau08YearOf('2026-12-15')).toBe(2026)
    expect(mau08YearOf('2026-12-20')).toBe(2026)
    expect(mau08YearOf('2026-12-25')).toBe(2026)
    expect(mau08YearOf('2026-12-31')).toBe(2026)
    expect(mau08YearOf('2027-01-01')).toBe(2027)
  })

  it('exports the 2026 report on 20/12/2026, and the year the officer picks', () => {
    const register = evaluateRegister(
      { units: [unit], systems: [], assessments: [] },
      ND331_2026,
      '2026-12-20',
    )
    const base = { register, ruleSet: ND331_2026, asOf: '2026-12-20', sheets: ['mau08' as const] }
    expect(buildReportSheets(base)[0]?.subtitles).toEqual([
      'Kỳ báo cáo năm 2026 (từ ngày 15/12/2025 đến ngày 14/12/2026)',
    ])
    expect(buildReportSheets({ ...base, mau08Year: 2025 })[0]?.subtitles).toEqual([
      'Kỳ báo cáo năm 2025 (từ ngày 15/12/2024 đến ngày 14/12/2025)',
    ])
  })

  it('refuses a year whose period has not begun, saying which years can be chosen', () => {
    const register = evaluateRegister(
      { units: [unit], systems: [], assessments: [] },
      ND331_2026,
      '2026-12-14',
    )
    expect(() =>
      buildReportSheets({
        register,
        ruleSet: ND331_2026,
        asOf: '2026-12-14',
        sheets: ['mau08'],
        mau08Year: 2027,
      }),
    ).toThrow('Năm báo cáo Mẫu 08 "2027" không hợp lệ: kỳ báo cáo năm đó chưa bắt đầu vào ngày 14/12/2026')
    // From 15/12 the 2027 period has begun: an officer may prepare it.
    const later = evaluateRegister({ units: [unit], systems: [], assessments: [] }, ND331_2026, '2026-12-15')
    expect(() =>
      buildReportSheets({
        register: later,
        ruleSet: ND331_2026,
        asOf: '2026-12-15',
        sheets: ['mau08'],
        mau08Year: 2027,
      }),
    ).not.toThrow()
  })
})

describe('Mẫu 08 counts the state at the end of 14/12, not the day it is made', () => {
  const approvedOn18 = makeSystem({
    id: 'a',
    name: 'Cổng dịch vụ công',
    unitId: 'u1',
    level: 3,
    systemType: 'public_service',
    dossierState: 'approved',
    submittedOn: '2026-10-01',
    appraisedOn: '2026-11-20',
    approvedOn: '2026-12-18',
    decisionNo: '99/QĐ-UBND',
    approvalIssuer: 'UBND thành phố',
    expectedApprovalOn: '2026-12-31',
  })

  it('counts an approval dated 18/12 as not approved, in part 1 and column (6), in a report made on 20/12', () => {
    const sheet = sheetOn('2026-12-20', [approvedOn18])
    expect(line(sheet, APPROVED)).toBe(`${APPROVED} 0;`)
    expect(line(sheet, '- Tổng số hệ thống thông tin đã được thẩm định')).toMatch(/: 1;$/u)
    const cells = rowOf(sheet, 'Cổng dịch vụ công')
    expect(cells?.[5]).toBe('Đã thẩm định')
    expect(cells?.[6]).toBe('')
    // Not yet approved at the cutoff: column (9) gives the expected approval date.
    expect(cells?.[8]).toEqual({ date: '2026-12-31' })
    // The same register reported on 20/12 for a cutoff after the approval counts it.
    const next = sheetOn('2027-12-20', [approvedOn18])
    expect(line(next, APPROVED)).toBe(`${APPROVED} 1;`)
  })

  it('counts an approval dated 10/12 even when it was entered on 20/12', () => {
    const late = { ...approvedOn18, approvedOn: '2026-12-10' }
    const history: HistoryEntry[] = [
      {
        id: 7,
        entity: 'system',
        entityId: 'a',
        systemId: 'a',
        action: 'transition',
        changes: [
          { field: 'dossierState', from: 'appraised', to: 'approved' },
          { field: 'approvedOn', from: null, to: '2026-12-10' },
          { field: 'decisionNo', from: '', to: '99/QĐ-UBND' },
        ],
        at: '2026-12-20T02:00:00.000Z',
        by: '',
        note: '',
      },
    ]
    const sheet = sheetOn('2026-12-20', [late], { history })
    expect(line(sheet, APPROVED)).toBe(`${APPROVED} 1;`)
    expect(rowOf(sheet, 'Cổng dịch vụ công')?.[6]).toBe('99/QĐ-UBND, ngày 10/12/2026, UBND thành phố')
  })

  it('leaves out a system created after 14/12 unless a dated fact shows it existed by then', () => {
    const typedIn = { createdAt: '2026-12-16T03:00:00.000Z', updatedAt: '2026-12-16T03:00:00.000Z' }
    const created = makeSystem({ id: 'n', name: 'Hệ thống mới', unitId: 'u1', ...typedIn })
    const commissioned = makeSystem({
      id: 'o',
      name: 'Hệ thống cũ nhập sau',
      unitId: 'u1',
      commissionedOn: '2020-01-01',
      ...typedIn,
    })
    const sheet = sheetOn('2026-12-20', [created, commissioned])
    expect(line(sheet, TOTAL)).toBe(`${TOTAL} 1;`)
    expect(rowOf(sheet, 'Hệ thống mới')).toBeUndefined()
    expect(rowOf(sheet, 'Hệ thống cũ nhập sau')).toBeDefined()
    // 14/12 at 23:30 Vietnam time (16:30 UTC) is still 14/12: counted.
    const lastMinute = makeSystem({
      id: 'm',
      name: 'Kịp hạn',
      unitId: 'u1',
      createdAt: '2026-12-14T16:30:00.000Z',
    })
    expect(line(sheetOn('2026-12-20', [lastMinute]), TOTAL)).toBe(`${TOTAL} 1;`)
  })

  it('rewinds fields without a date of their own from the history written after 14/12', () => {
    const classifiedLate = makeSystem({
      id: 'c',
      name: 'Mạng nội bộ',
      unitId: 'u1',
      level: 2,
      systemType: 'internal',
    })
    const history: HistoryEntry[] = [
      {
        id: 3,
        entity: 'system',
        entityId: 'c',
        systemId: 'c',
        action: 'update',
        changes: [
          { field: 'systemType', from: null, to: 'internal' },
          { field: 'level', from: 1, to: 2 },
        ],
        at: '2026-12-17T01:00:00.000Z',
        by: '',
        note: '',
      },
    ]
    const sheet = sheetOn('2026-12-20', [classifiedLate], { history })
    expect(line(sheet, '- Tổng số hệ thống thông tin đã được phân loại')).toMatch(/: 0;$/u)
    expect(rowOf(sheet, 'Mạng nội bộ')?.[4]).toBe(1)
    // Without the history the record's current values are all there is.
    expect(rowOf(sheetOn('2026-12-20', [classifiedLate]), 'Mạng nội bộ')?.[4]).toBe(2)
  })

  it('does not count deployment, security rules or assessments dated after 14/12', () => {
    const s = makeSystem({
      id: 'd',
      name: 'Thư điện tử',
      unitId: 'u1',
      level: 2,
      dossierState: 'approved',
      approvedOn: '2025-05-01',
      deploymentState: 'full',
      deployedOn: '2026-12-16',
      securityRulesNo: '5/QĐ',
      securityRulesOn: '2026-12-15',
    })
    const sheet = sheetOn('2026-12-20', [s], {
      assessments: [{ systemId: 'd', kind: 'periodic', date: '2026-12-17' }],
    })
    const cells = rowOf(sheet, 'Thư điện tử')
    expect(cells?.[7]).toBe('')
    expect(cells?.[9]).toBe('Đã triển khai một số hạng mục')
    expect(cells?.[11]).toBe('')
    expect(line(sheet, '- Tổng số hệ thống thông tin đã phê duyệt cấp độ được kiểm tra')).toMatch(/: 0;$/u)
  })
})

describe('Mẫu 08 part 2: every item for the owner and its security unit, one block per owner', () => {
  const settings: ReportSettings = {
    ...DEFAULT_REPORT_SETTINGS,
    ownerMandate: 'Quyết định số 01/QĐ-UBND ngày 02/01/2025',
    ownerRepresentative: 'Nguyễn Văn A, Chủ tịch',
    ownerAddress: 'Số 18 Hoàng Diệu',
    ownerPhone: '0225 3842 000',
    ownerEmail: 'ubnd@haiphong.gov.vn',
    securityUnitMandate: 'Quyết định số 12/QĐ-UBND ngày 05/03/2025',
    securityUnitRepresentative: 'Trần Thị B, Giám đốc',
    securityUnitAddress: 'Số 3 Lý Tự Trọng',
    securityUnitPhone: '0225 3822 111',
    securityUnitEmail: 'skhcn@haiphong.gov.vn',
  }
  const own = makeSystem({ id: 'x', name: 'Cổng thông tin', unitId: 'u1' })

  it('prints the five items of a) and b), each with its own contact', () => {
    const sheet = sheetOn('2026-12-10', [own], { settings })
    const start = sheet.preamble.indexOf('a) Thông tin về chủ quản hệ thống thông tin:')
    expect(sheet.preamble.slice(start, start + 12)).toEqual([
      'a) Thông tin về chủ quản hệ thống thông tin:',
      `(1) Tên chủ quản hệ thống thông tin: ${OWNER}`,
      '(2) Quy định chức năng, nhiệm vụ và quyền hạn: Quyết định số 01/QĐ-UBND ngày 02/01/2025',
      '(3) Người đại diện, chức vụ: Nguyễn Văn A, Chủ tịch',
      '(4) Địa chỉ liên lạc: Số 18 Hoàng Diệu',
      '(5) Thông tin liên hệ: số điện thoại 0225 3842 000; thư điện tử ubnd@haiphong.gov.vn',
      'b) Thông tin về đơn vị chuyên trách về an ninh mạng:',
      '(1) Tên đơn vị chuyên trách về an ninh mạng: Sở Khoa học và Công nghệ',
      '(2) Quy định chức năng, nhiệm vụ và quyền hạn: Quyết định số 12/QĐ-UBND ngày 05/03/2025',
      '(3) Người đại diện, chức vụ: Trần Thị B, Giám đốc',
      '(4) Địa chỉ liên lạc: Số 3 Lý Tự Trọng',
      '(5) Thông tin liên hệ: số điện thoại 0225 3822 111; thư điện tử skhcn@haiphong.gov.vn',
    ])
  })

  it('leaves the owner’s mandate empty when it has none, and dots what Settings does not hold', () => {
    const sheet = sheetOn('2026-12-10', [own])
    expect(sheet.preamble).toContain('(2) Quy định chức năng, nhiệm vụ và quyền hạn: ')
    expect(sheet.preamble).toContain(`(2) Quy định chức năng, nhiệm vụ và quyền hạn: ${MAU08_DOTS}`)
    expect(sheet.preamble).toContain(`(3) Người đại diện, chức vụ: ${MAU08_DOTS}`)
  })

  it('adds a block for each other owner of the reported systems, by name, the rest dotted', () => {
    const other = makeSystem({ id: 'y', name: 'Hệ thống y tế', unitId: 'u1', owner: 'Sở Y tế' })
    const same = makeSystem({
      id: 'z',
      name: 'Hệ thống khác',
      unitId: 'u1',
      owner: ' ủy ban nhân dân  thành phố Hải Phòng',
    })
    const sheet = sheetOn('2026-12-10', [own, other, same], { settings })
    expect(sheet.preamble.filter((p) => /^2\.\d/u.test(p))).toEqual([
      `2.1. Chủ quản hệ thống thông tin thứ 1: ${OWNER}`,
      '2.2. Chủ quản hệ thống thông tin thứ 2: Sở Y tế',
    ])
    const second = sheet.preamble.indexOf('2.2. Chủ quản hệ thống thông tin thứ 2: Sở Y tế')
    expect(sheet.preamble.slice(second + 1, second + 13)).toEqual([
      'a) Thông tin về chủ quản hệ thống thông tin:',
      '(1) Tên chủ quản hệ thống thông tin: Sở Y tế',
      `(2) Quy định chức năng, nhiệm vụ và quyền hạn: ${MAU08_DOTS}`,
      `(3) Người đại diện, chức vụ: ${MAU08_DOTS}`,
      `(4) Địa chỉ liên lạc: ${MAU08_DOTS}`,
      `(5) Thông tin liên hệ: số điện thoại ${MAU08_DOTS}; thư điện tử ${MAU08_DOTS}`,
      'b) Thông tin về đơn vị chuyên trách về an ninh mạng:',
      `(1) Tên đơn vị chuyên trách về an ninh mạng: ${MAU08_DOTS}`,
      `(2) Quy định chức năng, nhiệm vụ và quyền hạn: ${MAU08_DOTS}`,
      `(3) Người đại diện, chức vụ: ${MAU08_DOTS}`,
      `(4) Địa chỉ liên lạc: ${MAU08_DOTS}`,
      `(5) Thông tin liên hệ: số điện thoại ${MAU08_DOTS}; thư điện tử ${MAU08_DOTS}`,
    ])
  })
})

describe('Mẫu 08 note on "định kỳ theo quy định"', () => {
  it('says under Decree 331 that the interval is the province’s own', () => {
    const sheet = mau08Sheet({
      register: evaluateRegister({ units: [], systems: [], assessments: [] }, ND331_2026, '2026-12-10'),
      assessments: [],
      settings: DEFAULT_REPORT_SETTINGS,
      year: 2026,
      ruleSet: ND331_2026,
    })
    const at = sheet.preamble.findIndex((p) => p.startsWith('Ghi chú:'))
    expect(sheet.preamble[at - 1]).toMatch(/^- Dự kiến thời gian hoàn thành/u)
    expect(sheet.preamble[at]).toBe(
      'Ghi chú: "định kỳ" tính theo chu kỳ do tỉnh tự đặt (cấp độ 1: 24, cấp độ 2: 24, cấp độ 3: 12, cấp độ 4: 12, cấp độ 5: 6 tháng); Nghị định 331/2026/NĐ-CP không quy định chu kỳ (Điều 28 khoản 5 điểm a: "định kỳ theo cấp độ hệ thống thông tin và mức độ rủi ro an ninh mạng").',
    )
  })

  it('names Decree 85’s intervals under the Decree 85 rule set', () => {
    const sheet = mau08Sheet({
      register: evaluateRegister({ units: [], systems: [], assessments: [] }, ND85_CT09_2024, '2026-12-10'),
      assessments: [],
      settings: DEFAULT_REPORT_SETTINGS,
      year: 2026,
      ruleSet: ND85_CT09_2024,
    })
    expect(sheet.preamble.find((p) => p.startsWith('Ghi chú:'))).toContain(
      'Nghị định 85/2016/NĐ-CP Điều 20 khoản 2 điểm c',
    )
  })
})

import { describe, expect, it } from 'vitest'
import { evaluateRegister } from '../register'
import { ND331_2026 } from '../rule-set'
import type { Assessment } from '../types'
import { assessmentCell, mau08Letter, mau08Period, mau08Sheet, mau08Totals, mau08YearOf } from './mau08'
import { MAU08_FORM_TITLES } from '../test-support/mau08-fixture'
import { makeSystem, makeUnit } from '../test-support/report-fixture'
import { DEFAULT_REPORT_SETTINGS } from './settings'

const AS_OF = '2026-12-10'
const unit = makeUnit('u1', 'Sở Tư pháp', 'Khối sở, ban, ngành')

const systems = [
  makeSystem({
    id: 's1',
    name: 'Cổng dịch vụ công',
    unitId: 'u1',
    level: 3,
    systemType: 'public_service',
    dossierState: 'approved',
    approvedOn: '2024-08-20',
    decisionNo: '1234/QĐ-UBND',
    approvalIssuer: 'UBND thành phố Hải Phòng',
    securityRulesNo: '56/QĐ-STP',
    securityRulesOn: '2024-08-01',
    securityRulesIssuer: 'Sở Tư pháp',
    deploymentState: 'full',
    deployedOn: '2024-12-01',
  }),
  makeSystem({
    id: 's2',
    name: 'Hệ thống quản lý văn bản',
    unitId: 'u1',
    level: 2,
    systemType: 'internal',
    dossierState: 'submitted',
    expectedApprovalOn: '2027-03-31',
    deploymentState: 'partial',
    expectedDeploymentOn: '2027-06-30',
  }),
  makeSystem({
    id: 's3',
    name: 'Mạng nội bộ',
    unitId: 'u1',
    dossierState: 'drafting',
    expectedApprovalOn: '2027-05-15',
  }),
  makeSystem({ id: 's4', name: 'Thư điện tử', unitId: 'u1' }),
]
const assessments: Pick<Assessment, 'systemId' | 'kind' | 'date'>[] = [
  { systemId: 's1', kind: 'pre_operation', date: '2024-07-01' },
  { systemId: 's1', kind: 'periodic', date: '2026-06-01' },
  { systemId: 's2', kind: 'ad_hoc', date: '2026-05-01' },
]
const register = evaluateRegister({ units: [unit], systems, assessments }, ND331_2026, AS_OF)
const sheet = mau08Sheet({
  register,
  assessments,
  settings: DEFAULT_REPORT_SETTINGS,
  year: 2026,
  ruleSet: ND331_2026,
})

describe('Mẫu 08 of Decree 331', () => {
  it('covers the data period 15/12 of the year before to 14/12', () => {
    expect(mau08Period(2026, ND331_2026.report)).toEqual({
      year: 2026,
      start: '2025-12-15',
      end: '2026-12-14',
    })
    expect(mau08YearOf('2026-12-14')).toBe(2026)
    expect(mau08YearOf('2026-12-15')).toBe(2026)
    expect(sheet.subtitles).toEqual(['Kỳ báo cáo năm 2026 (từ ngày 15/12/2025 đến ngày 14/12/2026)'])
  })

  it('counts part 1’s seven totals', () => {
    expect(mau08Totals(register)).toEqual({
      systems: 4,
      classified: 2,
      withDossier: 3,
      appraised: 1,
      approved: 1,
      approvedAssessed: 1,
      expectedAllApprovedOn: '2027-05-15',
    })
    expect(sheet.preamble).toContain('- Tổng số hệ thống thông tin đã xây dựng hồ sơ đề xuất cấp độ: 3;')
    expect(sheet.preamble).toContain(
      '- Dự kiến thời gian hoàn thành phê duyệt đề xuất cấp độ hệ thống thông tin đối với tất cả các hệ thống thông tin thuộc phạm vi quản lý: 15/05/2027.',
    )
  })

  it('fills part 2 from the report settings', () => {
    expect(sheet.preamble).toContain(
      '(1) Tên chủ quản hệ thống thông tin: Ủy ban nhân dân thành phố Hải Phòng',
    )
    expect(sheet.preamble).toContain('(1) Tên đơn vị chuyên trách về an ninh mạng: Sở Khoa học và Công nghệ')
    expect(sheet.preamble[sheet.preamble.length - 1]).toBe(
      '3. Thông tin chi tiết về các hệ thống thông tin thuộc phạm vi quản lý',
    )
  })

  it('has the twelve columns of part 3, titled as in the form, numbered (1)–(12)', () => {
    expect(sheet.columns.map((c) => c.header)).toEqual(MAU08_FORM_TITLES)
    expect(sheet.rows[0]?.cells).toEqual([
      '(1)',
      '(2)',
      '(3)',
      '(4)',
      '(5)',
      '(6)',
      '(7)',
      '(8)',
      '(9)',
      '(10)',
      '(11)',
      '(12)',
    ])
  })

  it('writes each system in the form’s own words', () => {
    const byName = new Map(sheet.rows.slice(1).map((r) => [r.cells[1], r.cells]))
    expect(byName.get('Cổng dịch vụ công')?.slice(2)).toEqual([
      'Ủy ban nhân dân thành phố Hải Phòng',
      'Sở Tư pháp',
      3,
      'Đã được phê duyệt',
      '1234/QĐ-UBND, ngày 20/08/2024, UBND thành phố Hải Phòng',
      '56/QĐ-STP, ngày 01/08/2024, Sở Tư pháp',
      null,
      'Đã triển khai đầy đủ',
      null,
      'Trước khi đưa vào sử dụng; Định kỳ',
    ])
    expect(byName.get('Hệ thống quản lý văn bản')?.slice(5)).toEqual([
      'Đã gửi thẩm định',
      '',
      '',
      { date: '2027-03-31' },
      'Đã triển khai một số hạng mục',
      { date: '2027-06-30' },
      '',
    ])
    expect(byName.get('Mạng nội bộ')?.[5]).toBe('Đang dự thảo')
    expect(byName.get('Thư điện tử')?.[9]).toBe('Chưa triển khai')
  })

  it('leaves column (12) empty for ad hoc assessments and ones after the period', () => {
    expect(assessmentCell('s2', assessments, '2026-12-14')).toBe('')
    expect(assessmentCell('s1', assessments, '2025-01-01')).toBe('Trước khi đưa vào sử dụng')
  })

  it('leaves the number, the addressee and the addresses to fill in by hand when Settings has none', () => {
    expect(sheet.letter).toEqual({
      number: 'Số: ......',
      subject: 'V/v kết quả công tác bảo đảm an ninh mạng hệ thống thông tin',
      addressees: ['..............................................'],
    })
    expect(sheet.preamble.filter((p) => p.startsWith('(4)'))).toEqual([
      '(4) Địa chỉ liên lạc: ..............................',
      '(4) Địa chỉ liên lạc: ..............................',
    ])
  })

  it('prints the addressees, the letter’s symbol and both addresses from Settings', () => {
    const settings = {
      ...DEFAULT_REPORT_SETTINGS,
      addressees: ['Công an thành phố Hải Phòng', 'Sở Khoa học và Công nghệ'],
      documentSymbol: 'bc-skhcn',
      ownerAddress: 'Số 18 Hoàng Diệu, thành phố Hải Phòng',
      securityUnitAddress: 'Số 3 Lý Tự Trọng, thành phố Hải Phòng',
    }
    expect(mau08Letter(settings)).toMatchObject({
      number: 'Số: ....../BC-SKHCN',
      addressees: ['- Công an thành phố Hải Phòng;', '- Sở Khoa học và Công nghệ.'],
    })
    const filled = mau08Sheet({ register, assessments, settings, year: 2026, ruleSet: ND331_2026 })
    expect(filled.preamble.filter((p) => p.startsWith('(4)'))).toEqual([
      '(4) Địa chỉ liên lạc: Số 18 Hoàng Diệu, thành phố Hải Phòng',
      '(4) Địa chỉ liên lạc: Số 3 Lý Tự Trọng, thành phố Hải Phòng',
    ])
  })

  it('shows the empty-table text for a register with no systems', () => {
    const empty = evaluateRegister({ units: [], systems: [], assessments: [] }, ND331_2026, AS_OF)
    const s = mau08Sheet({
      register: empty,
      assessments: [],
      settings: DEFAULT_REPORT_SETTINGS,
      year: 2026,
      ruleSet: ND331_2026,
    })
    expect(s.rows).toEqual([])
    expect(s.preamble).toContain('- Tổng số hệ thống thông tin thuộc phạm vi quản lý: 0;')
  })
})

describe('Mẫu 08 and a system being re-determined', () => {
  const redetermined = makeSystem({
    id: 'r',
    name: 'Cổng thông tin điện tử',
    unitId: 'u1',
    level: 3,
    systemType: 'public_service',
    dossierState: 'revising',
    approvedOn: '2024-08-20',
    decisionNo: '1234/QĐ-UBND',
    approvalIssuer: 'UBND thành phố Hải Phòng',
  })
  const resubmitted = {
    ...redetermined,
    id: 'r2',
    name: 'Cổng dịch vụ công',
    dossierState: 'submitted' as const,
  }
  const reg = evaluateRegister(
    { units: [unit], systems: [redetermined, resubmitted], assessments: [] },
    ND331_2026,
    AS_OF,
  )
  const form = mau08Sheet({
    register: reg,
    assessments: [],
    settings: DEFAULT_REPORT_SETTINGS,
    year: 2026,
    ruleSet: ND331_2026,
  })

  it('counts it as approved (and appraised) in part 1', () => {
    expect(mau08Totals(reg)).toMatchObject({ systems: 2, withDossier: 2, appraised: 2, approved: 2 })
    expect(form.preamble).toContain('- Tổng số hệ thống thông tin đã được phê duyệt cấp độ: 2;')
  })

  it('writes "Đã được phê duyệt" and the decision in force in columns (6) and (7)', () => {
    for (const row of form.rows.slice(1)) {
      expect(row.cells.slice(5, 9)).toEqual([
        'Đã được phê duyệt',
        '1234/QĐ-UBND, ngày 20/08/2024, UBND thành phố Hải Phòng',
        '',
        null,
      ])
    }
  })
})

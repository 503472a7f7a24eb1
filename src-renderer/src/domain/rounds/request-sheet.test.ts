import { describe, expect, it } from 'vitest'
import { REQUEST_COLUMNS, requestFileName } from './request-sheet'
import { planRequests } from './requests'
import { BUILD, HEALTH, PORTAL, sampleRegister, sampleRound } from './test-support'

describe('the requests of a round', () => {
  it('one per recipient, named after the unit, listing its systems in its marker', () => {
    const requests = planRequests(sampleRound(), sampleRegister())
    expect(requests.map((r) => [r.fileName, r.marker.unitId, r.marker.systems.map((s) => s.name)])).toEqual([
      ['Phiếu - Sở Y tế.xlsx', HEALTH.id, ['Cổng thông tin Sở Y tế', 'Phần mềm quản lý bệnh viện']],
      ['Phiếu - Sở Xây dựng.xlsx', BUILD.id, ['Hệ thống GIS xây dựng']],
    ])
    expect(requests[0].marker.recipients.map((r) => r.unitName)).toEqual(['Sở Y tế', 'Sở Xây dựng'])
  })

  it('a prefilled row shows the register as it is: dates as dates, states in the words of the dropdowns', () => {
    const [health] = planRequests(sampleRound(), sampleRegister())
    const cell = (header: string) => health.rows[0][REQUEST_COLUMNS.findIndex((c) => c.header === header)]
    expect(cell('Mã hệ thống')).toBe(PORTAL.id)
    expect(cell('Cấp độ đề xuất')).toBe(3)
    expect(cell('Tình trạng hồ sơ')).toBe('Đã phê duyệt')
    expect(cell('Ngày phê duyệt')).toEqual({ date: '2024-03-15' })
    expect(cell('Triển khai phương án bảo đảm ATTT')).toBe('Chưa triển khai')
    expect(cell('Ngày kiểm tra, đánh giá gần nhất')).toEqual({ date: '2025-06-01' })
    expect(cell('Hình thức kiểm tra, đánh giá gần nhất')).toBe('Định kỳ')
  })

  it('file names drop what file systems refuse and never collide', () => {
    const taken = new Set<string>()
    expect(requestFileName('UBND xã A/B: "Cát Hải"', taken)).toBe('Phiếu - UBND xã A-B- -Cát Hải-.xlsx')
    expect(requestFileName('UBND xã A\\B: "Cát Hải"', taken)).toBe('Phiếu - UBND xã A-B- -Cát Hải- (2).xlsx')
    expect(requestFileName('Sở\u0000 Y tế…'.repeat(40), taken).length).toBeLessThanOrEqual(125)
  })
})

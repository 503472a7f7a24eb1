import { describe, expect, it } from 'vitest'
import { columnLetter, columnOptionLabel, describeChange, formatImportValue } from './format-change'

describe('showing a planned change', () => {
  it('names fields and values in the words of the register', () => {
    expect(describeChange({ field: 'level', from: 2, to: 3 })).toBe('Cấp độ: Cấp độ 2 → Cấp độ 3')
    expect(describeChange({ field: 'dossierState', from: 'drafting', to: 'approved' })).toBe(
      'Tình trạng hồ sơ: Đang xây dựng → Đã phê duyệt',
    )
    expect(describeChange({ field: 'approvedOn', from: null, to: '2024-03-15' })).toBe(
      'Ngày phê duyệt: (trống) → 15/03/2024',
    )
    expect(describeChange({ field: 'unit', from: 'Sở Tư pháp', to: 'Sở Nội vụ' })).toBe(
      'Đơn vị quản lý, vận hành: Sở Tư pháp → Sở Nội vụ',
    )
    expect(describeChange({ field: 'name', from: 'Một cửa', to: 'Một cửa liên thông' })).toBe(
      'Tên hệ thống: Một cửa → Một cửa liên thông',
    )
  })

  it('tells a new last-assessment date as an assessment to add', () => {
    expect(describeChange({ field: 'lastAssessedOn', from: null, to: '2026-04-01' })).toBe(
      'Kiểm tra, đánh giá: thêm lần kiểm tra, đánh giá ngày 01/04/2026 (chưa rõ hình thức)',
    )
  })

  it('shows an unknown level, an empty list and the information types by their labels', () => {
    expect(formatImportValue('level', null)).toBe('(trống)')
    expect(formatImportValue('informationTypes', [])).toBe('(trống)')
    expect(formatImportValue('informationTypes', ['public', 'personal'])).toBe(
      'Thông tin công cộng, Thông tin cá nhân',
    )
    expect(formatImportValue('deploymentState', 'partial')).toBe('Đã triển khai một số hạng mục')
  })
})

describe('naming a column of the file', () => {
  it('uses the letters Excel shows', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ])
    expect(columnOptionLabel(2, 'Nơi quản lý')).toBe('C · Nơi quản lý')
  })
})

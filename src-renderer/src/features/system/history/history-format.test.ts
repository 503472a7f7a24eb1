import { describe, expect, it } from 'vitest'
import {
  formatAction,
  formatBy,
  formatChange,
  formatValue,
  formatViDateTime,
  type HistoryNames,
} from './history-format'

const names: HistoryNames = {
  unitName: (id) => (id === 'u1' ? 'Sở Y tế' : undefined),
  ruleSetName: (id) =>
    id === 'ND85-CT09-2024' ? 'Nghị định 85/2016/NĐ-CP, Chỉ thị 09/CT-TTg (2024)' : undefined,
}

describe('a history entry in words', () => {
  it('shows a changed field with its Vietnamese label, old → new', () => {
    expect(formatChange({ field: 'level', from: 2, to: 3 }, names)).toBe('Cấp độ: Cấp độ 2 → Cấp độ 3')
    expect(formatChange({ field: 'dossierState', from: 'appraised', to: 'approved' }, names)).toBe(
      'Tình trạng hồ sơ: Đã có ý kiến thẩm định → Đã phê duyệt',
    )
  })

  it('shows a field set for the first time as its label and value', () => {
    expect(formatChange({ field: 'decisionNo', from: '', to: '1234/QĐ-UBND' }, names)).toBe(
      'Số quyết định phê duyệt: 1234/QĐ-UBND',
    )
    expect(formatChange({ field: 'approvedOn', from: null, to: '2026-11-20' }, names)).toBe(
      'Ngày phê duyệt: 20/11/2026',
    )
  })

  it('says a cleared value is empty', () => {
    expect(formatChange({ field: 'submittedOn', from: '2024-07-01', to: null }, names)).toBe(
      'Ngày trình thẩm định: 01/07/2024 → (trống)',
    )
  })

  it('names units, rule sets, kinds and lists instead of showing their codes', () => {
    expect(formatValue('unitId', 'u1', names)).toBe('Sở Y tế')
    expect(formatValue('unitId', 'gone', names)).toBe('gone')
    expect(formatValue('approvalRuleSetId', 'ND85-CT09-2024', names)).toContain('Nghị định 85/2016')
    expect(formatValue('kind', 'periodic', names)).toBe('Định kỳ')
    expect(formatValue('informationTypes', ['public', 'personal'], names)).toBe(
      'Thông tin công cộng, Thông tin cá nhân',
    )
    expect(formatValue('level', null, names)).toBe('(trống)')
  })

  it('tells a saved level justification and the ticked dossier parts in words', () => {
    const justification = { suggestedLevel: 3, regime: 'ND331', madeOn: '2026-12-02', text: '…' }
    expect(formatChange({ field: 'levelJustification', from: null, to: justification }, names)).toBe(
      'Thuyết minh đề xuất cấp độ: Cấp độ 3 theo Nghị định 331/2026/NĐ-CP (02/12/2026)',
    )
    expect(
      formatChange(
        {
          field: 'dossierChecklist',
          from: [{ part: 'description', on: null }],
          to: [
            { part: 'description', on: null },
            { part: 'security_rules', on: '2026-11-30' },
          ],
        },
        names,
      ),
    ).toBe(
      'Thành phần hồ sơ đã có: Tài liệu mô tả, thuyết minh tổng quan về hệ thống thông tin → ' +
        'Tài liệu mô tả, thuyết minh tổng quan về hệ thống thông tin; ' +
        'Quy chế bảo đảm an ninh mạng của hệ thống, ban hành trước khi phê duyệt (30/11/2026)',
    )
  })

  it('says when a ticked part was linked to an attachment', () => {
    expect(
      formatChange(
        {
          field: 'dossierChecklist',
          from: [{ part: 'description', on: '2026-11-30' }],
          to: [{ part: 'description', on: '2026-11-30', fileId: 'att-1' }],
        },
        names,
      ),
    ).toBe(
      'Thành phần hồ sơ đã có: Tài liệu mô tả, thuyết minh tổng quan về hệ thống thông tin (30/11/2026) → ' +
        'Tài liệu mô tả, thuyết minh tổng quan về hệ thống thông tin (30/11/2026, có tệp đính kèm)',
    )
  })

  it('keeps a name that looks like a date as written', () => {
    expect(formatValue('name', '2024-01-01', names)).toBe('2024-01-01')
  })

  it('names the action, a dossier step by its note', () => {
    expect(formatAction({ entity: 'system', action: 'create', note: '' })).toBe('Tạo hệ thống')
    expect(formatAction({ entity: 'assessment', action: 'create', note: '' })).toBe(
      'Thêm lần kiểm tra, đánh giá',
    )
    expect(formatAction({ entity: 'system', action: 'transition', note: 'Phê duyệt' })).toBe('Phê duyệt')
  })

  it('writes the time in Vietnam time, dd/mm/yyyy HH:mm', () => {
    expect(formatViDateTime('2026-11-22T17:05:00.000Z')).toBe('23/11/2026 00:05')
  })

  it('says a change made on this machine when nobody is named', () => {
    expect(formatBy({ by: '' })).toBe('Trên máy này')
    expect(formatBy({ by: 'Nhập Excel' })).toBe('Nhập Excel')
  })

  it('names the officer of Settings, after the source of a change that came from elsewhere', () => {
    expect(formatBy({ by: '', officer: 'Nguyễn Văn An — chuyên viên' })).toBe('Nguyễn Văn An — chuyên viên')
    expect(formatBy({ by: 'Nhập Excel: so-theo-doi.xlsx', officer: 'Nguyễn Văn An' })).toBe(
      'Nhập Excel: so-theo-doi.xlsx; người ghi nhận: Nguyễn Văn An',
    )
    expect(formatBy({ by: 'Sở Y tế', officer: '  ' })).toBe('Sở Y tế')
  })
})

import { describe, expect, it } from 'vitest'
import { ND85_CT09_2024 } from '../rule-set'
import { FIXTURE_AS_OF, fixtureRegister } from '../test-support/report-fixture'
import { upcomingLines, upcomingSheet } from './upcoming'

const register = fixtureRegister()

describe('Sắp đến hạn: assessments due within the window, soonest first', () => {
  it('lists the assessments due within 30 days, soonest first', () => {
    expect(upcomingLines(register, FIXTURE_AS_OF).map((l) => [l.row.system.id, l.due, l.daysLeft])).toEqual([
      ['sys-0006', '2026-12-05', 12],
      ['sys-0004', '2026-12-10', 17],
    ])
  })

  it('leaves out overdue assessments and those further away', () => {
    const ids = upcomingLines(register, FIXTURE_AS_OF).map((l) => l.row.system.id)
    expect(ids).not.toContain('sys-0008')
    expect(ids).not.toContain('sys-0001')
  })

  it('shows the last assessment, the due date and the days left', () => {
    const sheet = upcomingSheet(register, ND85_CT09_2024, FIXTURE_AS_OF)
    expect(sheet.rows.map((r) => r.cells)).toEqual([
      [
        1,
        'Ứng dụng quản lý hộ tịch',
        'Ủy ban nhân dân phường Hồng Bàng',
        5,
        { date: '2026-06-05' },
        { date: '2026-12-05' },
        12,
      ],
      [2, 'Hệ thống một cửa điện tử', 'Sở Tài chính', 4, null, { date: '2026-12-10' }, 17],
    ])
    expect(sheet.subtitles).toEqual([
      'Tính đến ngày 23/11/2026',
      '(hạn kiểm tra, đánh giá trong 30 ngày tới)',
    ])
  })
})

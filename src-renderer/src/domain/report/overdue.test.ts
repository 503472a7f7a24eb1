import { describe, expect, it } from 'vitest'
import { UNKNOWN_UNIT } from '../register'
import { overdueLines, overdueSheet } from './overdue'
import { FIXTURE_AS_OF, fixtureRegister } from '../test-support/report-fixture'

const register = fixtureRegister()

describe('Quá hạn: what is overdue and since when', () => {
  it('lists only the systems with an overdue approval, deployment or assessment', () => {
    expect(overdueLines(register, FIXTURE_AS_OF).map((l) => l.row.system.id)).toEqual([
      'sys-0003',
      'sys-0002',
      'sys-0007',
      'sys-0008',
    ])
  })

  it('gives the due date of each overdue obligation and the days past it', () => {
    const [s3, s2, , s8] = overdueLines(register, FIXTURE_AS_OF)
    // 30/09/2024 → 23/11/2026 is 784 days; 31/12/2024 → 692; 01/08/2025 → 479; 20/11/2026 → 3.
    expect(s3.approval).toEqual({ due: '2024-09-30', daysOverdue: 784 })
    expect(s3.deployment).toEqual({ due: '2024-12-31', daysOverdue: 692 })
    expect(s3.assessment).toBeNull()
    expect(s2.approval).toBeNull()
    expect(s2.assessment).toEqual({ due: '2025-08-01', daysOverdue: 479 })
    expect(s8.assessment).toEqual({ due: '2026-11-20', daysOverdue: 3 })
  })

  it('leaves the cells of an obligation that is not overdue empty', () => {
    const sheet = overdueSheet(register, FIXTURE_AS_OF)
    expect(sheet.rows[1].cells).toEqual([
      2,
      'Hệ thống quản lý văn bản và điều hành',
      'Sở Y tế',
      3,
      null,
      null,
      { date: '2024-12-31' },
      692,
      { date: '2025-08-01' },
      479,
    ])
    expect(sheet.rows[3].cells[2]).toBe(UNKNOWN_UNIT)
  })

  it('says so when nothing is overdue', () => {
    const sheet = overdueSheet(fixtureRegister('2024-01-01'), '2024-01-01')
    expect(sheet.rows).toEqual([])
    expect(sheet.emptyText).toBe('Không có hệ thống thông tin nào quá hạn.')
  })
})

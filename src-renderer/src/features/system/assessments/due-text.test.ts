import { describe, expect, it } from 'vitest'
import { nextDueText } from './due-text'

describe('the next assessment due date as the page says it', () => {
  it('counts the days left until the due date', () => {
    expect(nextDueText('2027-03-15', 3, '2026-11-23')).toBe(
      'Hạn kiểm tra, đánh giá tiếp theo: 15/03/2027 (còn 112 ngày)',
    )
  })

  it('says the due date itself is today, not overdue', () => {
    expect(nextDueText('2026-11-23', 3, '2026-11-23')).toBe(
      'Hạn kiểm tra, đánh giá tiếp theo: 23/11/2026 (đến hạn hôm nay)',
    )
  })

  it('counts the days past the due date', () => {
    expect(nextDueText('2026-11-20', 5, '2026-11-23')).toBe(
      'Hạn kiểm tra, đánh giá tiếp theo: 20/11/2026 (quá hạn 3 ngày)',
    )
  })

  it('writes a count past a thousand the Vietnamese way, as every other screen does ("1.005 ngày")', () => {
    expect(nextDueText('2024-02-22', 3, '2026-11-23')).toBe(
      'Hạn kiểm tra, đánh giá tiếp theo: 22/02/2024 (quá hạn 1.005 ngày)',
    )
  })

  it('explains why there is no due date: no level, or nothing to count from', () => {
    expect(nextDueText(null, null, '2026-11-23')).toBe(
      'Chưa tính được hạn kiểm tra, đánh giá: hệ thống chưa xác định cấp độ.',
    )
    expect(nextDueText(null, 2, '2026-11-23')).toContain('chưa có ngày phê duyệt cấp độ')
  })
})

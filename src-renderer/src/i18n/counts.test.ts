/**
 * Every count the screens write goes through formatCount (issue #18: "1.234", never "1234" on one
 * screen and "1.234" on another). One case per string that can hold a count past 999.
 */
import { describe, expect, it } from 'vitest'
import { recipientStatusLabel } from '../domain/rounds/round'
import { exchangeText } from './exchange'
import { registerText } from './register'
import { roundsText } from './rounds'
import { vi } from './vi'

describe('counts in Vietnamese notation', () => {
  it('the dashboard tile "sắp đến hạn" window', () => {
    expect(vi.dashboard.withinDays(1234)).toBe('trong 1.234 ngày tới')
  })

  it('the register filter of many units chosen', () => {
    expect(registerText.filters.chosen('Đơn vị', 1234)).toBe('Đơn vị: 1.234 mục')
  })

  it('the exchange: conflicts, those left, and what was taken in', () => {
    expect(exchangeText.conflictsTitle(1234)).toBe('Xung đột cần xử lý (1.234)')
    expect(exchangeText.conflictsLeft(1234)).toBe('Còn 1.234 xung đột chưa chọn cách xử lý.')
    expect(exchangeText.conflictsLeftReason(1234)).toMatch(/^Còn 1\.234 xung đột chưa chọn cách xử lý: /)
    expect(exchangeText.applied(1234, 20000, 1005)).toBe(
      'Đã nhận dữ liệu: thêm 1.234, cập nhật 20.000, xóa 1.005 bản ghi. Mỗi thay đổi được ghi vào lịch sử kèm đơn vị gửi.',
    )
  })

  it('the rounds: progress, units chosen, requests made and saved, the summary line', () => {
    expect(roundsText.progress(1234, 5000)).toBe('1.234/5.000')
    expect(roundsText.form.chosen(1234)).toBe('Đã chọn 1.234 đơn vị')
    expect(roundsText.making(1234, 5000)).toBe('Đang tạo phiếu 1.234/5.000…')
    expect(roundsText.requestsSaved(1234, 'phieu.zip')).toBe('Đã lưu 1.234 phiếu vào phieu.zip.')
    expect(roundsText.summary(1234, 1005, 2000)).toBe('Đã báo cáo 1.234 · Quá hạn 1.005 · Đang chờ 2.000')
  })

  it('a unit late with its reply by more than 999 days', () => {
    expect(recipientStatusLabel({ kind: 'late', daysLate: 1234 })).toBe('Quá hạn 1.234 ngày, chưa báo cáo')
  })
})

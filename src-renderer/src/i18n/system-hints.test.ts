import { describe, expect, it } from 'vitest'
import { systemText } from './system'

describe('the hint of "Ngày bắt đầu đầu tư, xây dựng"', () => {
  const hint = systemText.hints.investmentStartedOn

  it('quotes Decree 331, Điều 39 khoản 1 word for word', () => {
    expect(hint).toContain(
      '“Đối với hệ thống thông tin đang trong quá trình đầu tư, xây dựng trước ngày 01 tháng 7 năm 2026, trong thời hạn 06 tháng kể từ ngày Luật An ninh mạng số 116/2025/QH15 có hiệu lực thi hành,',
    )
    expect(hint).toContain('Nghị định 331/2026/NĐ-CP, Điều 39 khoản 1')
  })

  it('adds no condition the decree does not state, and no deadline written in the text', () => {
    expect(hint).not.toContain('chưa đưa vào vận hành')
    expect(hint).not.toMatch(/01\/01\/2027|01\/07\/2027/)
  })
})

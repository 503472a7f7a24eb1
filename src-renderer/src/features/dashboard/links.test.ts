import { describe, expect, it } from 'vitest'
import { COUNTER_FILTER, registerLink } from './links'

describe('dashboard links', () => {
  it('each counter opens the register filtered to what it counts', () => {
    expect(registerLink(COUNTER_FILTER.systems)).toBe('/register')
    expect(registerLink(COUNTER_FILTER.approvalOverdue)).toBe('/register?approval=overdue')
    expect(registerLink(COUNTER_FILTER.assessmentDueSoon)).toBe('/register?assessment=due_soon')
    expect(registerLink(COUNTER_FILTER.missingLevel)).toBe('/register?level=unknown')
  })

  it('a block bar keeps the block name intact in the link', () => {
    expect(registerLink({ blocks: ['Khối các cơ quan Đảng thành phố'], approval: ['overdue'] })).toBe(
      '/register?block=Kh%E1%BB%91i+c%C3%A1c+c%C6%A1+quan+%C4%90%E1%BA%A3ng+th%C3%A0nh+ph%E1%BB%91&approval=overdue',
    )
  })
})

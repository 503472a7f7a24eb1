// @vitest-environment jsdom
import { render, screen } from '@testing-library/react'
import { MemoryRouter } from 'react-router'
import { describe, expect, it } from 'vitest'
import { evaluateSystem } from '../../domain/evaluate'
import { constructionTransitionOf } from '../../domain/law/regime'
import type { EvaluatedSystem } from '../../domain/register'
import { ND331_2026 } from '../../domain/rule-set'
import type { SystemRecord } from '../../domain/types'
import { TransitionCard } from './TransitionCard'

const rule = constructionTransitionOf(ND331_2026)
/** A system still being built on 01/7/2026, not approved yet. */
const building = {
  level: 3,
  dossierState: 'drafting',
  approvedOn: null,
  deploymentState: 'none',
  deployedOn: null,
  commissionedOn: null,
  investmentStartedOn: '2026-03-01',
} as const

function renderCard(asOf: string, dueSoonDays: number) {
  const rules = { ...ND331_2026, dueSoonDays }
  const row = {
    system: building as unknown as SystemRecord,
    evaluation: evaluateSystem(building, null, rules, asOf),
  }
  render(
    <MemoryRouter>
      <TransitionCard
        rows={[row as unknown as EvaluatedSystem]}
        rule={rule}
        asOf={asOf}
        dueSoonDays={dueSoonDays}
      />
    </MemoryRouter>,
  )
  return screen.getByTestId('transition-approval').querySelector('.ant-tag')
}

describe('the dashboard’s Điều 39 khoản 1 card', () => {
  it('warns of a deadline within the rule set’s due-soon window, to its last day, as the reminders do', () => {
    expect(rule?.approveBy).toBe('2027-01-01')
    // 60 days before 01/01/2027 is 02/11/2026: inside a 60-day window, outside a 59-day one.
    expect(renderCard('2026-11-02', 60)?.className).toContain('ant-tag-warning')
  })

  it('does not warn outside the window', () => {
    expect(renderCard('2026-11-02', 59)?.className).not.toContain('ant-tag-warning')
  })

  it('says which systems it counts, and that "not yet operating" is the app’s reading, not the decree’s words', () => {
    renderCard('2026-11-02', 30)
    const text = screen.getByText(/hệ thống có ngày bắt đầu đầu tư, xây dựng trước/u).textContent ?? ''
    expect(text).toMatch(
      /^1 hệ thống có ngày bắt đầu đầu tư, xây dựng trước 01\/07\/2026 và chưa đưa vào vận hành trước ngày đó \(cách ứng dụng hiểu “đang trong quá trình đầu tư, xây dựng” của Điều 39 khoản 1; Nghị định không nói rõ\)\./u,
    )
  })

  it('marks a passed deadline as an error', () => {
    expect(renderCard('2027-01-02', 30)?.className).toContain('ant-tag-error')
  })
})

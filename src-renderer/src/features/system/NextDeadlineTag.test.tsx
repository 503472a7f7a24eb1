// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { evaluateSystem } from '../../domain/evaluate'
import { ND85_CT09_2024 } from '../../domain/rule-set'
import type { SystemFacts } from '../../domain/types'
import { NextDeadlineTag } from './NextDeadlineTag'

afterEach(cleanup)

const facts = (overrides: Partial<SystemFacts> = {}): SystemFacts => ({
  level: 2,
  dossierState: 'approved',
  approvedOn: '2024-06-01',
  deploymentState: 'none',
  deployedOn: null,
  commissionedOn: null,
  ...overrides,
})

const tagFor = (system: SystemFacts, lastAssessedOn: string | null) => {
  render(<NextDeadlineTag evaluation={evaluateSystem(system, lastAssessedOn, ND85_CT09_2024, '2026-12-08')} />)
  return screen.queryByTestId('header-next-deadline')?.textContent ?? null
}

describe('the summary’s next deadline on a system’s page', () => {
  it('names the oldest overdue obligation and how many more are overdue', () => {
    expect(tagFor(facts({ dossierState: 'drafting', approvedOn: null }), null)).toBe(
      'Quá hạn: Phê duyệt hồ sơ cấp độ (hạn 30/09/2024) và 1 việc quá hạn khác',
    )
  })

  it('says an assessment is due soon, with its date', () => {
    expect(tagFor(facts({ deploymentState: 'full' }), '2024-12-20')).toBe(
      'Sắp đến hạn: Kiểm tra, đánh giá (20/12/2026)',
    )
  })

  it('with nothing overdue or near, the next deadline', () => {
    expect(tagFor(facts({ deploymentState: 'full' }), '2025-03-05')).toBe(
      'Hạn tiếp theo: Kiểm tra, đánh giá (05/03/2027)',
    )
  })
})

// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import { MemoryRouter } from 'react-router'
import { afterEach, describe, expect, it } from 'vitest'
import { ND331_2026, ND85_CT09_2024 } from '../../domain/rule-set'
import { ReportDeadlineCard } from './ReportDeadlineCard'

afterEach(cleanup)

const show = (ruleSet: typeof ND331_2026, asOf: string) =>
  render(
    <MemoryRouter>
      <ReportDeadlineCard ruleSet={ruleSet} asOf={asOf} />
    </MemoryRouter>,
  )

describe('the dashboard’s report countdown', () => {
  it('counts down to both Decree 331 deadlines, citing the article', () => {
    show(ND331_2026, '2026-12-17')
    expect(screen.getByTestId('report-deadline-to_owner').textContent).toBe(
      'Còn 2 ngàyCòn 2 ngày đến hạn gửi báo cáo cho chủ quản hệ thống thông tin năm 2026 — trước ngày 20/12/2026 (chậm nhất 19/12/2026) (Nghị định 331/2026/NĐ-CP, Điều 35 khoản 4 điểm a).',
    )
    expect(screen.getByTestId('report-deadline-upward').textContent).toContain(
      'Còn 7 ngày đến hạn chủ quản gửi báo cáo Bộ Công an năm 2026 — trước ngày 25/12/2026 (chậm nhất 24/12/2026) (Nghị định 331/2026/NĐ-CP, Điều 35 khoản 4 điểm b).',
    )
  })

  it('shows the quarterly deadline under the 2024 directive', () => {
    show(ND85_CT09_2024, '2026-12-20')
    expect(screen.getByTestId('report-deadline-quarterly').textContent).toContain(
      'Hôm nay là ngày cuối để gửi báo cáo quý 4/2026 — hạn 20/12/2026 (Công điện 33/CĐ-TTg ngày 07/4/2024).',
    )
  })
})

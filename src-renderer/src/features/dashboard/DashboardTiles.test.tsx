// @vitest-environment jsdom
import { render, screen } from '@testing-library/react'
import { MemoryRouter } from 'react-router'
import { describe, expect, it } from 'vitest'
import type { Counters } from '../../domain/aggregate'
import { DashboardTiles } from './DashboardTiles'

const totals: Counters = {
  systems: 1200,
  approved: 300,
  approvalOverdue: 900,
  deployed: 240,
  deploymentOverdue: 960,
  assessmentOverdue: 12,
  assessmentDueSoon: 7,
  missingLevel: 3,
}

function renderTiles() {
  render(
    <MemoryRouter>
      <DashboardTiles totals={totals} unitCount={95} dueSoonDays={45} />
    </MemoryRouter>,
  )
}

describe('dashboard tiles', () => {
  it('marks each of the eight tiles with its counter, which the benchmark reads (bench/browser/probe.ts)', () => {
    renderTiles()
    const marked = [...document.querySelectorAll('a[data-counter]')]
    expect(marked.map((a) => a.getAttribute('data-counter'))).toEqual(Object.keys(totals))
    expect(marked.find((a) => a.getAttribute('data-counter') === 'systems')?.textContent).toContain('1.200')
  })

  it('shows each counter with Vietnamese number formatting and its rate', () => {
    renderTiles()
    const systems = screen.getByRole('link', { name: /^Hệ thống thông tin/ })
    expect(systems.textContent).toContain('1.200')
    expect(systems.textContent).toContain('95 đơn vị')
    expect(screen.getByRole('link', { name: /^Đã phê duyệt cấp độ/ }).textContent).toContain(
      '25,0 % tổng số hệ thống',
    )
  })

  it('a tile is named by its visible text in reading order, not by a label that differs (WCAG 2.5.3)', () => {
    renderTiles()
    const systems = screen.getByRole('link', { name: /^Hệ thống thông tin/ })
    expect(systems.getAttribute('aria-label')).toBeNull()
    expect(screen.getByRole('link', { name: 'Hệ thống thông tin 1.200 95 đơn vị' })).toBe(systems)
  })

  it('the due-soon tile states the window of the active rule set', () => {
    renderTiles()
    expect(screen.getByRole('link', { name: /^Sắp đến hạn/ }).textContent).toContain('trong 45 ngày tới')
  })

  it('each tile links to the register filtered to what it counts', () => {
    renderTiles()
    const href = (name: RegExp) => screen.getByRole('link', { name }).getAttribute('href')
    expect(href(/^Hệ thống thông tin/)).toBe('/register')
    expect(href(/^Quá hạn phê duyệt/)).toBe('/register?approval=overdue')
    expect(href(/^Quá hạn triển khai/)).toBe('/register?deployment=overdue')
    expect(href(/^Chưa xác định cấp độ/)).toBe('/register?level=unknown')
  })
})

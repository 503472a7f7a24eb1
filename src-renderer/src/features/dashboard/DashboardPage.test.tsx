// @vitest-environment jsdom
/**
 * Issue #20, correctness under the incremental update: after an edit the dashboard is patched from
 * the changed records only (register-snapshot.ts, register-memo.ts); what it shows must still be
 * evaluateRegister on what is stored, as if the register had been read and evaluated afresh.
 */
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react'
import { App as AntApp, ConfigProvider } from 'antd'
import viVN from 'antd/locale/vi_VN'
import { MemoryRouter } from 'react-router'
import { createElement, memo, type ComponentProps } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { CapdoDatabase } from '../../db/database'
import { loadDemoData } from '../../db/demo/load-demo'
import { DbProvider } from '../../db/hooks'
import { loadRegisterWithRules } from '../../db/repos/read-register'
import { updateSystem } from '../../db/repos/systems'
import { freshDatabase } from '../../db/test-support/test-db'
import type { Counters } from '../../domain/aggregate'
import { evaluateRegister } from '../../domain/register'
import { vi as text } from '../../i18n/vi'
import { useAsOf } from '../../stores/as-of'
import { DashboardPage } from './DashboardPage'

/** Renders of each approval chart past its memo, by test id. */
const chartRenders = vi.hoisted(() => new Map<string, number>())

vi.mock('./ApprovalChart', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./ApprovalChart')>()
  const Counted = (props: ComponentProps<typeof actual.ApprovalChart>) => {
    chartRenders.set(props.testId, (chartRenders.get(props.testId) ?? 0) + 1)
    return createElement(actual.ApprovalChart, props)
  }
  return { ...actual, ApprovalChart: memo(Counted) }
})

const AS_OF = '2026-11-23'
let db: CapdoDatabase

beforeEach(() => {
  db = freshDatabase()
  useAsOf.setState({ asOf: AS_OF })
})

afterEach(async () => {
  cleanup()
  await db.delete()
})

const TILES: (keyof Counters)[] = [
  'systems',
  'approved',
  'approvalOverdue',
  'deployed',
  'deploymentOverdue',
  'assessmentOverdue',
  'assessmentDueSoon',
  'missingLevel',
]

/** The tiles' labels that evaluateRegister gives for what is stored now. */
async function expectedTiles(): Promise<string[]> {
  const stored = await loadRegisterWithRules(db)
  const { totals } = evaluateRegister(stored, stored.ruleSet, AS_OF).aggregates
  return TILES.map((k) => `${text.dashboard[k]}: ${totals[k]}`)
}

/** Each tile as "title: number", read from what it shows (its link is named by that text). */
const shownTiles = () =>
  TILES.map((k) => {
    const link = screen.getByRole('link', { name: new RegExp(`^${text.dashboard[k]} \\d`) })
    const value = within(link).getByTestId('tile-value').textContent ?? ''
    return `${text.dashboard[k]}: ${Number(value.replace(/\./g, ''))}`
  })

describe('dashboard after edits, against a fresh evaluation of the stored register', () => {
  it('shows evaluateRegister’s counters after each edit, patched in rather than re-read', async () => {
    await loadDemoData(db, { asOf: AS_OF, systemsCount: 80, unitsCount: 12 })
    render(
      <ConfigProvider locale={viVN}>
        <AntApp>
          <DbProvider db={db}>
            <MemoryRouter>
              <DashboardPage />
            </MemoryRouter>
          </DbProvider>
        </AntApp>
      </ConfigProvider>,
    )
    const initial = await expectedTiles()
    await waitFor(() => expect(shownTiles()).toEqual(initial), { timeout: 30_000 })

    const { systems } = await loadRegisterWithRules(db)
    // Levels still being drafted may change (an approved level changes only with a new decision).
    const drafting = systems.filter((s) => s.dossierState === 'drafting' && s.level !== null)
    const approvedNotDeployed = systems.filter(
      (s) => s.dossierState === 'approved' && s.deploymentState !== 'full',
    )
    // Edits that move different counters: a level cleared, a level changed, a plan deployed.
    const edits = [
      { id: drafting[0].id, patch: { level: null } },
      { id: drafting[1].id, patch: { level: drafting[1].level === 1 ? (2 as const) : (1 as const) } },
      { id: approvedNotDeployed[0].id, patch: { deploymentState: 'full' as const } },
    ]
    let before = initial
    for (const { id, patch } of edits) {
      await act(() => updateSystem(db, id, patch, 'test'))
      const expected = await expectedTiles()
      await waitFor(() => expect(shownTiles()).toEqual(expected), { timeout: 30_000 })
      before = expected
    }
    // The edits did move the figures: the comparison above is not of two unchanged screens.
    expect(before).not.toEqual(initial)
  }, 120_000)
})

describe('dashboard charts after an edit', () => {
  // Issue #20: recharts recomputing a chart is most of the dashboard's JavaScript after an edit.
  it('a cleared level redraws the chart by level, not the chart by block whose bars did not move', async () => {
    await loadDemoData(db, { asOf: AS_OF, systemsCount: 80, unitsCount: 12 })
    render(
      <ConfigProvider locale={viVN}>
        <AntApp>
          <DbProvider db={db}>
            <MemoryRouter>
              <DashboardPage />
            </MemoryRouter>
          </DbProvider>
        </AntApp>
      </ConfigProvider>,
    )
    await waitFor(async () => expect(shownTiles()).toEqual(await expectedTiles()), { timeout: 30_000 })
    const stored = await loadRegisterWithRules(db)
    const blockBars = async () => {
      const now = await loadRegisterWithRules(db)
      const { byBlock } = evaluateRegister(now, now.ruleSet, AS_OF).aggregates
      return [...byBlock].map(([block, c]) => [
        block,
        c.systems,
        c.approved,
        c.approvalOverdue,
        c.missingLevel,
      ])
    }
    const drafting = stored.systems.find((s) => s.dossierState === 'drafting' && s.level !== null)
    expect(drafting).toBeDefined()
    const before = await blockBars()
    chartRenders.clear()

    await act(() => updateSystem(db, drafting!.id, { level: null }, 'test'))
    const expected = await expectedTiles()
    await waitFor(() => expect(shownTiles()).toEqual(expected), { timeout: 30_000 })

    // The edit moved a block's "chưa xác định cấp độ" but none of its approval bars.
    const after = await blockBars()
    const bars = (rows: typeof before) => rows.map((r) => r.slice(0, 4))
    expect(bars(after)).toEqual(bars(before))
    expect(after).not.toEqual(before)
    expect(chartRenders.get('approval-by-level') ?? 0).toBeGreaterThanOrEqual(1)
    expect(chartRenders.get('approval-by-block') ?? 0).toBe(0)
  }, 60_000)
})

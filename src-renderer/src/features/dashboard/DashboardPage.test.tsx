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
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CapdoDatabase } from '../../db/database'
import { loadDemoData } from '../../db/demo/load-demo'
import { DbProvider } from '../../db/hooks'
import { loadRegisterWithRules } from '../../db/repos/read-register'
import { updateSystem } from '../../db/repos/systems'
import { freshDatabase } from '../../db/test-db'
import type { Counters } from '../../domain/aggregate'
import { evaluateRegister } from '../../domain/register'
import { vi as text } from '../../i18n/vi'
import { useAsOf } from '../../stores/as-of'
import { DashboardPage } from './DashboardPage'

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

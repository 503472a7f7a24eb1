// @vitest-environment jsdom
import { act, cleanup, renderHook, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CapdoDatabase } from '../database'
import { addAssessment } from '../repos/assessments'
import { saveRuleSetId } from '../repos/settings'
import { createSystem } from '../repos/systems'
import { createUnit } from '../repos/units'
import { freshDatabase } from '../test-support/test-db'
import {
  DbProvider,
  useActiveRuleSet,
  useRegister,
  useSystemCount,
  useSystemCountsByUnit,
  useUnits,
} from './index'

let db: CapdoDatabase

beforeEach(() => {
  db = freshDatabase()
})

afterEach(async () => {
  cleanup()
  await db.delete()
})

function wrapper({ children }: { children: ReactNode }) {
  return <DbProvider db={db}>{children}</DbProvider>
}

describe('store hooks', () => {
  it('follow the database: a new system shows in the count without a reload', async () => {
    const { result } = renderHook(() => useSystemCount(), { wrapper })
    await waitFor(() => expect(result.current).toBe(0))
    const unit = await createUnit(db, { name: 'Sở Y tế' })
    await act(async () => {
      await createSystem(db, { name: 'Cổng thông tin điện tử', unitId: unit.id })
    })
    await waitFor(() => expect(result.current).toBe(1))
  })

  it('evaluate the register for the day asked, under the active rule set', async () => {
    const unit = await createUnit(db, { name: 'Sở Y tế', block: 'Khối sở' })
    const system = await createSystem(db, {
      name: 'Hệ thống bệnh án điện tử',
      unitId: unit.id,
      level: 3,
      dossierState: 'approved',
      approvedOn: '2024-06-01',
    })
    const { result, rerender } = renderHook(({ asOf }) => useRegister(asOf), {
      wrapper,
      initialProps: { asOf: '2025-05-15' },
    })
    await waitFor(() => expect(result.current?.rows).toHaveLength(1))
    expect(result.current?.rows[0].evaluation.assessment).toBe('due_soon')
    const first = result.current

    rerender({ asOf: '2025-05-15' })
    expect(result.current).toBe(first)

    rerender({ asOf: '2025-06-02' })
    expect(result.current?.rows[0].evaluation.assessment).toBe('overdue')

    await act(async () => {
      await addAssessment(db, { systemId: system.id, date: '2025-05-30', kind: 'periodic' })
    })
    await waitFor(() => expect(result.current?.rows[0].evaluation.assessment).toBe('ok'))
    expect(result.current?.aggregates.byBlock.get('Khối sở')?.systems).toBe(1)
  })

  it('give units, counts per unit and the active rule set', async () => {
    const unit = await createUnit(db, { name: 'Sở Y tế' })
    await createSystem(db, { name: 'Hệ thống A', unitId: unit.id })
    await saveRuleSetId(db, 'ND331-2026')
    const { result } = renderHook(
      () => ({ units: useUnits(), counts: useSystemCountsByUnit(), ruleSet: useActiveRuleSet() }),
      { wrapper },
    )
    await waitFor(() => expect(result.current.ruleSet?.id).toBe('ND331-2026'))
    await waitFor(() => expect(result.current.units?.map((u) => u.name)).toEqual(['Sở Y tế']))
    await waitFor(() => expect(result.current.counts?.get(unit.id)).toBe(1))
  })

  it('refuse to run outside a DbProvider', () => {
    expect(() => renderHook(() => useSystemCount())).toThrow('useDb() must be used inside <DbProvider>.')
  })
})

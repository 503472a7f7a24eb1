import { describe, expect, it } from 'vitest'
import type { SystemRecord } from '../../domain/types'
import { bulkPatch, countChanging, countKeptApproved, idsToChange } from './bulk-actions'

const system = (patch: Partial<SystemRecord>): SystemRecord =>
  ({
    id: 'x',
    unitId: 'u1',
    level: 2,
    dossierState: 'not_started',
    decisionNo: '',
    approvedOn: null,
    deploymentState: 'none',
    deployedOn: null,
    ...patch,
  }) as SystemRecord

describe('bulk actions of the register', () => {
  it('recording a deployment date marks the plan fully deployed on that date', () => {
    expect(bulkPatch({ kind: 'deployment', deployedOn: '2026-10-01' })).toEqual({
      deploymentState: 'full',
      deployedOn: '2026-10-01',
    })
  })

  it('setting the level may also clear it (Chưa xác định)', () => {
    expect(bulkPatch({ kind: 'level', level: 3 })).toEqual({ level: 3 })
    expect(bulkPatch({ kind: 'level', level: null })).toEqual({ level: null })
    expect(bulkPatch({ kind: 'unit', unitId: 'u2' })).toEqual({ unitId: 'u2' })
  })

  it('the confirmation counts only the systems whose value really changes', () => {
    const selected = [
      system({ id: 'a', level: 3 }),
      system({ id: 'b', level: 2 }),
      system({ id: 'c', level: null, unitId: 'u2' }),
    ]
    expect(countChanging(selected, { kind: 'level', level: 3 })).toBe(2)
    expect(countChanging(selected, { kind: 'level', level: null })).toBe(2)
    expect(countChanging(selected, { kind: 'unit', unitId: 'u2' })).toBe(2)
  })

  it('a system already deployed on the same date does not change; another date does', () => {
    const selected = [
      system({ id: 'a', deploymentState: 'full', deployedOn: '2026-10-01' }),
      system({ id: 'b', deploymentState: 'full', deployedOn: null }),
      system({ id: 'c', deploymentState: 'partial' }),
    ]
    expect(countChanging(selected, { kind: 'deployment', deployedOn: '2026-10-01' })).toBe(2)
    expect(countChanging(selected, { kind: 'deployment', deployedOn: '2026-11-01' })).toBe(3)
  })
})

describe('a bulk level change leaves approved levels alone', () => {
  const approved = (id: string, level: 1 | 2 | 3) =>
    system({ id, level, dossierState: 'approved', decisionNo: '12/QĐ-UBND', approvedOn: '2024-03-01' })

  it('counts and writes only the systems without an approval; the approved ones are counted apart', () => {
    const selected = [
      approved('a', 1),
      system({ id: 'b', level: 2, dossierState: 'drafting', decisionNo: '', approvedOn: null }),
      { ...approved('c', 2), dossierState: 'revising' as const },
      system({ id: 'd', level: 3, dossierState: 'not_started', decisionNo: '', approvedOn: null }),
    ]
    const action = { kind: 'level', level: 3 } as const
    expect(countChanging(selected, action)).toBe(1)
    expect(countKeptApproved(selected, action)).toBe(2)
    expect(idsToChange(selected, action)).toEqual(['b'])
  })

  it('an approved system already at that level is neither changed nor kept apart', () => {
    expect(countKeptApproved([approved('a', 3)], { kind: 'level', level: 3 })).toBe(0)
    expect(countKeptApproved([approved('a', 1)], { kind: 'unit', unitId: 'u2' })).toBe(0)
  })
})

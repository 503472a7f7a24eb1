import { describe, expect, it } from 'vitest'
import { BASE_GENERATIONS, baseOf, classifyFields, commonBases, noteBase, threeWay } from './bases'
import { OFFICE_A, SO, TestStore, t } from '../test-support/exchange-store'
import type { ExchangedBase } from './types'
import { differingFields } from './values'

const base = baseOf(
  { origin: 'a', revision: 3 },
  { name: 'Cổng thông tin', owner: 'Sở Nội vụ', level: 2, notes: null },
)

describe('a field judged against the last exchanged version', () => {
  it('tells only theirs, only ours, both to the same value and both to different values apart', () => {
    const ours = { name: 'Cổng thông tin', owner: 'UBND tỉnh', level: 3, notes: 'Sở đã rà soát' }
    const theirs = { name: 'Cổng TTĐT', owner: 'Sở Nội vụ', level: 3, notes: 'Đã nâng cấp' }
    expect(classifyFields(base, ours, theirs)).toEqual({
      name: 'there', // only they changed it: theirs is taken
      owner: 'here', // only we did: ours is kept
      level: 'same', // both, to the same value: nothing to decide
      notes: 'conflict', // both, to different values: a person decides
    })
  })

  it('reads an absent field as null, as the edit merge does', () => {
    // notes is null in the base and absent here: unchanged here, changed there to ''.
    expect(classifyFields(base, { name: 'Cổng thông tin' }, { name: 'Cổng thông tin', notes: '' })).toEqual({
      name: 'none',
      notes: 'there',
    })
  })

  it('makes a record whose sides changed different fields a merge, with nobody asked', () => {
    const ours = { name: 'Cổng thông tin', owner: 'UBND tỉnh', level: 2 }
    const theirs = { name: 'Cổng TTĐT', owner: 'Sở Nội vụ', level: 2 }
    const merged = threeWay('unit', [base], ours, theirs, differingFields(ours, theirs))
    expect(merged.status).toBe('merged')
    expect(merged.fields.map((f) => [f.field, f.changedBy, f.auto])).toEqual([
      ['name', 'incoming', 'incoming'],
      ['owner', 'local', 'local'],
    ])
  })

  it('takes nothing without asking when two shared versions disagree about who changed a field', () => {
    const older = baseOf({ origin: 'so', revision: 1 }, { name: 'Cổng TTĐT' })
    const fields = differingFields({ name: 'Cổng thông tin' }, { name: 'Cổng TTĐT' })
    const judged = threeWay('unit', [base, older], { name: 'Cổng thông tin' }, { name: 'Cổng TTĐT' }, fields)
    expect(judged.status).toBe('conflict')
    expect(judged.fields[0].auto).toBeUndefined()
  })

  it('asks instead of combining dossier dates out of order', () => {
    const shared = baseOf(
      { origin: 'a', revision: 1 },
      { dossierState: 'submitted', submittedOn: '2026-09-01' },
    )
    const ours = { dossierState: 'submitted', submittedOn: '2026-10-01' }
    const theirs = { dossierState: 'appraised', submittedOn: '2026-09-01', appraisedOn: '2026-09-15' }
    const judged = threeWay('system', [shared], ours, theirs, differingFields(ours, theirs))
    expect(judged.status).toBe('conflict')
    expect(judged.fields.filter((f) => f.auto).map((f) => f.field)).toEqual([])
  })
})

describe('the bases kept in the ledger', () => {
  it('keeps at most three versions per record, newest first, and finds the newest the sender has seen', () => {
    const bases: Record<string, ExchangedBase[]> = {}
    for (let r = 1; r <= 5; r++) noteBase(bases, 'system:s1', { origin: 'a', revision: r }, { level: r })
    expect(bases['system:s1'].map((b) => b.revision)).toEqual([5, 4, 3])
    expect(bases['system:s1']).toHaveLength(BASE_GENERATIONS)
    expect(commonBases({ bases }, 'system:s1', { a: 4 }).map((b) => b.revision)).toEqual([4, 3])
    expect(commonBases({ bases }, 'system:s1', { a: 2 })).toEqual([])
    expect(commonBases({}, 'system:s1', { a: 9 })).toEqual([])
  })

  it('on a first exchange knows no base, so every differing field stays a choice, as before', () => {
    const a = new TestStore(OFFICE_A)
    const so = new TestStore(SO)
    // The same system reached both registers without an exchange (each typed it in).
    a.create('system', 's1', { name: 'Cổng TTĐT', owner: 'Sở Nội vụ', level: 2 }, t(8))
    so.create('system', 's1', { name: 'Cổng thông tin', owner: 'UBND tỉnh', level: 2 }, t(8))
    const s1 = so.plan(a.send(t(9)), t(9)).items.find((i) => i.key === 'system:s1')
    expect(s1?.status).toBe('conflict')
    expect(s1?.baseKnown).toBe(false)
    expect(s1?.fields.every((f) => f.auto === undefined && f.changedBy === undefined)).toBe(true)
  })

  it('after one exchange, a receive merges fields changed on one side and asks only for the one changed on both', () => {
    const a = new TestStore(OFFICE_A)
    const so = new TestStore(SO)
    a.create('system', 's1', { name: 'Cổng thông tin', owner: 'Sở Nội vụ', notes: '', level: 2 }, t(8))
    so.receive(a.send(t(9)), t(9))
    a.edit('system', 's1', { name: 'Cổng TTĐT', notes: 'Đã nâng cấp' }, t(10))
    so.edit('system', 's1', { owner: 'UBND tỉnh', notes: 'Sở đã rà soát' }, t(10))
    const { plan } = so.receive(a.send(t(11)), t(11), { 'system:s1': { fields: { notes: 'local' } } })
    const s1 = plan.items.find((i) => i.key === 'system:s1')
    expect(s1?.fields.filter((f) => !f.auto).map((f) => f.field)).toEqual(['notes'])
    expect(so.get('system', 's1')).toMatchObject({
      name: 'Cổng TTĐT',
      owner: 'UBND tỉnh',
      notes: 'Sở đã rà soát',
      level: 2,
    })
  })
})

describe('offices that started from the same data', () => {
  it('share it as a base after their first exchange, so the second one merges', () => {
    const a = new TestStore(OFFICE_A)
    const so = new TestStore(SO)
    for (const store of [a, so])
      store.create('system', 's1', { name: 'Cổng thông tin', owner: 'Sở Nội vụ' }, t(8))
    expect(so.receive(a.send(t(9)), t(9)).plan.items[0].status).toBe('unchanged')
    a.edit('system', 's1', { name: 'Cổng TTĐT' }, t(10))
    so.edit('system', 's1', { owner: 'UBND tỉnh' }, t(10))
    const { plan } = so.receive(a.send(t(11)), t(11))
    expect(plan.items[0].status).toBe('merged')
    expect(so.get('system', 's1')).toMatchObject({ name: 'Cổng TTĐT', owner: 'UBND tỉnh' })
  })
})

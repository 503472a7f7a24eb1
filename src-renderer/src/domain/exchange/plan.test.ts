import { describe, expect, it } from 'vitest'
import { DomainError } from '../errors'
import { classify } from './plan'
import { OFFICE_A, SO, TestStore, t } from '../test-support/exchange-store'
import type { MergeItem, Version } from './types'

/** Office A and the Sở after A's first file reached the Sở: both hold system s1 and unit u1. */
function afterFirstExchange() {
  const a = new TestStore(OFFICE_A)
  const so = new TestStore(SO)
  a.create('unit', 'u1', { name: 'UBND phường An Dương', block: 'Khối phường' }, t(8))
  a.create('system', 's1', { name: 'Cổng thông tin điện tử', unitId: 'u1', level: 2, notes: '' }, t(8))
  so.receive(a.send(t(9)), t(10))
  return { a, so }
}

function item(items: MergeItem[], key: string): MergeItem {
  const found = items.find((i) => i.key === key)
  if (!found) throw new Error(`no item ${key}`)
  return found
}

describe('classifying an incoming file', () => {
  it('lists a system the Sở never had as new, and merging it writes it with its origin office in the history', () => {
    const a = new TestStore(OFFICE_A)
    const so = new TestStore(SO)
    a.create('system', 's1', { name: 'Cổng thông tin điện tử', unitId: 'u1', level: 2 }, t(8))
    const { plan, result } = so.receive(a.send(t(9)), t(10))

    expect(item(plan.items, 'system:s1').status).toBe('new')
    expect(so.get('system', 's1')).toMatchObject({
      name: 'Cổng thông tin điện tử',
      level: 2,
      updatedAt: t(8),
    })
    expect(result.history).toEqual([
      expect.objectContaining({
        entity: 'system',
        entityId: 's1',
        systemId: 's1',
        action: 'create',
        origin: OFFICE_A,
        via: OFFICE_A,
        resolvedConflict: false,
      }),
    ])
    expect(result.history[0].changes).toContainEqual({
      field: 'name',
      from: null,
      to: 'Cổng thông tin điện tử',
    })
  })

  it('lists a system only the office changed since the last exchange as updated, with the fields that change', () => {
    const { a, so } = afterFirstExchange()
    a.edit('system', 's1', { level: 3 }, t(11))
    const { plan, result } = so.receive(a.send(t(12)), t(13))

    const s1 = item(plan.items, 'system:s1')
    expect(s1.status).toBe('updated')
    expect(s1.fields).toEqual([{ field: 'level', local: 2, incoming: 3 }])
    expect(item(plan.items, 'unit:u1').status).toBe('unchanged')
    expect(so.get('system', 's1')?.level).toBe(3)
    expect(result.history).toEqual([
      expect.objectContaining({
        action: 'update',
        changes: [{ field: 'level', from: 2, to: 3 }],
        origin: OFFICE_A,
      }),
    ])
  })

  it('keeps and lists the Sở’s copy when only the Sở changed it since the last exchange', () => {
    const { a, so } = afterFirstExchange()
    so.edit('system', 's1', { notes: 'Sở đã rà soát' }, t(11))
    const { plan, result } = so.receive(a.send(t(12)), t(13))

    expect(item(plan.items, 'system:s1').status).toBe('local-newer')
    expect(so.get('system', 's1')?.notes).toBe('Sở đã rà soát')
    expect(result.writes).toEqual({ put: [], delete: [] })
  })

  it('lists a record both sides changed since the last exchange as a conflict, field by field', () => {
    const { a, so } = afterFirstExchange()
    a.edit('system', 's1', { name: 'Cổng TTĐT phường An Dương', notes: 'Đã nâng cấp' }, t(11))
    so.edit('system', 's1', { name: 'Cổng thông tin điện tử (Sở sửa)', level: 3 }, t(11, 30))
    const { items } = so.plan(a.send(t(12)), t(13))

    const s1 = item(items, 'system:s1')
    expect(s1.status).toBe('conflict')
    // Against the version both held (the first exchange): only the name was changed on both sides.
    expect(s1.baseKnown).toBe(true)
    expect(s1.fields).toEqual([
      { field: 'level', local: 3, incoming: 2, changedBy: 'local', auto: 'local' },
      {
        field: 'name',
        local: 'Cổng thông tin điện tử (Sở sửa)',
        incoming: 'Cổng TTĐT phường An Dương',
        changedBy: 'both',
      },
      { field: 'notes', local: '', incoming: 'Đã nâng cấp', changedBy: 'incoming', auto: 'incoming' },
    ])
  })

  it('does not call it a conflict when both sides made the same change', () => {
    const { a, so } = afterFirstExchange()
    a.edit('system', 's1', { level: 3 }, t(11))
    so.edit('system', 's1', { level: 3 }, t(11, 5))
    const { items } = so.plan(a.send(t(12)), t(13))
    expect(item(items, 'system:s1').status).toBe('unchanged')
  })

  it('decides by revisions, not clocks: a file stamped later by a wrong clock does not overwrite a newer edit', () => {
    const { a, so } = afterFirstExchange()
    // A's clock is years ahead; its edit is stamped 2031. The Sở then edits with a right clock.
    a.edit('system', 's1', { level: 4 }, '2031-01-01T00:00:00.000Z')
    so.receive(a.send('2031-01-01T01:00:00.000Z'), t(13))
    so.edit('system', 's1', { level: 5 }, t(14))
    // A re-sends the same register (its copy still says level 4, stamped 2031).
    const { plan } = so.receive(a.send('2031-01-02T00:00:00.000Z'), t(15))
    expect(item(plan.items, 'system:s1').status).toBe('local-newer')
    expect(so.get('system', 's1')?.level).toBe(5)
  })

  it('never lets a stale file overwrite newer data, whatever the order the files arrive in', () => {
    const a = new TestStore(OFFICE_A)
    const so = new TestStore(SO)
    a.create('system', 's1', { name: 'Hệ thống một cửa', unitId: 'u1', level: 1 }, t(8))
    const older = a.send(t(9))
    a.edit('system', 's1', { level: 2 }, t(10))
    const newer = a.send(t(11))

    so.receive(newer, t(12))
    const { plan, result } = so.receive(older, t(13))
    expect(item(plan.items, 'system:s1').status).toBe('local-newer')
    expect(so.get('system', 's1')?.level).toBe(2)
    expect(result.history).toEqual([])
  })

  it('classifies every combination of "new to us" and "known to the sender"', () => {
    const record = (origin: string, revision: number, level: number): Version => ({
      kind: 'record',
      dot: { origin, revision },
      updatedAt: t(8),
      data: { name: 'HTTT', level },
    })
    const ours = record('so', 5, 2)
    // Our seen: A up to 3. Sender's seen: the Sở up to 4 or 5.
    expect(classify(ours, record('a', 4, 3), { so: 5, a: 3 }, { a: 4, so: 5 })).toBe('updated')
    expect(classify(ours, record('a', 3, 3), { so: 5, a: 3 }, { a: 3, so: 4 })).toBe('local-newer')
    expect(classify(ours, record('a', 4, 3), { so: 5, a: 3 }, { a: 4, so: 4 })).toBe('conflict')
    expect(classify(ours, record('a', 4, 2), { so: 5, a: 3 }, { a: 4, so: 4 })).toBe('unchanged')
    expect(classify(ours, record('so', 5, 2), { so: 5 }, { so: 5 })).toBe('unchanged')
    expect(classify(null, record('a', 1, 1), { so: 5 }, { a: 1 })).toBe('new')
    // A sender that claims to hold our version yet sends other content is not believed silently.
    expect(classify(ours, record('a', 3, 3), { so: 5, a: 3 }, { a: 3, so: 5 })).toBe('conflict')
  })
})

describe('deletions travel as tombstones', () => {
  it('deletes at the Sở a system the office deleted, when the Sở did not touch it', () => {
    const { a, so } = afterFirstExchange()
    a.remove('system', 's1')
    const { plan, result } = so.receive(a.send(t(12)), t(13))

    const s1 = item(plan.items, 'system:s1')
    expect(s1.status).toBe('updated')
    expect(s1.incoming.kind).toBe('deleted')
    expect(so.get('system', 's1')).toBeUndefined()
    expect(result.writes.delete).toEqual([{ entity: 'system', id: 's1' }])
    expect(result.history).toEqual([
      expect.objectContaining({ action: 'delete', entityId: 's1', origin: OFFICE_A }),
    ])
    // What was lost is kept in the history entry.
    expect(result.history[0].changes).toContainEqual({
      field: 'name',
      from: 'Cổng thông tin điện tử',
      to: null,
    })
  })

  it('lists a deletion against an edit made since the last exchange as a conflict', () => {
    const { a, so } = afterFirstExchange()
    a.remove('system', 's1')
    so.edit('system', 's1', { level: 3 }, t(11))
    const { items } = so.plan(a.send(t(12)), t(13))
    const s1 = item(items, 'system:s1')
    expect(s1.status).toBe('conflict')
    expect(s1.local?.kind).toBe('record')
    expect(s1.incoming.kind).toBe('deleted')
  })

  it('keeps the Sở’s deletion when the office sends the record unchanged', () => {
    const { a, so } = afterFirstExchange()
    so.remove('system', 's1')
    const { plan } = so.receive(a.send(t(12)), t(13))
    expect(item(plan.items, 'system:s1').status).toBe('local-newer')
    expect(so.get('system', 's1')).toBeUndefined()
  })

  it('keeps the tombstone of a record the Sở never had, without writing anything', () => {
    const a = new TestStore(OFFICE_A)
    const so = new TestStore(SO)
    a.create('system', 's9', { name: 'Thử nghiệm', unitId: 'u1' }, t(8))
    a.send(t(9))
    a.remove('system', 's9')
    const { plan, result } = so.receive(a.send(t(10)), t(11))
    expect(item(plan.items, 'system:s9')).toMatchObject({ status: 'new', local: null })
    expect(result.writes).toEqual({ put: [], delete: [] })
    expect(result.history).toEqual([])
    expect(so.ledger.tombstones['system:s9']).toMatchObject({ office: OFFICE_A.id })
  })
})

describe('refusals', () => {
  it('refuses the office’s own file', () => {
    const a = new TestStore(OFFICE_A)
    const pkg = a.send(t(9))
    expect(() => a.plan(pkg, t(10))).toThrow(DomainError)
    expect(() => a.plan(pkg, t(10))).toThrow('Tệp này do chính đơn vị này xuất ra')
  })
})

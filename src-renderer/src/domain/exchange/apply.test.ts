import { describe, expect, it } from 'vitest'
import { DomainError } from '../errors'
import { OFFICE_A, OFFICE_B, SO, TestStore, t } from '../test-support/exchange-store'

function afterFirstExchange() {
  const a = new TestStore(OFFICE_A)
  const so = new TestStore(SO)
  a.create('unit', 'u1', { name: 'UBND phường An Dương', block: 'Khối phường' }, t(8))
  a.create('system', 's1', { name: 'Cổng thông tin điện tử', unitId: 'u1', level: 2, notes: '' }, t(8))
  a.create('assessment', 'as1', { systemId: 's1', date: '2026-05-04', kind: 'periodic', result: 'Đạt' }, t(8))
  so.receive(a.send(t(9)), t(10))
  return { a, so }
}

/** Both edited s1 since the first exchange: A the name and notes, the Sở the name and level. */
function conflicting() {
  const { a, so } = afterFirstExchange()
  a.edit('system', 's1', { name: 'Cổng TTĐT phường An Dương', notes: 'Đã nâng cấp' }, t(11))
  so.edit('system', 's1', { name: 'Cổng TTĐT (Sở sửa)', level: 3 }, t(11, 30))
  return { a, so }
}

describe('applying a merge', () => {
  it('refuses to apply while a conflict is undecided, and changes nothing', () => {
    // Both changed the name and the notes: two fields to decide.
    const { a, so } = afterFirstExchange()
    a.edit('system', 's1', { name: 'Cổng TTĐT phường An Dương', notes: 'Đã nâng cấp' }, t(11))
    so.edit('system', 's1', { name: 'Cổng TTĐT (Sở sửa)', notes: 'Sở đã rà soát' }, t(11, 30))
    const before = structuredClone({ content: so.content, ledger: so.ledger })
    const plan = so.plan(a.send(t(12)), t(13))

    expect(() => so.apply(plan, {})).toThrow(DomainError)
    expect(() => so.apply(plan, {})).toThrow('Còn 1 hệ thống hoặc bản ghi có xung đột chưa được chọn')
    // Deciding only some of the differing fields is not deciding.
    expect(() => so.apply(plan, { 'system:s1': { fields: { name: 'incoming' } } })).toThrow(
      expect.objectContaining({ code: 'exchange_unresolved' }),
    )
    expect({ content: so.content, ledger: so.ledger }).toEqual(before)
  })

  it('writes the values a person chose field by field, as a change recorded with both offices', () => {
    const { a, so } = conflicting()
    const plan = so.plan(a.send(t(12)), t(13))
    const { history } = so.apply(plan, {
      'system:s1': { fields: { name: 'incoming', level: 'local', notes: 'incoming' } },
    })

    expect(so.get('system', 's1')).toMatchObject({
      name: 'Cổng TTĐT phường An Dương',
      level: 3,
      notes: 'Đã nâng cấp',
      updatedAt: t(13),
    })
    expect(history).toEqual([
      expect.objectContaining({
        action: 'update',
        entityId: 's1',
        origin: OFFICE_A,
        via: OFFICE_A,
        resolvedConflict: true,
        changes: [
          { field: 'name', from: 'Cổng TTĐT (Sở sửa)', to: 'Cổng TTĐT phường An Dương' },
          { field: 'notes', from: '', to: 'Đã nâng cấp' },
        ],
      }),
    ])
  })

  it('sends the decision back as an update: the office is not asked the same question again', () => {
    const { a, so } = conflicting()
    so.receive(a.send(t(12)), t(13), {
      'system:s1': { fields: { name: 'incoming', level: 'local', notes: 'incoming' } },
    })
    const { plan } = a.receive(so.send(t(14)), t(15))

    expect(plan.items.find((i) => i.key === 'system:s1')?.status).toBe('updated')
    expect(a.snapshot()).toEqual(so.snapshot())
  })

  it('keeps an edited record against a deletion when asked, and the record comes back to the deleting office', () => {
    const { a, so } = afterFirstExchange()
    a.remove('system', 's1')
    so.edit('system', 's1', { level: 3 }, t(11))
    so.receive(a.send(t(12)), t(13), { 'system:s1': { keep: 'local' } })
    expect(so.get('system', 's1')?.level).toBe(3)

    const { plan } = a.receive(so.send(t(14)), t(15))
    expect(plan.items.find((i) => i.key === 'system:s1')?.status).toBe('updated')
    expect(a.get('system', 's1')?.level).toBe(3)
    expect(a.snapshot()).toEqual(so.snapshot())
  })

  it('deletes an edited record when the person accepts the other office’s deletion', () => {
    const { a, so } = afterFirstExchange()
    a.remove('system', 's1')
    so.edit('system', 's1', { level: 3 }, t(11))
    const { result } = so.receive(a.send(t(12)), t(13), { 'system:s1': { keep: 'incoming' } })
    expect(so.get('system', 's1')).toBeUndefined()
    expect(result.history).toEqual([expect.objectContaining({ action: 'delete', resolvedConflict: true })])
    a.receive(so.send(t(14)), t(15))
    expect(a.snapshot()).toEqual(so.snapshot())
  })

  it('refuses a field-by-field choice on a conflict with a deletion', () => {
    const { a, so } = afterFirstExchange()
    a.remove('system', 's1')
    so.edit('system', 's1', { level: 3 }, t(11))
    const plan = so.plan(a.send(t(12)), t(13))
    expect(() => so.apply(plan, { 'system:s1': { fields: { level: 'local' } } })).toThrow(
      expect.objectContaining({ code: 'exchange_fields_on_deletion' }),
    )
  })

  it('refuses a plan made before the register changed (an edit during the preview)', () => {
    const { a, so } = afterFirstExchange()
    a.edit('system', 's1', { level: 3 }, t(11))
    const plan = so.plan(a.send(t(12)), t(13))
    so.edit('system', 's1', { notes: 'sửa trong lúc xem trước' }, t(13, 30))
    expect(() => so.apply(plan)).toThrow(expect.objectContaining({ code: 'exchange_plan_stale' }))
    so.remove('assessment', 'as1')
    expect(() => so.apply(plan)).toThrow('Dữ liệu trên máy đã thay đổi trong lúc xem trước')
  })
})

describe('importing the same file again', () => {
  it('changes nothing: no write, no history, the same register and ledger', () => {
    const { a, so } = conflicting()
    so.edit('unit', 'u1', { block: 'Khối xã, phường' }, t(11, 45))
    const file = a.send(t(12))
    so.receive(file, t(13), { 'system:s1': { keep: 'incoming' } })
    const before = structuredClone({ content: so.content, ledger: so.ledger })

    const { plan, result } = so.receive(file, t(14))
    expect(result.writes).toEqual({ put: [], delete: [] })
    expect(result.history).toEqual([])
    expect(plan.items.every((i) => i.status === 'unchanged' || i.status === 'local-newer')).toBe(true)
    expect({ content: so.content, ledger: so.ledger }).toEqual(before)
  })
})

describe('two stores that diverge and exchange both ways', () => {
  it('converge to the same content', () => {
    const { a, so } = afterFirstExchange()
    a.create('system', 's2', { name: 'Quản lý văn bản', unitId: 'u1', level: 1 }, t(11))
    a.remove('assessment', 'as1')
    so.create('unit', 'u2', { name: 'Sở Y tế', block: 'Khối sở, ngành' }, t(11))
    so.edit('system', 's1', { notes: 'Sở ghi chú' }, t(11))

    so.receive(a.send(t(12)), t(13))
    a.receive(so.send(t(14)), t(15))
    expect(a.snapshot()).toEqual(so.snapshot())
    expect(so.get('system', 's2')).toBeDefined()
    expect(so.get('assessment', 'as1')).toBeUndefined()
    expect(a.get('system', 's1')?.notes).toBe('Sở ghi chú')
    expect(a.get('unit', 'u2')?.name).toBe('Sở Y tế')
  })

  it('relays an office’s change through the Sở with its origin office in the history', () => {
    const { a, so } = afterFirstExchange()
    const b = new TestStore(OFFICE_B)
    b.receive(so.send(t(10, 30)), t(10, 45))
    a.edit('system', 's1', { level: 4 }, t(11))
    so.receive(a.send(t(12)), t(13))
    const { result } = b.receive(so.send(t(14)), t(15))
    expect(b.get('system', 's1')?.level).toBe(4)
    expect(result.history).toEqual([expect.objectContaining({ origin: OFFICE_A, via: SO })])
  })
})

describe('an office whose data came back from an older backup', () => {
  it('numbers its next edits above what others already hold, so they are not mistaken for old ones', () => {
    const { a, so } = afterFirstExchange()
    const backup = structuredClone({ content: so.content, ledger: so.ledger })
    so.edit('system', 's1', { level: 3 }, t(11))
    so.edit('unit', 'u1', { block: 'Khối xã, phường' }, t(11))
    a.receive(so.send(t(12)), t(13))
    // The Sở restores its older backup, then edits s1 again (and not u1).
    so.content = backup.content
    so.ledger = backup.ledger
    so.edit('system', 's1', { level: 5 }, t(14))
    const { plan } = so.receive(a.send(t(15)), t(16), { 'system:s1': { keep: 'local' } })

    // The lost edit of u1 comes back from the office; the lost edit of s1 meets the new one.
    expect(plan.items.find((i) => i.key === 'unit:u1')?.status).toBe('updated')
    expect(so.get('unit', 'u1')?.block).toBe('Khối xã, phường')
    expect(plan.items.find((i) => i.key === 'system:s1')?.status).toBe('conflict')
    // The new edit got a number above every one the office had seen, so it reaches the office.
    a.receive(so.send(t(17)), t(18))
    expect(a.get('system', 's1')?.level).toBe(5)
    expect(a.snapshot()).toEqual(so.snapshot())
  })
})

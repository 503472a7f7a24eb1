import { describe, expect, it } from 'vitest'
import { isDomainError } from '../errors'
import { assertPlanKeepsReferences, assertReferencesKept, danglingReference } from './references'
import { OFFICE_A, SO, TestStore, t } from '../test-support/exchange-store'
import type { MergePlan, Resolutions } from './types'

/** Office A's unit, known to the Sở since a first exchange. */
function sharedUnit() {
  const a = new TestStore(OFFICE_A)
  const so = new TestStore(SO)
  a.create('unit', 'u1', { name: 'Phòng Văn hóa', block: 'Khối phường', parentId: null }, t(8))
  so.receive(a.send(t(9)), t(10))
  return { a, so }
}

function refusal(run: () => void): string | null {
  try {
    run()
    return null
  } catch (error) {
    if (isDomainError(error) && error.code === 'exchange_dangling_reference') return error.message
    throw error
  }
}

const outcomeOf = (so: TestStore, plan: MergePlan, resolutions: Resolutions) => {
  const copy = new TestStore(SO)
  copy.content = structuredClone(so.content)
  copy.ledger = structuredClone(so.ledger)
  return copy.apply(plan, resolutions).content
}

describe('links between records across a merge', () => {
  it('refuses at the preview a deletion of a unit our system still belongs to, naming both', () => {
    const { a, so } = sharedUnit()
    so.create('system', 's1', { name: 'Hệ thống quản lý di tích', unitId: 'u1' }, t(11))
    a.remove('unit', 'u1')
    const plan = so.plan(a.send(t(12)), t(13))
    expect(refusal(() => assertPlanKeepsReferences(so.content, plan))).toContain(
      'hệ thống thông tin "Hệ thống quản lý di tích" vẫn thuộc đơn vị "Phòng Văn hóa", nhưng đơn vị này bị xóa',
    )
  })

  it('refuses a system whose unit is neither in the file nor here, as a damaged file', () => {
    const so = new TestStore(SO)
    const a = new TestStore(OFFICE_A)
    a.create('system', 's1', { name: 'Cổng thông tin phường', unitId: 'u-khong-co' }, t(8))
    const plan = so.plan(a.send(t(9)), t(10))
    const message = refusal(() => assertPlanKeepsReferences(so.content, plan))
    expect(message).toContain('Tệp trao đổi dữ liệu không hợp lệ nên không được nhận')
    expect(message).toContain('thuộc đơn vị có mã "u-khong-co", không có trong tệp và cũng không có trên máy')
  })

  it('takes a unit under a parent it brings along, and an assessment of a system we hold', () => {
    const { a, so } = sharedUnit()
    so.create('system', 's1', { name: 'Cổng thông tin', unitId: 'u1' }, t(11))
    a.create('unit', 'u2', { name: 'Tổ một cửa', block: 'Khối phường', parentId: 'u3' }, t(11))
    a.create('unit', 'u3', { name: 'Văn phòng', block: 'Khối phường', parentId: 'u1' }, t(11))
    a.create('assessment', 'as1', { systemId: 's1', date: '2026-10-01', kind: 'periodic' }, t(11))
    const plan = so.plan(a.send(t(12)), t(13))
    expect(refusal(() => assertPlanKeepsReferences(so.content, plan))).toBeNull()
  })

  it('lets a conflict keep the unit at the preview, and refuses the decision that deletes it', () => {
    const { a, so } = sharedUnit()
    so.edit('unit', 'u1', { name: 'Phòng Văn hóa - Thông tin' }, t(11))
    so.create('system', 's1', { name: 'Hệ thống quản lý di tích', unitId: 'u1' }, t(11))
    a.remove('unit', 'u1')
    const plan = so.plan(a.send(t(12)), t(13))
    expect(plan.items.find((i) => i.key === 'unit:u1')?.status).toBe('conflict')
    expect(refusal(() => assertPlanKeepsReferences(so.content, plan))).toBeNull()

    const deleting = outcomeOf(so, plan, { 'unit:u1': { keep: 'incoming' } })
    expect(refusal(() => assertReferencesKept(so.content, [deleting]))).toContain(
      'hãy chọn giữ lại đơn vị "Phòng Văn hóa - Thông tin"',
    )
    const keeping = outcomeOf(so, plan, { 'unit:u1': { keep: 'local' } })
    expect(refusal(() => assertReferencesKept(so.content, [keeping]))).toBeNull()
  })

  it('lets a field-level conflict pick the side whose unit exists', () => {
    const { a, so } = sharedUnit()
    a.create('system', 's1', { name: 'Cổng thông tin', unitId: 'u1' }, t(11))
    so.receive(a.send(t(12)), t(13))
    // A moves the system to a unit it then deletes; the Sở renames it meanwhile.
    a.create('unit', 'u9', { name: 'Đơn vị tạm', block: 'Khối phường', parentId: null }, t(14))
    a.edit('system', 's1', { unitId: 'u9' }, t(14))
    a.remove('unit', 'u9')
    so.edit('system', 's1', { name: 'Cổng thông tin (Sở)' }, t(14))
    const plan = so.plan(a.send(t(15)), t(16))
    expect(plan.items.find((i) => i.key === 'system:s1')?.status).toBe('conflict')
    expect(refusal(() => assertPlanKeepsReferences(so.content, plan))).toBeNull()

    const theirUnit = outcomeOf(so, plan, { 'system:s1': { fields: { name: 'local', unitId: 'incoming' } } })
    expect(refusal(() => assertReferencesKept(so.content, [theirUnit]))).toContain(
      'hệ thống thông tin "Cổng thông tin (Sở)" thuộc đơn vị có mã "u9"',
    )
    const ourUnit = outcomeOf(so, plan, { 'system:s1': { fields: { name: 'local', unitId: 'local' } } })
    expect(refusal(() => assertReferencesKept(so.content, [ourUnit]))).toBeNull()
  })

  it('does not blame a merge for a link that was already broken before it', () => {
    const so = new TestStore(SO)
    so.create('system', 's-old', { name: 'Hệ thống cũ', unitId: 'u-mat' }, t(8))
    expect(danglingReference(so.content, [so.content])).toBeNull()
    const moved = { ...so.content, system: [{ ...so.content.system[0], name: 'Hệ thống cũ (đổi tên)' }] }
    expect(danglingReference(so.content, [moved])).toBeNull()
  })
})

// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { App as AntApp, ConfigProvider } from 'antd'
import viVN from 'antd/locale/vi_VN'
import { useState } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { describedBy } from '../../components/ui/described-by'
import type { MergePlan, Resolutions, Trust } from '../../domain/exchange'
import { applyMerge } from '../../domain/exchange'
import { OFFICE_A, SO, TestStore, t } from '../../domain/test-support/exchange-store'
import { MergePreview } from './MergePreview'

afterEach(cleanup)

/** The Sở and a phường both changed the same system (name and level) since they last met. */
function conflictPlan(): { so: TestStore; plan: MergePlan } {
  const a = new TestStore(OFFICE_A)
  const so = new TestStore(SO)
  a.create('unit', 'u1', { name: 'UBND phường An Dương', block: 'Khối xã, phường', parentId: null }, t(8))
  a.create('system', 's1', { name: 'Cổng thông tin phường', unitId: 'u1', level: 2, notes: '' }, t(8))
  a.create('system', 's2', { name: 'Một cửa điện tử', unitId: 'u1', level: 1, notes: '' }, t(8))
  so.receive(a.send(t(9)), t(9))
  a.edit('system', 's1', { name: 'Cổng TTĐT phường An Dương', level: 3 }, t(10))
  a.edit('system', 's2', { notes: 'Đã có quy chế' }, t(10))
  so.edit('system', 's1', { name: 'Cổng thông tin điện tử phường', level: 2, notes: 'Sở đã rà soát' }, t(10))
  return { so, plan: so.plan(a.send(t(11)), t(11)) }
}

function Harness({
  plan,
  onApply,
}: {
  plan: MergePlan & { trust?: Trust }
  onApply(resolutions: Resolutions): void
}) {
  const [resolutions, setResolutions] = useState<Resolutions>({})
  return (
    <MergePreview
      plan={plan}
      fileName="CapDo-gui-len-ubnd-phuong-an-duong-2026-12-01.xlsx"
      exportedAt="01/12/2026 18:00"
      resolutions={resolutions}
      names={{ unitName: () => 'UBND phường An Dương', ruleSetName: () => undefined }}
      systemName={() => undefined}
      applying={false}
      onDecide={(key, resolution) => setResolutions((r) => ({ ...r, [key]: resolution }))}
      onApply={() => onApply(resolutions)}
    />
  )
}

function renderPreview(plan: MergePlan & { trust?: Trust }, onApply = vi.fn()) {
  render(
    <ConfigProvider locale={viVN}>
      <AntApp>
        <Harness plan={plan} onApply={onApply} />
      </AntApp>
    </ConfigProvider>,
  )
  return onApply
}

const applyButton = () => screen.getByTestId('exchange-apply')

describe('the merge preview', () => {
  it('counts each status and lists the update with the fields it changes', () => {
    renderPreview(conflictPlan().plan)
    expect(screen.getByTestId('count-conflict').textContent).toBe('1')
    expect(screen.getByTestId('count-updated').textContent).toBe('1')
    expect(screen.getByTestId('count-unchanged').textContent).toBe('1')
    const row = within(screen.getByTestId('exchange-items')).getByText('Một cửa điện tử').closest('tr')
    expect(row?.textContent).toContain('Ghi chú')
  })

  it('writes a count past 999 the Vietnamese way, "1.235", as every other screen does', () => {
    const a = new TestStore(OFFICE_A)
    const so = new TestStore(SO)
    a.create('unit', 'u1', { name: 'UBND phường An Dương', block: 'Khối xã, phường', parentId: null }, t(8))
    for (let i = 0; i < 1234; i++) {
      a.create('system', `s${i}`, { name: `Hệ thống ${i}`, unitId: 'u1', level: 2, notes: '' }, t(8))
    }
    renderPreview(so.plan(a.send(t(9)), t(9)))
    // The unit and its 1,234 systems are all new to the Sở.
    expect(screen.getByTestId('count-new').textContent).toBe('1.235')
  })

  it('labels a record the sender deleted "Xóa", never "Cập nhật", and names the office that deleted it', () => {
    const a = new TestStore(OFFICE_A)
    const so = new TestStore(SO)
    a.create('unit', 'u1', { name: 'UBND phường An Dương', block: 'Khối xã, phường', parentId: null }, t(8))
    a.create('system', 's1', { name: 'Cổng thông tin phường', unitId: 'u1', level: 2 }, t(8))
    a.create('system', 's2', { name: 'Một cửa điện tử', unitId: 'u1', level: 1 }, t(8))
    so.receive(a.send(t(9)), t(9))
    a.remove('system', 's2')
    a.edit('system', 's1', { level: 3 }, t(10))
    renderPreview(so.plan(a.send(t(11)), t(11)))
    const items = within(screen.getByTestId('exchange-items'))
    const deleted = items.getByText('Một cửa điện tử').closest('tr')
    expect(within(deleted as HTMLElement).getByText('Xóa')).toBeTruthy()
    expect(deleted?.textContent).not.toContain('Cập nhật')
    expect(deleted?.textContent).toContain('Đã xóa tại UBND phường An Dương')
    const updated = items.getByText('Cổng thông tin phường').closest('tr')
    expect(updated?.textContent).toContain('Cập nhật')
    expect(screen.getByTestId('count-deleted').textContent).toBe('1')
    expect(screen.getByTestId('count-updated').textContent).toBe('1')
  })

  it('marks a signed file with its fingerprint, and a file from before signing "Chưa ký"', () => {
    const { plan } = conflictPlan()
    renderPreview({
      ...plan,
      trust: { kind: 'first', publicKey: 'AAAA', fingerprint: '3F2A 91C0 77D1 0B4E 5A6C 2D8F 1E3B 9C70' },
    })
    const signed = screen.getByTestId('exchange-trust')
    expect(signed.textContent).toContain('Đã ký')
    expect(signed.textContent).toContain('3F2A 91C0 77D1 0B4E 5A6C 2D8F 1E3B 9C70')
    expect(signed.textContent).toContain('Lần đầu nhận tệp có chữ ký của UBND phường An Dương')
    cleanup()
    renderPreview({ ...plan, trust: { kind: 'unsigned' } })
    const unsigned = screen.getByTestId('exchange-trust')
    expect(unsigned.textContent).toContain('Chưa ký')
    expect(unsigned.textContent).not.toContain('Đã ký')
  })

  it('asks only for the field both offices changed, labelled with who changed it, and takes the others from the side that did', () => {
    const { so, plan } = conflictPlan()
    const onApply = renderPreview(plan)
    const conflict = screen.getByTestId('exchange-conflict')
    // antd puts the test id on the radio's input; its label is the value in words and who changed it.
    const pick = (id: string) => within(conflict).getByTestId(id)
    const label = (id: string) => pick(id).closest('label')?.textContent
    expect(label('pick-local-name')).toBe(
      'Cổng thông tin điện tử phườngthay đổi trên máy này ngày 01/12/2026',
    )
    expect(label('pick-incoming-name')).toBe(
      'Cổng TTĐT phường An Dươngthay đổi tại UBND phường An Dương ngày 01/12/2026',
    )
    // The level (changed only there) and the notes (only here) are not questions.
    expect(within(conflict).queryByTestId('pick-incoming-level')).toBeNull()
    expect(within(conflict).queryByTestId('pick-local-notes')).toBeNull()
    expect(within(conflict).getByTestId('exchange-auto-fields').textContent).toBe(
      'Lấy theo bên đã sửa, không cần chọn: Cấp độ (thay đổi tại UBND phường An Dương ngày 01/12/2026); ' +
        'Ghi chú (thay đổi trên máy này ngày 01/12/2026)',
    )
    expect(screen.getByText('Còn 1 xung đột chưa chọn cách xử lý.')).toBeTruthy()
    expect(applyButton()).toHaveProperty('disabled', true)
    // Held back, "Nhận" says why and what to do, to a screen reader too.
    expect(describedBy(applyButton())).toBe(
      'Còn 1 xung đột chưa chọn cách xử lý: chọn giữ bản trên máy hay nhận bản trong tệp ở từng xung đột phía trên.',
    )

    fireEvent.click(pick('pick-local-name'))
    expect(applyButton()).toHaveProperty('disabled', false)
    expect(describedBy(applyButton())).toBeNull()
    fireEvent.click(applyButton())
    const resolutions = onApply.mock.calls[0][0] as Resolutions
    const result = applyMerge(so.content, plan, resolutions)
    expect(result.content.system.find((s) => s.id === 's1')).toMatchObject({
      name: 'Cổng thông tin điện tử phường',
      level: 3,
      notes: 'Sở đã rà soát',
    })
  })

  it('takes one side for every field in conflict with a single button, and still keeps what only the other side changed', () => {
    const { so, plan } = conflictPlan()
    const onApply = renderPreview(plan)
    expect(screen.queryByRole('button', { name: 'Nhận toàn bộ bản trong tệp' })).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: 'Nhận bản trong tệp cho mọi trường xung đột' }))
    expect(applyButton()).toHaveProperty('disabled', false)
    fireEvent.click(applyButton())
    const resolutions = onApply.mock.calls[0][0] as Resolutions
    expect(Object.values(resolutions)).toEqual([{ keep: 'incoming' }])
    // The Sở's note, changed only here, is not dropped by "their side" (issue #13).
    expect(applyMerge(so.content, plan, resolutions).content.system.find((s) => s.id === 's1')).toMatchObject(
      {
        name: 'Cổng TTĐT phường An Dương',
        level: 3,
        notes: 'Sở đã rà soát',
      },
    )
  })

  it('says when no earlier exchange tells who changed what, and asks for every differing field', () => {
    const { plan } = conflictPlan()
    // The same plan as a store with no noted base would make it (a ledger from before bases).
    const item = plan.items.find((i) => i.key === 'system:s1')
    const bare = {
      ...plan,
      items: plan.items.map((i) =>
        i === item
          ? {
              ...i,
              baseKnown: false,
              fields: i.fields.map(({ field, local, incoming }) => ({ field, local, incoming })),
            }
          : i,
      ),
    }
    renderPreview(bare)
    const conflict = screen.getByTestId('exchange-conflict')
    expect(within(conflict).getByTestId('exchange-no-base').textContent).toContain(
      'Chưa có lần trao đổi trước với đơn vị này cho bản ghi này',
    )
    // Every differing field is asked, with nothing chosen for the officer.
    for (const id of ['pick-local-name', 'pick-incoming-level', 'pick-local-notes'])
      expect(within(conflict).getByTestId(id)).toMatchObject({ type: 'radio', checked: false })
    expect(within(conflict).queryByTestId('changed-local-name')).toBeNull()
    expect(screen.getByRole('button', { name: 'Giữ toàn bộ bản trên máy' })).toHaveProperty('disabled', false)
  })
})

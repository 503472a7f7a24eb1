// @vitest-environment jsdom
import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { App as AntApp } from 'antd'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CapdoDatabase } from '../../../db/database'
import { DbProvider, useSystem } from '../../../db/hooks'
import { listHistoryForSystem } from '../../../db/repos/history'
import { createSystem, getSystem } from '../../../db/repos/systems'
import { createUnit } from '../../../db/repos/units'
import { freshDatabase } from '../../../db/test-support/test-db'
import { ND331_2026 } from '../../../domain/rule-set'
import type { SystemRecord } from '../../../domain/types'
import { ChecklistCard } from './ChecklistCard'

// antd renders slowly in jsdom on a busy machine: wait up to 10 s for what a test looks for.
configure({ asyncUtilTimeout: 10_000 })

let db: CapdoDatabase
beforeEach(() => {
  db = freshDatabase()
})
afterEach(async () => {
  await db.delete()
})

function LiveCard({ id }: { id: string }) {
  const system = useSystem(id)
  if (!system) return null
  return <ChecklistCard system={system} ruleSet={ND331_2026} ruleSets={[ND331_2026]} />
}

async function setUp(fields: Partial<SystemRecord>): Promise<SystemRecord> {
  const unit = await createUnit(db, { name: 'Sở Y tế' })
  const system = await createSystem(db, { name: 'Hệ thống bệnh án điện tử', unitId: unit.id, ...fields })
  render(
    <DbProvider db={db}>
      <AntApp>
        <LiveCard id={system.id} />
      </AntApp>
    </DbProvider>,
  )
  return system
}

const missingText = async () => (await screen.findByTestId('checklist-missing')).textContent ?? ''

describe('the dossier checklist', () => {
  it('lists what a level-3 dossier lacks, with the level-4 part greyed as optional', async () => {
    await setUp({ level: 3 })
    expect(await missingText()).toContain('Còn thiếu 6 thành phần')
    expect(await missingText()).toContain('Ý kiến thẩm định của cơ quan chủ trì thẩm định')
    expect(await missingText()).not.toContain('Ý kiến chuyên môn của đơn vị chuyên trách')
    const optional = screen.getByTestId('checklist-security_unit_opinion')
    expect(optional.textContent).toContain('Chỉ bắt buộc từ cấp độ 4')
    expect(screen.getByTestId('checklist-design').textContent).toContain(
      'Nghị định 331/2026/NĐ-CP, Điều 21 khoản 2',
    )
  })

  it('a tick is stored with its date and its history entry, and leaves the missing list', async () => {
    const system = await setUp({ level: 3 })
    const design = await screen.findByTestId('checklist-design')
    fireEvent.click(within(design).getByRole('checkbox'))

    await waitFor(async () =>
      expect((await getSystem(db, system.id))?.dossierChecklist.map((t) => t.part)).toEqual(['design']),
    )
    const stored = await getSystem(db, system.id)
    expect(stored?.dossierChecklist[0].on).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    const [latest] = await listHistoryForSystem(db, system.id)
    expect(latest.changes.map((c) => c.field)).toEqual(['dossierChecklist'])
    await waitFor(async () => expect(await missingText()).toContain('Còn thiếu 5 thành phần'))
    expect(await missingText()).not.toContain('Tài liệu thiết kế')

    // The date can be corrected, typed as dd/mm/yyyy.
    const date = within(await screen.findByTestId('checklist-design')).getByLabelText('Ngày hoàn thành')
    fireEvent.focus(date)
    fireEvent.change(date, { target: { value: '15/10/2026' } })
    fireEvent.blur(date)
    await waitFor(async () =>
      expect((await getSystem(db, system.id))?.dossierChecklist).toEqual([
        { part: 'design', on: '2026-10-15' },
      ]),
    )
  })

  it('counts the security rules recorded on the system as present', async () => {
    await setUp({ level: 1, securityRulesNo: '15/QĐ-SYT', securityRulesOn: '2026-09-01' })
    const rules = await screen.findByTestId('checklist-security_rules')
    expect(within(rules).getByRole('checkbox')).toHaveProperty('checked', true)
    expect(await missingText()).toContain('Còn thiếu 4 thành phần')
  })

  it('asks for a level before it can say which parts are needed', async () => {
    await setUp({ level: null })
    expect((await screen.findByTestId('dossier-checklist')).textContent).toContain(
      'Chọn cấp độ đề xuất của hệ thống',
    )
  })
})

// @vitest-environment jsdom
import { cleanup, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { App as AntApp } from 'antd'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DbProvider } from '../../../db/hooks'
import { saveHolidayChange } from '../../../db/repos/settings'
import { createSystem, getSystem } from '../../../db/repos/systems'
import { createUnit } from '../../../db/repos/units'
import { freshDatabase } from '../../../db/test-support/test-db'
import type { CapdoDatabase } from '../../../db/database'
import { evaluateSystem } from '../../../domain/evaluate'
import { ND331_2026, ND85_CT09_2024 } from '../../../domain/rule-set'
import type { DossierState, Level, SystemRecord } from '../../../domain/types'
import { DossierPanel } from './DossierPanel'

const ASOF = '2026-11-23'
// antd renders slowly in jsdom, more so on a busy machine: wait up to 5 s for what a test looks for.
configure({ asyncUtilTimeout: 5000 })

let db: CapdoDatabase | undefined

afterEach(async () => {
  vi.useRealTimers()
  cleanup()
  await db?.delete()
  db = undefined
})

function record(dossierState: DossierState, level: Level | null): SystemRecord {
  return {
    id: 's1',
    name: 'Cổng thông tin điện tử',
    unitId: 'u1',
    owner: '',
    level,
    systemType: null,
    informationTypes: [],
    description: '',
    notes: '',
    dossierState,
    submittedOn: null,
    appraisedOn: null,
    decisionNo: dossierState === 'approved' ? '1234/QĐ-UBND' : '',
    approvedOn: dossierState === 'approved' ? '2026-10-01' : null,
    approvalIssuer: dossierState === 'approved' ? 'UBND thành phố Hải Phòng' : '',
    approvalRuleSetId: null,
    securityRulesNo: '',
    securityRulesOn: null,
    securityRulesIssuer: '',
    deploymentState: 'none',
    deployedOn: null,
    commissionedOn: null,
    expectedApprovalOn: null,
    expectedDeploymentOn: null,
    levelJustification: null,
    dossierChecklist: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    revision: 1,
  }
}

function renderPanel(system: SystemRecord, database: CapdoDatabase = freshDatabase()) {
  db = database
  const evaluation = evaluateSystem(system, null, ND85_CT09_2024, ASOF)
  render(
    <DbProvider db={database}>
      <AntApp>
        <DossierPanel
          system={system}
          evaluation={evaluation}
          ruleSet={ND85_CT09_2024}
          ruleSets={[ND85_CT09_2024]}
          asOf={ASOF}
          formDirty={false}
        />
      </AntApp>
    </DbProvider>,
  )
}

function offeredSteps(): string[] {
  return within(screen.getByTestId('dossier-actions'))
    .queryAllByRole('button')
    .map((b) => b.textContent ?? '')
}

describe('the dossier panel offers only the steps the workflow allows', () => {
  it('a dossier not started can only start being drafted', () => {
    renderPanel(record('not_started', 3))
    expect(offeredSteps()).toEqual(['Bắt đầu xây dựng hồ sơ'])
  })

  it('a submitted level-3 dossier waits for its appraisal: it cannot be approved yet', () => {
    renderPanel(record('submitted', 3))
    expect(offeredSteps()).toEqual(['Ghi nhận ý kiến thẩm định', 'Trả lại để bổ sung'])
  })

  it('a submitted level-2 dossier may be approved straight away (same security unit decides)', () => {
    renderPanel(record('submitted', 2))
    expect(offeredSteps()).toEqual(['Ghi nhận ý kiến thẩm định', 'Phê duyệt', 'Trả lại để bổ sung'])
  })

  it('an approved dossier can only be reopened for revision, and shows its decision', () => {
    renderPanel(record('approved', 3))
    expect(offeredSteps()).toEqual(['Bắt đầu xác định lại cấp độ'])
    const decision = screen.getByTestId('approval-decision')
    expect(decision.textContent).toContain('1234/QĐ-UBND')
    expect(decision.textContent).toContain('01/10/2026')
    expect(decision.textContent).toContain('UBND thành phố Hải Phòng')
  })

  it('a dossier under revision can be submitted again and still shows the previous decision', () => {
    renderPanel({ ...record('approved', 3), dossierState: 'revising' })
    expect(offeredSteps()).toEqual(['Trình thẩm định'])
    expect(screen.getByTestId('approval-decision').textContent).toContain(
      'Quyết định phê duyệt trước đây (đang điều chỉnh)',
    )
    expect(screen.getByTestId('dossier-steps').textContent).toContain('Đang xác định lại cấp độ')
  })

  it('shows the approval deadline and whether it has passed', () => {
    renderPanel(record('drafting', 3))
    expect(screen.getByText('Hạn phê duyệt')).toBeTruthy()
    expect(screen.getByTestId('approval-deadline').textContent).toContain('30/09/2024')
    expect(screen.getByTestId('approval-deadline').textContent).toContain('Quá hạn phê duyệt')
  })
})

describe('a dossier step in its dialog', () => {
  it('an approval with nothing filled in shows all three errors beside their fields at once, the first focused', async () => {
    const database = freshDatabase()
    const unit = await createUnit(database, { name: 'Sở Y tế' })
    const stored = await createSystem(database, {
      name: 'Cổng thông tin điện tử',
      unitId: unit.id,
      level: 3,
      dossierState: 'appraised',
    })
    renderPanel(stored, database)

    fireEvent.click(screen.getByRole('button', { name: 'Phê duyệt' }))
    const dialog = await screen.findByRole('dialog')
    // The three facts of the decision are marked required before anything is typed.
    for (const label of ['Số quyết định phê duyệt', 'Ngày quyết định phê duyệt', 'Cơ quan ban hành quyết định']) {
      expect(within(dialog).getByLabelText(label).getAttribute('aria-required')).toBe('true')
    }
    confirmDespiteWarnings(dialog)
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ghi nhận' }))

    await waitFor(() =>
      expect(errorBeside(dialog, 'Số quyết định phê duyệt')).toBe(
        'Cần nhập số quyết định phê duyệt, ví dụ 1234/QĐ-UBND.',
      ),
    )
    expect(errorBeside(dialog, 'Ngày quyết định phê duyệt')).toBe('Cần nhập ngày quyết định phê duyệt (dd/mm/yyyy).')
    expect(errorBeside(dialog, 'Cơ quan ban hành quyết định')).toBe('Cần nhập cơ quan ban hành quyết định phê duyệt.')
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByLabelText('Số quyết định phê duyệt')))
    expect(within(dialog).queryByTestId('dossier-error')).toBeNull()
    expect((await getSystem(database, stored.id))?.dossierState).toBe('appraised')
  })

  it('records the approval with its decision number, date and issuing body', async () => {
    const database = freshDatabase()
    const unit = await createUnit(database, { name: 'Sở Y tế' })
    const stored = await createSystem(database, {
      name: 'Cổng thông tin điện tử',
      unitId: unit.id,
      level: 3,
      dossierState: 'appraised',
    })
    renderPanel(stored, database)

    fireEvent.click(screen.getByRole('button', { name: 'Phê duyệt' }))
    const dialog = await screen.findByRole('dialog')
    fireEvent.change(within(dialog).getByLabelText('Số quyết định phê duyệt'), {
      target: { value: '1234/QĐ-UBND' },
    })
    const date = within(dialog).getByLabelText('Ngày quyết định phê duyệt')
    fireEvent.focus(date)
    fireEvent.change(date, { target: { value: '20/11/2026' } })
    fireEvent.blur(date)
    fireEvent.change(within(dialog).getByLabelText('Cơ quan ban hành quyết định'), {
      target: { value: 'UBND thành phố Hải Phòng' },
    })
    confirmDespiteWarnings(dialog)
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ghi nhận' }))

    await waitFor(async () => expect((await getSystem(database, stored.id))?.dossierState).toBe('approved'))
    const approved = await getSystem(database, stored.id)
    expect(approved?.decisionNo).toBe('1234/QĐ-UBND')
    expect(approved?.approvedOn).toBe('2026-11-20')
    expect(approved?.approvalIssuer).toBe('UBND thành phố Hải Phòng')
  })
})

/** The error shown beside a field: the text its control is described by (antd's `<id>_help`). */
function errorBeside(container: HTMLElement, label: string): string {
  const control = within(container).getByLabelText(label)
  const ids = (control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean)
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ')
}

/** The dossier of these tests lacks its parts: the approval asks the officer to confirm first. */
function confirmDespiteWarnings(dialog: HTMLElement) {
  fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Tôi đã kiểm tra, vẫn phê duyệt' }))
}

describe('the approve step warns about what the law expects first', () => {
  const complete = [
    { part: 'description' as const, on: '2026-10-01' },
    { part: 'design' as const, on: '2026-10-01' },
    { part: 'level_justification' as const, on: '2026-10-01' },
    { part: 'protection_plan' as const, on: '2026-10-01' },
    { part: 'appraisal_opinion' as const, on: '2026-11-02' },
  ]

  it('lists the missing parts and the missing security rules, and approves only once confirmed', async () => {
    const database = freshDatabase()
    const unit = await createUnit(database, { name: 'Sở Y tế' })
    const stored = await createSystem(database, {
      name: 'Cổng dịch vụ công',
      unitId: unit.id,
      level: 3,
      dossierState: 'appraised',
      dossierChecklist: complete.slice(0, 2),
    })
    renderPanel(stored, database)

    fireEvent.click(screen.getByRole('button', { name: 'Phê duyệt' }))
    const dialog = await screen.findByRole('dialog')
    const warnings = within(dialog).getByTestId('approval-warnings').textContent ?? ''
    expect(warnings).toContain('Tài liệu thuyết minh về việc đề xuất cấp độ')
    expect(warnings).toContain('Ý kiến thẩm định của cơ quan chủ trì thẩm định')
    expect(warnings).toContain('Chưa có Quy chế bảo đảm an ninh mạng của hệ thống')
    expect(warnings).not.toContain('Tài liệu thiết kế')
    const ok = within(dialog).getByRole('button', { name: 'Ghi nhận' })
    expect(ok.hasAttribute('disabled')).toBe(true)
    // The disabled button says why, to the mouse (title) and to a screen reader (its description).
    const why = 'Chưa thể ghi nhận: hãy xem các vấn đề nêu ở trên rồi đánh dấu “Tôi đã kiểm tra, vẫn phê duyệt”.'
    expect(ok.getAttribute('title')).toBe(why)
    expect(document.getElementById(ok.getAttribute('aria-describedby') ?? '')?.textContent).toBe(why)
    confirmDespiteWarnings(dialog)
    expect(ok.hasAttribute('disabled')).toBe(false)
    expect(ok.getAttribute('aria-describedby')).toBeNull()
  })

  it('shows no warning for a complete dossier whose security rules came before the approval', async () => {
    const database = freshDatabase()
    const unit = await createUnit(database, { name: 'Sở Y tế' })
    const stored = await createSystem(database, {
      name: 'Cổng dịch vụ công',
      unitId: unit.id,
      level: 3,
      dossierState: 'appraised',
      dossierChecklist: complete,
      securityRulesNo: '15/QĐ-SYT',
      securityRulesOn: '2026-09-01',
    })
    renderPanel(stored, database)
    fireEvent.click(screen.getByRole('button', { name: 'Phê duyệt' }))
    const dialog = await screen.findByRole('dialog')
    expect(within(dialog).queryByTestId('approval-warnings')).toBeNull()
    expect(within(dialog).getByRole('button', { name: 'Ghi nhận' }).hasAttribute('disabled')).toBe(false)
  })
})

describe('who decides and by when', () => {
  function renderNd331(system: SystemRecord, database: CapdoDatabase) {
    render(
      <DbProvider db={database}>
        <AntApp>
          <DossierPanel
            system={system}
            evaluation={evaluateSystem(system, null, ND331_2026, ASOF)}
            ruleSet={ND331_2026}
            ruleSets={[ND331_2026]}
            asOf={ASOF}
            formDirty={false}
          />
        </AntApp>
      </DbProvider>,
    )
  }

  it('counts the level-3 time limits of Decree 331 in working days from the submission', async () => {
    db = freshDatabase()
    renderNd331({ ...record('submitted', 3), submittedOn: '2026-12-01' }, db)
    // 15 working days after Tue 01/12/2026: Mon–Fri only → Tue 22/12/2026; then 7 more → Thu 31/12/2026.
    expect(await screen.findByTestId('appraisal-due')).toHaveProperty(
      'textContent',
      '15 ngày làm việc — hạn 22/12/2026Căn cứ: Nghị định 331/2026/NĐ-CP, Điều 23 khoản 3 điểm a',
    )
    expect(screen.getByTestId('approval-due').textContent).toBe(
      '7 ngày làm việc — hạn 31/12/2026 (tính từ hạn thẩm định, khi chưa có ý kiến thẩm định)Căn cứ: Nghị định 331/2026/NĐ-CP, Điều 24 khoản 2',
    )
    // An incomplete dossier is answered within 5 working days of receipt (Điều 23 khoản 2).
    expect(screen.getByTestId('intake-due').textContent).toBe(
      '5 ngày làm việc — hạn 08/12/2026Căn cứ: Nghị định 331/2026/NĐ-CP, Điều 23 khoản 2',
    )
  })

  it('names Bộ Quốc phòng and Ban Cơ yếu Chính phủ beside Bộ Công an for a level-4 dossier', async () => {
    db = freshDatabase()
    renderNd331({ ...record('submitted', 4), submittedOn: '2026-12-01' }, db)
    await screen.findByTestId('appraisal-due')
    const appraiser = screen.getByTestId('appraiser').textContent ?? ''
    expect(appraiser).toMatch(/^Bộ Công an chủ trì/)
    expect(screen.getByTestId('appraiser-exceptions').textContent).toBe(
      'Hệ thống thông tin quân sự: Bộ Quốc phòng chủ trì thẩm định (Điều 18 khoản 3 điểm b)' +
        'Hệ thống thông tin cơ yếu của cơ quan, tổ chức thuộc Ban Cơ yếu Chính phủ: Ban Cơ yếu Chính phủ chủ trì thẩm định (Điều 18 khoản 3 điểm c)',
    )
    expect(appraiser).toContain('Căn cứ: Nghị định 331/2026/NĐ-CP, Điều 18 khoản 3 điểm a, b, c')
  })

  it('counts by the calendar of Settings: a day off added there moves both due dates', async () => {
    db = freshDatabase()
    await saveHolidayChange(db, {
      kind: 'add_day_off',
      date: '15/12/2026',
      name: 'Nghỉ theo quyết định của tỉnh',
    })
    renderNd331({ ...record('submitted', 3), submittedOn: '2026-12-01' }, db)
    expect((await screen.findByTestId('appraisal-due')).textContent).toContain(
      '15 ngày làm việc — hạn 23/12/2026',
    )
    // 7 working days from Wed 23/12: 24, 25, 28, 29, 30, 31/12, then 1/1 (Tết Dương lịch) and the weekend → 04/01/2027.
    expect(screen.getByTestId('approval-due').textContent).toContain('7 ngày làm việc — hạn 04/01/2027')
  })

  it('shows the Decree 331 transition deadline of a system approved under Decree 85', () => {
    const system = { ...record('approved', 3), approvalRuleSetId: 'ND85-CT09-2024' }
    renderPanel(system)
    expect(screen.getByTestId('transition-deadline').textContent).toContain('01/07/2027')
  })
})

describe('a step is dated by the real clock, never by the reporting date', () => {
  // Today is 07/12/2026 while the page shows the register "tính đến ngày" 23/11/2026 (ASOF).
  const TODAY = new Date('2026-12-07T03:00:00Z')

  async function storedSystem(database: CapdoDatabase, fields: Partial<SystemRecord>) {
    const unit = await createUnit(database, { name: 'Sở Y tế' })
    return createSystem(database, { name: 'Cổng thông tin điện tử', unitId: unit.id, level: 3, ...fields })
  }

  function typeDate(dialog: HTMLElement, label: string, text: string) {
    const date = within(dialog).getByLabelText(label)
    fireEvent.focus(date)
    fireEvent.change(date, { target: { value: text } })
    fireEvent.blur(date)
  }

  it('the submission and the appraisal opinion default to today, not to "Tính đến ngày"', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(TODAY)
    const database = freshDatabase()
    const stored = await storedSystem(database, { dossierState: 'drafting' })
    renderPanel(stored, database)

    fireEvent.click(screen.getByRole('button', { name: 'Trình thẩm định' }))
    const dialog = await screen.findByRole('dialog')
    expect(within(dialog).getByLabelText<HTMLInputElement>('Ngày trình thẩm định').value).toBe('07/12/2026')
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ghi nhận' }))
    await waitFor(async () => expect((await getSystem(database, stored.id))?.submittedOn).toBe('2026-12-07'))
  })

  it('a step dated after the reporting date but not after today is recorded', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(TODAY)
    const database = freshDatabase()
    const stored = await storedSystem(database, { dossierState: 'submitted', submittedOn: '2026-11-20' })
    renderPanel(stored, database)

    fireEvent.click(screen.getByRole('button', { name: 'Ghi nhận ý kiến thẩm định' }))
    const dialog = await screen.findByRole('dialog')
    typeDate(dialog, 'Ngày có ý kiến thẩm định', '01/12/2026')
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ghi nhận' }))
    await waitFor(async () => expect((await getSystem(database, stored.id))?.appraisedOn).toBe('2026-12-01'))
  })

  it('the issue’s dates: an appraisal opinion of 15/09/2026 on a submission of 01/10/2026 is refused in the dialog, nothing written', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(TODAY)
    const database = freshDatabase()
    const stored = await storedSystem(database, { dossierState: 'submitted', submittedOn: '2026-10-01' })
    renderPanel(stored, database)

    fireEvent.click(screen.getByRole('button', { name: 'Ghi nhận ý kiến thẩm định' }))
    const dialog = await screen.findByRole('dialog')
    expect(dialog.textContent).toContain('Không được trước ngày trình thẩm định (01/10/2026).')
    typeDate(dialog, 'Ngày có ý kiến thẩm định', '15/09/2026')
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ghi nhận' }))

    await waitFor(() =>
      expect(errorBeside(dialog, 'Ngày có ý kiến thẩm định')).toContain(
        'Ngày có ý kiến thẩm định (15/09/2026) không được trước ngày trình thẩm định (01/10/2026).',
      ),
    )
    expect(await getSystem(database, stored.id)).toEqual(stored)
  })

  it('the issue’s dates: an approval of 01/09/2026 on an appraisal opinion of 15/09/2026 is refused, nothing written', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(TODAY)
    const database = freshDatabase()
    const stored = await storedSystem(database, {
      dossierState: 'appraised',
      submittedOn: '2026-09-01',
      appraisedOn: '2026-09-15',
    })
    renderPanel(stored, database)

    fireEvent.click(screen.getByRole('button', { name: 'Phê duyệt' }))
    const dialog = await screen.findByRole('dialog')
    fireEvent.change(within(dialog).getByLabelText('Số quyết định phê duyệt'), {
      target: { value: '1234/QĐ-UBND' },
    })
    typeDate(dialog, 'Ngày quyết định phê duyệt', '01/09/2026')
    fireEvent.change(within(dialog).getByLabelText('Cơ quan ban hành quyết định'), {
      target: { value: 'UBND thành phố Hải Phòng' },
    })
    confirmDespiteWarnings(dialog)
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ghi nhận' }))

    await waitFor(() =>
      expect(errorBeside(dialog, 'Ngày quyết định phê duyệt')).toContain(
        'Ngày phê duyệt (01/09/2026) không được trước ngày có ý kiến thẩm định (15/09/2026).',
      ),
    )
    expect(await getSystem(database, stored.id)).toEqual(stored)
  })

  it('a step dated tomorrow is refused, naming the date and today', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(TODAY)
    const database = freshDatabase()
    const stored = await storedSystem(database, { dossierState: 'drafting' })
    renderPanel(stored, database)

    fireEvent.click(screen.getByRole('button', { name: 'Trình thẩm định' }))
    const dialog = await screen.findByRole('dialog')
    typeDate(dialog, 'Ngày trình thẩm định', '08/12/2026')
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ghi nhận' }))
    await waitFor(() =>
      expect(errorBeside(dialog, 'Ngày trình thẩm định')).toContain(
        'Ngày trình thẩm định (08/12/2026) không được sau ngày hôm nay (07/12/2026).',
      ),
    )
    expect(await getSystem(database, stored.id)).toEqual(stored)
  })
})

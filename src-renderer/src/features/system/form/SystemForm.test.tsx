// @vitest-environment jsdom
import { cleanup, configure, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { App as AntApp } from 'antd'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { CapdoDatabase } from '../../../db/database'
import { DbProvider } from '../../../db/hooks'
import { createSystem, listSystems } from '../../../db/repos/systems'
import { createUnit } from '../../../db/repos/units'
import { freshDatabase } from '../../../db/test-support/test-db'
import { useAsOf } from '../../../stores/as-of'
import { expectFieldError } from '../../test-support/field-error'
import { SystemPage } from '../SystemPage'

// antd renders slowly in jsdom, more so on a busy machine: wait up to 5 s for what a test looks for.
configure({ asyncUtilTimeout: 5000 })

let db: CapdoDatabase

beforeEach(async () => {
  db = freshDatabase()
  await createUnit(db, { name: 'Sở Y tế', block: 'Khối sở, ban, ngành' })
  await createUnit(db, { name: 'Sở Tài chính', block: 'Khối sở, ban, ngành' })
})

afterEach(async () => {
  vi.useRealTimers()
  cleanup()
  await db.delete()
})

function renderNewSystemPage(path = '/systems/new') {
  const router = createMemoryRouter(
    [
      { path: '/systems/:systemId', element: <SystemPage /> },
      { path: '/register', element: <p>Sổ theo dõi</p> },
    ],
    { initialEntries: [path] },
  )
  render(
    <DbProvider db={db}>
      <AntApp>
        <RouterProvider router={router} />
      </AntApp>
    </DbProvider>,
  )
  return router
}

function typeDate(label: string, text: string) {
  const input = screen.getByLabelText(label)
  fireEvent.focus(input)
  fireEvent.change(input, { target: { value: text } })
  fireEvent.blur(input)
}

async function chooseUnit(name: string) {
  const select = screen.getByLabelText('Đơn vị quản lý, vận hành')
  fireEvent.mouseDown(select)
  fireEvent.change(select, { target: { value: name } })
  fireEvent.click(await screen.findByTitle(name))
}

/** The error shown beside a field: the text its control is described by (antd's `<id>_help`). */
function errorBeside(control: HTMLElement): string {
  const ids = (control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean)
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ')
}

const save = () => fireEvent.click(screen.getByRole('button', { name: /Lưu/ }))

describe('the system form', () => {
  it('refuses to save a system without a name or a unit, and says so in Vietnamese', async () => {
    renderNewSystemPage()
    await screen.findByLabelText('Tên hệ thống thông tin')
    save()

    await expectFieldError(document.body, 'Tên hệ thống thông tin', 'Cần nhập tên hệ thống thông tin.')
    await expectFieldError(document.body, 'Đơn vị quản lý, vận hành', 'Cần chọn đơn vị quản lý, vận hành.')
    expect(await listSystems(db)).toEqual([])
  })

  it('marks the required fields, shows both errors beside their fields at once and focuses the first', async () => {
    renderNewSystemPage()
    const name = await screen.findByLabelText('Tên hệ thống thông tin')
    const unit = screen.getByLabelText('Đơn vị quản lý, vận hành')
    expect(name.getAttribute('aria-required')).toBe('true')
    expect(unit.getAttribute('aria-required')).toBe('true')
    save()

    await waitFor(() => expect(errorBeside(name)).toBe('Cần nhập tên hệ thống thông tin.'))
    expect(errorBeside(unit)).toBe('Cần chọn đơn vị quản lý, vận hành.')
    await waitFor(() => expect(document.activeElement).toBe(name))
  })

  it('a saved system with nothing changed: "Lưu" is disabled and says why', async () => {
    const [unit] = await db.units.toArray()
    const stored = await createSystem(db, { name: 'Cổng thông tin điện tử', unitId: unit.id })
    renderNewSystemPage(`/systems/${stored.id}`)
    const button = await screen.findByTestId('save-system')
    expect(button.hasAttribute('disabled')).toBe(true)
    expect(document.getElementById(button.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Chưa có thay đổi nào để lưu: sửa một trường của biểu mẫu thì nút “Lưu” dùng được.',
    )
    fireEvent.change(screen.getByLabelText('Tên hệ thống thông tin'), { target: { value: 'Cổng mới' } })
    await waitFor(() => expect(button.hasAttribute('disabled')).toBe(false))
    expect(button.getAttribute('aria-describedby')).toBeNull()
  })

  it('does not take a name of blank spaces', async () => {
    renderNewSystemPage()
    fireEvent.change(await screen.findByLabelText('Tên hệ thống thông tin'), { target: { value: '   ' } })
    save()
    await expectFieldError(document.body, 'Tên hệ thống thông tin', 'Cần nhập tên hệ thống thông tin.')
  })

  it('refuses a commissioning date that does not exist, keeping what was typed in the message', async () => {
    renderNewSystemPage()
    fireEvent.change(await screen.findByLabelText('Tên hệ thống thông tin'), {
      target: { value: 'Cổng thông tin điện tử' },
    })
    await chooseUnit('Sở Y tế')
    typeDate('Ngày đưa vào vận hành', '31/02/2024')
    save()

    await expectFieldError(
      document.body,
      'Ngày đưa vào vận hành',
      'Ngày đưa vào vận hành: “31/02/2024” không phải là ngày hợp lệ. Nhập theo dạng dd/mm/yyyy, ví dụ 15/03/2025.',
    )
    expect(await listSystems(db)).toEqual([])
  })

  it('reads a commissioning date typed day first (d/m/yyyy) and stores it as a calendar date', async () => {
    const router = renderNewSystemPage()
    fireEvent.change(await screen.findByLabelText('Tên hệ thống thông tin'), {
      target: { value: 'Cổng thông tin điện tử' },
    })
    await chooseUnit('Sở Y tế')
    typeDate('Ngày đưa vào vận hành', '5/3/2027')
    expect((screen.getByLabelText('Ngày đưa vào vận hành') as HTMLInputElement).value).toBe('05/03/2027')
    save()

    await waitFor(async () => expect(await listSystems(db)).toHaveLength(1))
    const [system] = await listSystems(db)
    expect(system.name).toBe('Cổng thông tin điện tử')
    expect(system.commissionedOn).toBe('2027-03-05')
    // Saving a new system opens its own page.
    await waitFor(() => expect(router.state.location.pathname).toBe(`/systems/${system.id}`))
  })

  it('asks before leaving a form with unsaved changes, and stays when asked to', async () => {
    const router = renderNewSystemPage()
    fireEvent.change(await screen.findByLabelText('Tên hệ thống thông tin'), {
      target: { value: 'Hệ thống chưa lưu' },
    })
    await router.navigate('/register')

    // A modal dialog named by its question, so keyboard and screen-reader users land in it.
    const dialog = await screen.findByRole('dialog', { name: 'Bạn có thay đổi chưa lưu' })
    expect(dialog.getAttribute('aria-modal')).toBe('true')
    fireEvent.click(screen.getByRole('button', { name: 'Ở lại' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/systems/new'))
    expect((screen.getByLabelText('Tên hệ thống thông tin') as HTMLInputElement).value).toBe(
      'Hệ thống chưa lưu',
    )

    await router.navigate('/register')
    fireEvent.click(await screen.findByRole('button', { name: 'Rời đi không lưu' }))
    await screen.findByText('Sổ theo dõi')
    expect(router.state.location.pathname).toBe('/register')
    // The form and its question are gone, not left over the page the user went to.
    expect(screen.queryByLabelText('Tên hệ thống thông tin')).toBeNull()
    expect(screen.queryByRole('dialog', { name: 'Bạn có thay đổi chưa lưu' })).toBeNull()
  })
})

describe('dates of what was done are judged against today, not against "Tính đến ngày"', () => {
  // Today is 07/12/2026; the register is viewed as of 23/11/2026.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-12-07T03:00:00Z'))
    useAsOf.setState({ asOf: '2026-11-23' })
  })
  afterEach(() => useAsOf.setState({ asOf: '2026-12-07' }))

  async function fillNewSystem() {
    renderNewSystemPage()
    fireEvent.change(await screen.findByLabelText('Tên hệ thống thông tin'), {
      target: { value: 'Cổng thông tin điện tử' },
    })
    await chooseUnit('Sở Y tế')
  }

  it('security rules issued after the reporting date but not after today are saved', async () => {
    await fillNewSystem()
    typeDate('Ngày ban hành', '01/12/2026')
    save()
    await waitFor(async () => expect(await listSystems(db)).toHaveLength(1))
    expect((await listSystems(db))[0].securityRulesOn).toBe('2026-12-01')
  })

  it('security rules dated tomorrow are refused, naming the date and today', async () => {
    await fillNewSystem()
    typeDate('Ngày ban hành', '08/12/2026')
    save()
    await expectFieldError(
      document.body,
      'Ngày ban hành',
      'Ngày ban hành (08/12/2026) không được sau ngày hôm nay (07/12/2026).',
    )
    expect(await listSystems(db)).toEqual([])
  })
})

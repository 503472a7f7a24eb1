// @vitest-environment jsdom
import { cleanup, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { App as AntApp, ConfigProvider } from 'antd'
import viVN from 'antd/locale/vi_VN'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CapdoDatabase } from '../../db/database'
import { DbProvider } from '../../db/hooks'
import { readHolidayOverrides } from '../../db/repos/settings'
import { freshDatabase } from '../../db/test-support/test-db'
import { useAsOf } from '../../stores/as-of'
import { expectFieldError } from '../test-support/field-error'
import { HolidayCalendarPanel } from './HolidayCalendarPanel'

// antd renders slowly in jsdom, more so on a busy machine.
configure({ asyncUtilTimeout: 5000 })

let db: CapdoDatabase

beforeEach(() => {
  db = freshDatabase()
  useAsOf.setState({ asOf: '2026-11-30' })
})

afterEach(async () => {
  cleanup()
  await db.delete()
})

function renderPanel() {
  render(
    <ConfigProvider locale={viVN}>
      <AntApp>
        <DbProvider db={db}>
          <HolidayCalendarPanel />
        </DbProvider>
      </AntApp>
    </ConfigProvider>,
  )
}

async function chooseYear(year: number) {
  fireEvent.mouseDown(await screen.findByRole('combobox', { name: 'Năm' }))
  fireEvent.click(await screen.findByTitle(String(year)))
  await waitFor(() => expect(screen.getByTestId('holiday-year-facts').textContent).toContain(`/${year}`))
}

function row(date: string): HTMLElement {
  const cell = within(screen.getByTestId('holiday-table')).getAllByText(date)[0]
  const tr = cell.closest('tr')
  if (!tr) throw new Error(`no row for ${date}`)
  return tr
}

async function typeDay(date: string, name: string) {
  const form = screen.getByTestId('holiday-add-form')
  // Wait out the previous save: a loading button ignores clicks.
  const add = within(form).getByRole('button', { name: /Thêm ngày$/ })
  await waitFor(() => expect(add.classList.contains('ant-btn-loading')).toBe(false))
  const dateInput = within(form).getByLabelText('Ngày (dd/mm/yyyy)')
  fireEvent.change(dateInput, { target: { value: date } })
  fireEvent.blur(dateInput)
  fireEvent.change(within(form).getByLabelText('Tên ngày'), { target: { value: name } })
  fireEvent.click(add)
}

describe('Settings → Ngày nghỉ lễ', () => {
  it('lists the year’s days off with their legal basis and the lunar dates they follow', async () => {
    renderPanel()
    // The year of the day the app looks at, first.
    expect((await screen.findByTestId('holiday-year-facts')).textContent).toContain('Thông báo 9441/TB-BNV')
    await chooseYear(2027)
    const facts = screen.getByTestId('holiday-year-facts')
    expect(facts.textContent).toContain('Giỗ Tổ Hùng Vương (10/3 âm lịch): 16/04/2027')
    expect(facts.textContent).toContain('Chưa có thông báo của năm')
    const tet = row('08/02/2027')
    expect(tet.textContent).toContain('Tết Âm lịch')
    expect(tet.textContent).toContain('Có sẵn')
    expect(tet.textContent).toContain(
      'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm b (mùng 1 Tết là ngày 06/02/2027)',
    )
    expect(row('03/05/2027').textContent).toContain('Nghỉ bù Ngày Quốc tế lao động')
    expect(screen.getByTestId('holiday-summary').textContent).toBe('12 ngày nghỉ trong ngày làm việc')
  })

  it('adds a bridge day and a làm-bù Saturday, marked as the officer’s own', async () => {
    renderPanel()
    await chooseYear(2027)
    await typeDay('12/02/2027', 'Nghỉ bù Tết theo thông báo')
    await waitFor(() => expect(row('12/02/2027').textContent).toContain('Tự thêm'))
    expect(row('12/02/2027').textContent).toContain('Nghỉ bù Tết theo thông báo')

    fireEvent.click(screen.getByRole('radio', { name: 'Ngày làm bù' }))
    await typeDay('20/02/2027', 'Làm bù cho ngày 12/02')
    await waitFor(() => expect(row('20/02/2027').textContent).toContain('Ngày làm bù'))
    expect(screen.getByTestId('holiday-summary').textContent).toBe(
      '13 ngày nghỉ trong ngày làm việc, 1 ngày làm bù',
    )
    expect(await readHolidayOverrides(db)).toEqual({
      daysOff: [{ date: '2027-02-12', name: 'Nghỉ bù Tết theo thông báo' }],
      removed: [],
      workdays: [{ date: '2027-02-20', name: 'Làm bù cho ngày 12/02' }],
    })
  })

  it('refuses a date that does not exist, a day already off and a missing name, in Vietnamese', async () => {
    renderPanel()
    await chooseYear(2027)
    await typeDay('30/02/2027', 'Nghỉ')
    const form = screen.getByTestId('holiday-add-form')
    await expectFieldError(
      form,
      'Ngày (dd/mm/yyyy)',
      '"30/02/2027" không phải một ngày có thật; hãy nhập theo dạng dd/mm/yyyy, ví dụ 12/02/2027.',
    )
    await typeDay('08/02/2027', 'Nghỉ')
    await expectFieldError(form, 'Ngày (dd/mm/yyyy)', 'Ngày 08/02/2027 đã là ngày nghỉ (Tết Âm lịch).')
    await typeDay('12/02/2027', ' ')
    await expectFieldError(form, 'Tên ngày', 'Cần nhập tên ngày.')
    expect(await readHolidayOverrides(db)).toEqual({ daysOff: [], removed: [], workdays: [] })
  })

  it('sets a built-in day aside, and applies it again', async () => {
    renderPanel()
    await chooseYear(2027)
    fireEvent.click(within(row('05/02/2027')).getByRole('button', { name: 'Bỏ ngày này 05/02/2027' }))
    fireEvent.click(await screen.findByRole('button', { name: 'Đồng ý' }))
    const restore = await within(row('05/02/2027')).findByRole('button', { name: 'Áp dụng lại' })
    expect(row('05/02/2027').textContent).toContain('Không áp dụng')
    expect((await readHolidayOverrides(db)).removed).toEqual(['2027-02-05'])
    expect(screen.getByTestId('holiday-summary').textContent).toBe('11 ngày nghỉ trong ngày làm việc')
    fireEvent.click(restore)
    await waitFor(async () => expect((await readHolidayOverrides(db)).removed).toEqual([]))
  })
})

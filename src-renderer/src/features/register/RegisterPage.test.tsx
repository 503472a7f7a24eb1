// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { App as AntApp, ConfigProvider } from 'antd'
import viVN from 'antd/locale/vi_VN'
import { MemoryRouter, Route, Routes, useLocation } from 'react-router'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CapdoDatabase } from '../../db/database'
import { DbProvider } from '../../db/hooks'
import { createSystem } from '../../db/repos/systems'
import { createUnit } from '../../db/repos/units'
import { freshDatabase } from '../../db/test-support/test-db'
import { blankAnswers } from '../../domain/law/level-answers'
import { useAsOf } from '../../stores/as-of'
import { RegisterPage } from './RegisterPage'

let db: CapdoDatabase

beforeEach(() => {
  db = freshDatabase()
  useAsOf.setState({ asOf: '2026-11-23' })
})

afterEach(async () => {
  cleanup()
  await db.delete()
})

async function seed(): Promise<void> {
  const health = await createUnit(db, { name: 'Sở Y tế', block: 'Khối sở' })
  const finance = await createUnit(db, { name: 'Sở Tài chính', block: 'Khối sở' })
  await createSystem(db, { name: 'Hệ thống bệnh án điện tử', unitId: health.id, level: 3 })
  await createSystem(db, { name: 'Cổng thông tin Sở Y tế', unitId: health.id, level: null })
  await createSystem(db, { name: 'Phần mềm kế toán', unitId: finance.id, level: 3 })
}

/** Shows the URL's query, as the hash router would carry it. */
function LocationProbe() {
  return <output data-testid="location">{useLocation().search}</output>
}

function renderAt(url: string) {
  return render(
    <ConfigProvider locale={viVN}>
      <AntApp>
        <DbProvider db={db}>
          <MemoryRouter initialEntries={[url]}>
            <Routes>
              <Route
                path="/register"
                element={
                  <>
                    <RegisterPage />
                    <LocationProbe />
                  </>
                }
              />
            </Routes>
          </MemoryRouter>
        </DbProvider>
      </AntApp>
    </ConfigProvider>,
  )
}

/** Opens a filter select and reads which of its options are marked chosen. */
async function chosenOptions(label: string): Promise<string[]> {
  const select = screen.getByRole('combobox', { name: label })
  fireEvent.mouseDown(select)
  const listbox = await waitFor(() => {
    const id = select.getAttribute('aria-controls') ?? select.getAttribute('aria-owns')
    const found = id ? document.getElementById(id) : null
    if (!found) throw new Error(`no list for ${label}`)
    return found
  })
  const chosen = within(listbox)
    .getAllByRole('option')
    .filter((o) => o.getAttribute('aria-selected') === 'true')
    .map((o) => o.getAttribute('aria-label') ?? o.textContent ?? '')
  fireEvent.keyDown(select, { key: 'Escape' })
  return chosen
}

const countLine = () => screen.getByTestId('register-count').textContent
const query = () => new URLSearchParams(screen.getByTestId('location').textContent ?? '')

describe('the register filter bar and the URL', () => {
  it('opens with the filters of the URL: the search box, the selects and the count agree', async () => {
    await seed()
    renderAt('/register?level=3&approval=overdue&q=benh+an')
    await waitFor(() => expect(countLine()).toBe('Hiển thị 1 / 3 hệ thống'))
    expect(screen.getByRole('textbox', { name: 'Tìm kiếm hệ thống' })).toHaveProperty('value', 'benh an')
    // Each select holds the URL's values: its list marks them chosen.
    expect(await chosenOptions('Cấp độ')).toEqual(['Cấp độ 3'])
    expect(await chosenOptions('Phê duyệt')).toEqual(['Quá hạn phê duyệt'])
  })

  it('"Chưa xác định" in the URL keeps only the systems without a level', async () => {
    await seed()
    renderAt('/register?level=unknown')
    await waitFor(() => expect(countLine()).toBe('Hiển thị 1 / 3 hệ thống'))
  })

  it('typing in the search box writes the query to the URL, without diacritics mattering', async () => {
    await seed()
    renderAt('/register')
    await waitFor(() => expect(countLine()).toBe('Hiển thị 3 / 3 hệ thống'))
    fireEvent.change(screen.getByRole('textbox', { name: 'Tìm kiếm hệ thống' }), {
      target: { value: 'so y te' },
    })
    await waitFor(() => expect(query().get('q')).toBe('so y te'))
    await waitFor(() => expect(countLine()).toBe('Hiển thị 2 / 3 hệ thống'))
  })

  it('choosing values in the selects writes them to the URL, which filters the table', async () => {
    await seed()
    renderAt('/register?q=so+y+te')
    await waitFor(() => expect(countLine()).toBe('Hiển thị 2 / 3 hệ thống'))
    fireEvent.mouseDown(screen.getByRole('combobox', { name: 'Cấp độ' }))
    await act(async () => fireEvent.click(await screen.findByTitle('Chưa xác định')))
    await waitFor(() => expect(query().getAll('level')).toEqual(['unknown']))
    expect(query().get('q')).toBe('so y te')
    await waitFor(() => expect(countLine()).toBe('Hiển thị 1 / 3 hệ thống'))
  })

  it('"Xóa bộ lọc" empties the URL and shows every system again', async () => {
    await seed()
    renderAt('/register?q=khong+co+he+thong+nay&level=3')
    await waitFor(() => expect(countLine()).toBe('Hiển thị 0 / 3 hệ thống'))
    // Said in the table's own empty row, where the systems would be.
    expect(document.querySelector('.ant-table-placeholder')?.textContent).toContain(
      'Không có hệ thống nào khớp bộ lọc',
    )
    const [clear] = screen.getAllByRole('button', { name: /Xóa bộ lọc/ })
    await act(async () => fireEvent.click(clear))
    await waitFor(() => expect(countLine()).toBe('Hiển thị 3 / 3 hệ thống'))
    expect(query().toString()).toBe('')
    expect(screen.getByRole('textbox', { name: 'Tìm kiếm hệ thống' })).toHaveProperty('value', '')
  })

  it('an empty register says how to start, with links to the demo and to the Excel import', async () => {
    renderAt('/register')
    await screen.findByText('Sổ theo dõi chưa có hệ thống nào')
    expect(screen.getByRole('link', { name: /Nạp dữ liệu mẫu/ }).getAttribute('href')).toBe('/')
    expect(screen.getByRole('link', { name: /Nhập từ Excel/ }).getAttribute('href')).toBe('/import')
  })

  it('criteria=below keeps the systems proposed below their saved answers, each tagged', async () => {
    await seed()
    const unit = await createUnit(db, { name: 'Sở Tư pháp', block: 'Khối sở' })
    const answers = blankAnswers({ systemType: 'public_service', administrativeProcedures: true })
    await createSystem(db, {
      name: 'Cổng dịch vụ công Sở Tư pháp',
      unitId: unit.id,
      level: 2,
      levelJustification: {
        answers,
        regime: 'ND331',
        ruleSetId: 'ND331-2026',
        suggestedLevel: 3,
        criterionIds: ['ND331-13.2.b'],
        madeOn: '2026-11-01',
        text: '',
      },
    })
    renderAt('/register?criteria=below')
    await waitFor(() => expect(countLine()).toBe('Hiển thị 1 / 4 hệ thống'))
    expect(screen.getByRole('link', { name: 'Cổng dịch vụ công Sở Tư pháp' }).getAttribute('href')).toMatch(
      /^\/systems\/[^/]+$/,
    )
    expect(screen.getByTestId('row-below-criteria').textContent).toBe('Thấp hơn tiêu chí')
    expect(await chosenOptions('Đối chiếu tiêu chí')).toEqual(['Cấp độ thấp hơn tiêu chí'])
  })
})

// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { App as AntApp } from 'antd'
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CapdoDatabase } from '../../db/database'
import { DbProvider } from '../../db/hooks'
import { listRecentHistory } from '../../db/repos/history'
import { createUnit } from '../../db/repos/units'
import { freshDatabase } from '../../db/test-support/test-db'
import { OFFICER_STORAGE_KEY, useOfficer } from '../../stores/officer'
import { PATHS } from '../../paths'
import { expectFieldError } from '../test-support/field-error'
import { EmptyRegister } from './EmptyRegister'

let db: CapdoDatabase

beforeEach(() => {
  localStorage.clear()
  useOfficer.setState({ name: '', title: '', prompted: false })
  db = freshDatabase()
})

afterEach(async () => {
  cleanup()
  await db.delete()
})

function Where() {
  const location = useLocation()
  return <p data-testid="where">{location.pathname}</p>
}

function renderFirstStart() {
  const router = createMemoryRouter(
    [
      { path: '/', element: <EmptyRegister /> },
      { path: '*', element: <Where /> },
    ],
    { initialEntries: ['/'] },
  )
  render(
    <AntApp>
      <DbProvider db={db}>
        <RouterProvider router={router} />
      </DbProvider>
    </AntApp>,
  )
}

describe('first start', () => {
  it('offers the import first, a system by hand second and the sample data last, each with its hint', () => {
    renderFirstStart()
    const choices = screen.getByRole('list')
    const names = within(choices)
      .getAllByRole('button')
      .map((b) => b.textContent)
    expect(names).toEqual(['Nhập từ Excel', 'Thêm hệ thống', 'Nạp dữ liệu mẫu'])
    const items = screen.getAllByRole('listitem').map((li) => li.textContent ?? '')
    expect(items[0]).toMatch(/CapDo tự nhận dòng tiêu đề/)
    expect(items[1]).toMatch(/Nhập tay từng hệ thống thông tin/)
    expect(items[2]).toMatch(/95 đơn vị thực tế của thành phố Hải Phòng/)
  })

  it('"Nhập từ Excel" opens the import and "Thêm hệ thống" the new-system form', async () => {
    renderFirstStart()
    fireEvent.click(screen.getByRole('button', { name: /Nhập từ Excel/ }))
    expect((await screen.findByTestId('where')).textContent).toBe(PATHS.import)
    cleanup()
    renderFirstStart()
    fireEvent.click(screen.getByRole('button', { name: /Thêm hệ thống/ }))
    expect((await screen.findByTestId('where')).textContent).toBe(PATHS.newSystem)
  })

  it('offers the officer’s name and title once, below the choices; what is saved signs the next change', async () => {
    renderFirstStart()
    const prompt = screen.getByRole('region', { name: 'Ai đang sử dụng máy này?' })
    // The choices stay first and usable: the prompt follows them and holds none of them.
    // Exactly "following": after the list and not inside it.
    expect(screen.getByRole('list').compareDocumentPosition(prompt)).toBe(Node.DOCUMENT_POSITION_FOLLOWING)
    fireEvent.change(within(prompt).getByLabelText('Tên người sử dụng'), {
      target: { value: ' Nguyễn Văn An ' },
    })
    fireEvent.change(within(prompt).getByLabelText('Chức vụ'), {
      target: { value: 'Chuyên viên Phòng Công nghệ thông tin' },
    })
    fireEvent.click(within(prompt).getByRole('button', { name: 'Lưu' }))
    await waitFor(() => expect(screen.queryByTestId('officer-welcome')).toBeNull())
    expect(JSON.parse(localStorage.getItem(OFFICER_STORAGE_KEY) ?? '{}').state).toEqual({
      name: 'Nguyễn Văn An',
      title: 'Chuyên viên Phòng Công nghệ thông tin',
      prompted: true,
    })
    await createUnit(db, { name: 'Sở Y tế' })
    const [entry] = await listRecentHistory(db, 1)
    expect(entry.officer).toBe('Nguyễn Văn An (Chuyên viên Phòng Công nghệ thông tin)')
  })

  it('"Bỏ qua" hides the prompt for good without naming anyone; an empty name is refused beside its field', async () => {
    renderFirstStart()
    const prompt = screen.getByTestId('officer-welcome')
    fireEvent.change(within(prompt).getByLabelText('Chức vụ'), { target: { value: 'Chuyên viên' } })
    fireEvent.click(within(prompt).getByRole('button', { name: 'Lưu' }))
    // Both errors at once, each beside its field, and focus on the first.
    await expectFieldError(prompt, 'Tên người sử dụng', 'Hãy nhập tên, hoặc bấm “Bỏ qua”.')
    await expectFieldError(
      prompt,
      'Chức vụ',
      'Chức vụ được ghi kèm tên: hãy nhập tên người sử dụng, hoặc xóa chức vụ.',
      'Lịch sử ghi “Tên (Chức vụ)”. Để trống nếu không cần.',
    )
    expect(useOfficer.getState().prompted).toBe(false)

    fireEvent.click(within(prompt).getByRole('button', { name: 'Bỏ qua' }))
    await waitFor(() => expect(screen.queryByTestId('officer-welcome')).toBeNull())
    expect(useOfficer.getState()).toMatchObject({ name: '', title: '', prompted: true })
    cleanup()
    renderFirstStart()
    expect(screen.queryByTestId('officer-welcome')).toBeNull()
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Nhập từ Excel',
      'Thêm hệ thống',
      'Nạp dữ liệu mẫu',
    ])
  })
})

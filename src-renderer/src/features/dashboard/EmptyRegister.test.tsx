// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { App as AntApp } from 'antd'
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CapdoDatabase } from '../../db/database'
import { DbProvider } from '../../db/hooks'
import { freshDatabase } from '../../db/test-db'
import { PATHS } from '../../paths'
import { EmptyRegister } from './EmptyRegister'

let db: CapdoDatabase

beforeEach(() => {
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
    const names = screen.getAllByRole('button').map((b) => b.textContent)
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
})

// @vitest-environment jsdom
/**
 * Issue #20: a keystroke in the register's search costs one render of the table and one filter
 * of the register; writing the query to the URL (where the filters are kept) costs neither again.
 * Today this holds because react-router 7 applies every navigation in a transition (its
 * RouterProvider wraps its state update in startTransition), and useDeferredValue does not add a
 * render of its own inside a transition. Mirroring the filter in the screen's state, or writing
 * the URL outside a transition, renders the table two or three times per key: this test catches it.
 * The filter bar's selects and date range do not depend on the query and are not rendered again
 * for a key (≈ 6 ms a key at 5,000 systems when they were).
 */
import { createElement, type ComponentProps } from 'react'
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { App as AntApp, ConfigProvider } from 'antd'
import viVN from 'antd/locale/vi_VN'
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { CapdoDatabase } from '../../db/database'
import { DbProvider } from '../../db/hooks'
import { createSystem } from '../../db/repos/systems'
import { createUnit } from '../../db/repos/units'
import { freshDatabase } from '../../db/test-support/test-db'
import { useAsOf } from '../../stores/as-of'
import { RegisterPage } from './RegisterPage'

const counts = vi.hoisted(() => ({ tableRenders: 0, filters: 0, selects: 0, dateRanges: 0 }))

vi.mock('antd', async (importOriginal) => {
  const actual = await importOriginal<typeof import('antd')>()
  const CountedSelect = (props: ComponentProps<typeof actual.Select>) => {
    counts.selects++
    return createElement(actual.Select, props)
  }
  return { ...actual, Select: Object.assign(CountedSelect, actual.Select) }
})

vi.mock('./DueRangePicker', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./DueRangePicker')>()
  return {
    ...actual,
    DueRangePicker: (props: Parameters<typeof actual.DueRangePicker>[0]) => {
      counts.dateRanges++
      return actual.DueRangePicker(props)
    },
  }
})

vi.mock('./RegisterTable', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./RegisterTable')>()
  return {
    ...actual,
    RegisterTable: (props: Parameters<typeof actual.RegisterTable>[0]) => {
      counts.tableRenders++
      return actual.RegisterTable(props)
    },
  }
})

vi.mock('../../domain/register-filter', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../domain/register-filter')>()
  return {
    ...actual,
    filterRegister: (...args: Parameters<typeof actual.filterRegister>) => {
      counts.filters++
      return actual.filterRegister(...args)
    },
  }
})

let db: CapdoDatabase

beforeEach(() => {
  db = freshDatabase()
  useAsOf.setState({ asOf: '2026-11-23' })
})

afterEach(async () => {
  cleanup()
  await db.delete()
})

function LocationProbe() {
  return <output data-testid="location">{useLocation().search}</output>
}

/** The app's router kind (a data router, as routes.tsx makes with createHashRouter). */
function renderRegister() {
  const router = createMemoryRouter(
    [
      {
        path: '/register',
        element: (
          <>
            <RegisterPage />
            <LocationProbe />
          </>
        ),
      },
    ],
    { initialEntries: ['/register'] },
  )
  render(
    <ConfigProvider locale={viVN}>
      <AntApp>
        <DbProvider db={db}>
          <RouterProvider router={router} />
        </DbProvider>
      </AntApp>
    </ConfigProvider>,
  )
  return router
}

const countLine = () => screen.getByTestId('register-count').textContent
const settle = () => act(() => new Promise((done) => setTimeout(done, 50)))

describe('register search: one render and one filter per keystroke', () => {
  it('types a query key by key; each key renders the table once, filters once, and the URL follows; the other filters are not rendered again', async () => {
    const unit = await createUnit(db, { name: 'Sở Y tế', block: 'Khối sở' })
    await createSystem(db, { name: 'Hệ thống bệnh án điện tử', unitId: unit.id, level: 3 })
    await createSystem(db, { name: 'Cổng thông tin Sở Y tế', unitId: unit.id, level: null })
    await createSystem(db, { name: 'Phần mềm kế toán', unitId: unit.id, level: 3 })
    renderRegister()
    await waitFor(() => expect(countLine()).toBe('Hiển thị 3 / 3 hệ thống'))
    await settle()
    const box = screen.getByRole('textbox', { name: 'Tìm kiếm hệ thống' })
    // The filter bar is on screen with its eight selects and its date range.
    expect(counts.selects).toBeGreaterThanOrEqual(8)
    expect(counts.dateRanges).toBeGreaterThanOrEqual(1)
    const perKey: (typeof counts)[] = []
    let typed = ''
    for (const key of 'cong') {
      typed += key
      Object.assign(counts, { tableRenders: 0, filters: 0, selects: 0, dateRanges: 0 })
      fireEvent.change(box, { target: { value: typed } })
      await settle()
      perKey.push({ ...counts })
    }
    expect(perKey).toEqual(
      Array.from({ length: 4 }, () => ({ tableRenders: 1, filters: 1, selects: 0, dateRanges: 0 })),
    )
    expect(countLine()).toBe('Hiển thị 1 / 3 hệ thống')
    expect(new URLSearchParams(screen.getByTestId('location').textContent ?? '').get('q')).toBe('cong')
  })
})

// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { afterEach, describe, expect, it } from 'vitest'
import type { ImportResult } from '../../db/repos/import'
import { ResultStep } from './ResultStep'

afterEach(cleanup)

const NOTHING: ImportResult = {
  unitsCreated: [],
  added: [],
  updated: [],
  unchanged: 2,
  blocksAssigned: 0,
  assessmentsAdded: 0,
  skipped: [],
}

function show(imported: ImportResult) {
  const router = createMemoryRouter(
    [
      {
        path: '/',
        element: <ResultStep fileName="moi.csv" outcome={{ imported, errorRows: 0 }} onAgain={() => {}} />,
      },
    ],
    { initialEntries: ['/'] },
  )
  render(<RouterProvider router={router} />)
}

describe('the result of an import', () => {
  it('reports units given a block as written, not as "không có gì mới"', () => {
    show({ ...NOTHING, blocksAssigned: 2 })
    expect(screen.getByText('Đã nhập tệp "moi.csv"')).toBeTruthy()
    expect(
      screen.getByText(
        'Không có hệ thống thông tin nào thay đổi; các đơn vị được tạo hoặc gán khối đã ghi vào lịch sử.',
      ),
    ).toBeTruthy()
    expect(screen.getByTestId('result-blocks').textContent).toBe('2')
  })

  it('says the file had nothing new when nothing at all was written', () => {
    show(NOTHING)
    expect(screen.getByText('Tệp "moi.csv" không có gì mới')).toBeTruthy()
  })
})

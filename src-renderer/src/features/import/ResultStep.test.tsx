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

const resultTitle = () => document.querySelector('.ant-result-title')?.textContent
const resultSubtitle = () => document.querySelector('.ant-result-subtitle')?.textContent

describe('the result of an import', () => {
  it('reports units given a block as written, not as "không có gì mới"', () => {
    show({ ...NOTHING, blocksAssigned: 2 })
    // The headline and the line under it, each in its place in the result.
    expect(resultTitle()).toBe('Đã nhập tệp "moi.csv"')
    expect(resultSubtitle()).toBe(
      'Không có hệ thống thông tin nào thay đổi; các đơn vị được tạo hoặc gán khối đã ghi vào lịch sử.',
    )
    expect(screen.getByTestId('result-blocks').textContent).toBe('2')
  })

  it('says the file had nothing new when nothing at all was written', () => {
    show(NOTHING)
    expect(resultTitle()).toBe('Tệp "moi.csv" không có gì mới')
  })
})

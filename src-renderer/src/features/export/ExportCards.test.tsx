// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { describedBy } from '../../components/ui/described-by'
import type { ExportKind } from './export-options'
import { createProgressStore } from './export-progress'
import { ExportActionsCard } from './ExportActionsCard'
import { QuickRegisterCard } from './QuickRegisterCard'
import { SendUpCard } from './SendUpCard'

afterEach(cleanup)

interface CardsState {
  running: ExportKind | null
  canExport?: boolean
  /** Undefined while this office's identity is still being read. */
  officeName?: string | undefined
}

/** The three export buttons of "Xuất báo cáo" as the screen lays them out. */
function renderCards(state: CardsState) {
  const { running, canExport = true } = state
  const officeName = 'officeName' in state ? state.officeName : 'UBND phường An Dương'
  const common = { progressStore: createProgressStore(), running, saved: null, onExport: vi.fn() }
  const router = createMemoryRouter([
    {
      path: '/',
      element: (
        <>
          <ExportActionsCard {...common} fileName="bao-cao.xlsx" registerSummary={null} canExport={canExport} />
          <QuickRegisterCard {...common} fileName="danh-muc.xlsx" />
          <SendUpCard {...common} officeName={officeName} fileName="gui-len.xlsx" canExport={canExport} />
        </>
      ),
    },
  ])
  render(<RouterProvider router={router} />)
}

// The name also holds the icon's label ("download"): match the words the officer reads, at its end.
const button = (name: string) => screen.getByRole('button', { name: new RegExp(`${name}$`) })
const BUSY = 'Đang xuất một tệp khác: chờ tệp đó lưu xong rồi bấm lại.'
const NO_SHEETS = 'Chưa chọn trang nào: đánh dấu ít nhất một trang ở “Các trang của sổ tính”.'

describe('the export buttons say why they cannot be used', () => {
  it('all usable: none is disabled and none carries a reason', () => {
    renderCards({ running: null })
    for (const name of ['Xuất báo cáo', 'Xuất danh mục', 'Gửi lên']) {
      expect(button(name).hasAttribute('disabled')).toBe(false)
      expect(describedBy(button(name))).toBeNull()
    }
  })

  it('no sheet ticked: "Xuất báo cáo" and "Gửi lên" say to tick one; the register alone still exports', () => {
    renderCards({ running: null, canExport: false })
    expect(button('Xuất báo cáo').hasAttribute('disabled')).toBe(true)
    expect(describedBy(button('Xuất báo cáo'))).toBe(NO_SHEETS)
    expect(describedBy(button('Gửi lên'))).toBe(NO_SHEETS)
    expect(button('Xuất danh mục').hasAttribute('disabled')).toBe(false)
  })

  it('one export running: the other two wait and say so; the running one shows its progress', () => {
    renderCards({ running: 'register' })
    expect(describedBy(button('Xuất báo cáo'))).toBe(BUSY)
    expect(describedBy(button('Gửi lên'))).toBe(BUSY)
    expect(button('Xuất báo cáo').hasAttribute('disabled')).toBe(true)
    expect(describedBy(button('Xuất danh mục'))).toBeNull()
  })

  it('"Gửi lên" waits for this office’s name to be read, and says so', () => {
    renderCards({ running: null, officeName: undefined })
    expect(button('Gửi lên').hasAttribute('disabled')).toBe(true)
    expect(describedBy(button('Gửi lên'))).toBe('Đang đọc tên đơn vị gửi trên máy này: chờ một chút rồi bấm lại.')
  })
})

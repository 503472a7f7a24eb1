// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { App as AntApp } from 'antd'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CapdoDatabase } from '../../db/database'
import { describedBy } from '../../components/ui/described-by'
import { DbProvider } from '../../db/hooks'
import { getOffice, renameOffice } from '../../db/repos/exchange'
import { ownFingerprint } from '../../db/repos/exchange-keys'
import { freshDatabase } from '../../db/test-support/test-db'
import { OfficePanel } from './OfficePanel'

let db: CapdoDatabase

beforeEach(async () => {
  db = freshDatabase()
  await renameOffice(db, 'Sở Thông tin và Truyền thông')
})

afterEach(async () => {
  cleanup()
  await db.delete()
})

const renderPanel = () =>
  render(
    <AntApp>
      <DbProvider db={db}>
        <OfficePanel />
      </DbProvider>
    </AntApp>,
  )

describe('Cài đặt → Đơn vị sử dụng', () => {
  it('a name typed before the stored one has loaded is kept, not overwritten, and saves', async () => {
    renderPanel()
    const field = screen.getByLabelText<HTMLInputElement>('Tên đơn vị')
    // Typed at once: the identity is read from IndexedDB after the first render.
    expect(field.value).toBe('')
    fireEvent.change(field, { target: { value: 'UBND phường An Dương' } })
    // The identity has loaded once its id is shown instead of "…".
    const office = await getOffice(db)
    await screen.findByText(office!.id)
    // Let the effects of that render run: they must not put the stored name back in the field.
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)))
    expect(field.value).toBe('UBND phường An Dương')
    const save = screen.getByRole<HTMLButtonElement>('button', { name: 'Lưu tên đơn vị' })
    expect(save.disabled).toBe(false)
    fireEvent.click(save)
    await screen.findByText('Đã lưu tên đơn vị.')
    expect((await getOffice(db))?.name).toBe('UBND phường An Dương')
    await waitFor(() => expect(save.disabled).toBe(true))
    expect(field.value).toBe('UBND phường An Dương')
  })

  it('shows the stored name, and saving is offered only once it is changed', async () => {
    renderPanel()
    const field = screen.getByLabelText<HTMLInputElement>('Tên đơn vị')
    await waitFor(() => expect(field.value).toBe('Sở Thông tin và Truyền thông'))
    const save = screen.getByRole<HTMLButtonElement>('button', { name: 'Lưu tên đơn vị' })
    expect(save.disabled).toBe(true)
    expect(describedBy(save)).toBe(
      'Tên đơn vị chưa thay đổi: sửa tên ở ô trên thì nút “Lưu tên đơn vị” dùng được.',
    )
    fireEvent.change(field, { target: { value: '   ' } })
    expect(save.disabled).toBe(true)
    expect(describedBy(save)).toBe('Tên đơn vị đang để trống: nhập tên đơn vị ở ô trên để lưu.')
    fireEvent.change(field, { target: { value: 'UBND phường An Dương' } })
    expect(save.disabled).toBe(false)
    expect(describedBy(save)).toBeNull()
  })

  it('shows this office’s key fingerprint, made on first use, to read out by phone', async () => {
    renderPanel()
    const shown = await screen.findByTestId('own-fingerprint')
    await waitFor(() => expect(shown.textContent).toMatch(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/u))
    expect(shown.textContent).toBe(await ownFingerprint(db))
    expect(screen.getByText('Chưa nhận tệp có chữ ký của đơn vị nào.')).toBeTruthy()
  })
})

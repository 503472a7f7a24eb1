// @vitest-environment jsdom
import { cleanup, configure, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { App as AntApp } from 'antd'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CapdoDatabase } from '../../db/database'
import { DbProvider } from '../../db/hooks'
import { listRecentHistory } from '../../db/repos/history'
import { createUnit } from '../../db/repos/units'
import { freshDatabase } from '../../db/test-support/test-db'
import { OFFICER_STORAGE_KEY, useOfficer } from '../../stores/officer'
import { expectFieldError } from '../test-support/field-error'
import { OfficerPanel } from './OfficerPanel'

configure({ asyncUtilTimeout: 5000 })

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

function renderPanel() {
  render(
    <DbProvider db={db}>
      <AntApp>
        <OfficerPanel />
      </AntApp>
    </DbProvider>,
  )
}

const saveButton = () => screen.getByRole('button', { name: 'Lưu tên' })

describe('Settings → Người sử dụng', () => {
  it('asks the officer’s name, keeps it on this machine, and the next change in the register carries it', async () => {
    renderPanel()
    expect(screen.getByTestId('officer-status').textContent).toBe(
      'Chưa có tên: lịch sử đang ghi “Trên máy này” cho mọi thay đổi.',
    )
    // Nothing typed yet: the button is disabled and says why.
    expect(saveButton().hasAttribute('disabled')).toBe(true)
    expect(document.getElementById(saveButton().getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Tên và chức vụ chưa thay đổi: sửa ở các ô trên thì nút “Lưu tên” dùng được.',
    )

    fireEvent.change(screen.getByLabelText('Tên người sử dụng'), {
      target: { value: '  Nguyễn Văn An — Chuyên viên ' },
    })
    await waitFor(() => expect(saveButton().hasAttribute('disabled')).toBe(false))
    fireEvent.click(saveButton())

    await waitFor(() =>
      expect(screen.getByTestId('officer-status').textContent).toBe(
        'Các thay đổi đang được ghi tên “Nguyễn Văn An — Chuyên viên”.',
      ),
    )
    expect(JSON.parse(localStorage.getItem(OFFICER_STORAGE_KEY) ?? '{}').state).toEqual({
      name: 'Nguyễn Văn An — Chuyên viên',
      title: '',
      prompted: true,
    })
    await createUnit(db, { name: 'Sở Y tế' })
    const [entry] = await listRecentHistory(db, 1)
    expect(entry.officer).toBe('Nguyễn Văn An — Chuyên viên')
  })

  it('clearing the name goes back to "Trên máy này" for the changes that follow', async () => {
    useOfficer.setState({ name: 'Nguyễn Văn An' })
    renderPanel()
    fireEvent.change(screen.getByLabelText('Tên người sử dụng'), { target: { value: '' } })
    await waitFor(() => expect(saveButton().hasAttribute('disabled')).toBe(false))
    fireEvent.click(saveButton())
    await waitFor(() =>
      expect(screen.getByTestId('officer-status').textContent).toBe(
        'Chưa có tên: lịch sử đang ghi “Trên máy này” cho mọi thay đổi.',
      ),
    )
    await createUnit(db, { name: 'Sở Y tế' })
    const [entry] = await listRecentHistory(db, 1)
    expect(entry.officer).toBeUndefined()
  })

  it('keeps a "Chức vụ" beside the name and history writes "Tên (Chức vụ)"', async () => {
    useOfficer.setState({ name: 'Nguyễn Văn An', prompted: true })
    renderPanel()
    fireEvent.change(screen.getByLabelText('Chức vụ'), { target: { value: ' Phó Trưởng phòng ' } })
    await waitFor(() => expect(saveButton().hasAttribute('disabled')).toBe(false))
    fireEvent.click(saveButton())
    await waitFor(() =>
      expect(screen.getByTestId('officer-status').textContent).toBe(
        'Các thay đổi đang được ghi tên “Nguyễn Văn An (Phó Trưởng phòng)”.',
      ),
    )
    await createUnit(db, { name: 'Sở Y tế' })
    const [entry] = await listRecentHistory(db, 1)
    expect(entry.officer).toBe('Nguyễn Văn An (Phó Trưởng phòng)')
  })

  it('refuses a title without a name, beside the field, and stores nothing', async () => {
    useOfficer.setState({ name: 'Nguyễn Văn An', title: 'Chuyên viên', prompted: true })
    renderPanel()
    fireEvent.change(screen.getByLabelText('Tên người sử dụng'), { target: { value: '' } })
    await waitFor(() => expect(saveButton().hasAttribute('disabled')).toBe(false))
    fireEvent.click(saveButton())
    await expectFieldError(
      document.body,
      'Chức vụ',
      'Chức vụ được ghi kèm tên: hãy nhập tên người sử dụng, hoặc xóa chức vụ.',
      'Lịch sử ghi “Tên (Chức vụ)”. Để trống nếu không cần.',
    )
    expect(useOfficer.getState()).toMatchObject({ name: 'Nguyễn Văn An', title: 'Chuyên viên' })
  })
})

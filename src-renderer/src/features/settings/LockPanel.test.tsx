// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { App as AntApp } from 'antd'
import { beforeEach, describe, expect, it } from 'vitest'
import { hashPassphrase, verifyPassphrase } from '../../lock/passphrase'
import { useScreenLock } from '../../stores/screen-lock'
import { LockPanel } from './LockPanel'

function renderPanel() {
  render(
    <AntApp>
      <LockPanel />
    </AntApp>,
  )
}

const type = (scope: HTMLElement, label: string, value: string) =>
  fireEvent.change(within(scope).getByLabelText(label), { target: { value } })

beforeEach(() => {
  useScreenLock.setState({ config: null, locked: false })
  localStorage.clear()
})

describe('Settings → Khóa màn hình', () => {
  it('says plainly that it is a screen lock, not encryption', () => {
    renderPanel()
    expect(
      screen.getByText(/Đây chỉ là khóa màn hình\. Dữ liệu vẫn lưu trên máy này và không được mã hóa/),
    ).toBeTruthy()
    expect(screen.getByText('Khóa màn hình đang tắt.')).toBeTruthy()
  })

  it('refuses a short passphrase and a confirmation that differs, then turns the lock on', async () => {
    renderPanel()
    const form = screen.getByRole('form', { name: 'Bật khóa màn hình' })
    type(form, 'Mật khẩu mới', '123')
    type(form, 'Nhập lại mật khẩu', '124')
    fireEvent.click(within(form).getByRole('button', { name: /Bật khóa màn hình$/ }))
    expect(await screen.findByText('Mật khẩu phải có ít nhất 6 ký tự.')).toBeTruthy()
    expect(await screen.findByText('Hai lần nhập mật khẩu không khớp.')).toBeTruthy()
    expect(useScreenLock.getState().config).toBeNull()

    type(form, 'Mật khẩu mới', 'phong-attt-2026')
    type(form, 'Nhập lại mật khẩu', 'phong-attt-2026')
    fireEvent.change(within(form).getByLabelText('Tự khóa sau (phút không thao tác)'), {
      target: { value: '15' },
    })
    fireEvent.click(within(form).getByRole('button', { name: /Bật khóa màn hình$/ }))
    await waitFor(() => expect(useScreenLock.getState().config).not.toBeNull(), { timeout: 5000 })
    const config = useScreenLock.getState().config!
    expect(config.idleMinutes).toBe(15)
    expect(await verifyPassphrase('phong-attt-2026', config.passphrase)).toBe(true)
    expect(await screen.findByText('Đang bật khóa màn hình.')).toBeTruthy()
  })

  it('turns the lock off only with the current passphrase', async () => {
    useScreenLock.getState().enable({ passphrase: await hashPassphrase('dung-roi', 1_000), idleMinutes: 10 })
    renderPanel()
    const form = screen.getByRole('form', { name: 'Tắt khóa màn hình' })
    type(form, 'Mật khẩu hiện tại', 'sai-roi')
    fireEvent.click(within(form).getByRole('button', { name: /Tắt khóa màn hình$/ }))
    expect(await within(form).findByText('Mật khẩu hiện tại không đúng.')).toBeTruthy()
    expect(useScreenLock.getState().config).not.toBeNull()

    type(form, 'Mật khẩu hiện tại', 'dung-roi')
    fireEvent.click(within(form).getByRole('button', { name: /Tắt khóa màn hình$/ }))
    await waitFor(() => expect(useScreenLock.getState().config).toBeNull())
    expect(await screen.findByText('Khóa màn hình đang tắt.')).toBeTruthy()
  })
})

// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { App as AntApp } from 'antd'
import { beforeEach, describe, expect, it } from 'vitest'
import { hashPassphrase, verifyPassphrase } from '../../lock/passphrase'
import { useScreenLock } from '../../stores/screen-lock'
import { expectFieldError } from '../test-support/field-error'
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


/** Ant Design's Alert has role="alert": the banners the panel shows, in order. */
const alerts = () => screen.getAllByRole('alert').map((a) => a.textContent)

beforeEach(() => {
  useScreenLock.setState({ config: null, locked: false })
  localStorage.clear()
})

describe('Settings → Khóa màn hình', () => {
  it('says plainly that it is a screen lock, not encryption', () => {
    renderPanel()
    const [plainly, state] = alerts()
    expect(plainly).toMatch(/^Đây chỉ là khóa màn hình\. Dữ liệu vẫn lưu trên máy này và không được mã hóa/)
    expect(state).toBe('Khóa màn hình đang tắt.')
  })

  it('refuses a short passphrase and a confirmation that differs, then turns the lock on', async () => {
    renderPanel()
    const form = screen.getByRole('form', { name: 'Bật khóa màn hình' })
    type(form, 'Mật khẩu mới', '123')
    type(form, 'Nhập lại mật khẩu', '124')
    fireEvent.click(within(form).getByRole('button', { name: /Bật khóa màn hình$/ }))
    await expectFieldError(form, 'Mật khẩu mới', 'Mật khẩu phải có ít nhất 6 ký tự.')
    await expectFieldError(form, 'Nhập lại mật khẩu', 'Hai lần nhập mật khẩu không khớp.')
    expect(useScreenLock.getState().config).toBeNull()

    type(form, 'Mật khẩu mới', 'phong-attt-2026')
    type(form, 'Nhập lại mật khẩu', 'phong-attt-2026')
    fireEvent.change(within(form).getByLabelText('Tự khóa sau (phút không thao tác)'), {
      target: { value: '15' },
    })
    fireEvent.click(within(form).getByRole('button', { name: /Bật khóa màn hình$/ }))
    await waitFor(() => expect(useScreenLock.getState().config).toMatchObject({ idleMinutes: 15 }), {
      timeout: 5000,
    })
    const config = useScreenLock.getState().config!
    expect(config.idleMinutes).toBe(15)
    expect(await verifyPassphrase('phong-attt-2026', config.passphrase)).toBe(true)
    await waitFor(() => expect(alerts()[1]).toBe('Đang bật khóa màn hình.'))
  })

  it('turns the lock off only with the current passphrase', async () => {
    const config = { passphrase: await hashPassphrase('dung-roi', 1_000), idleMinutes: 10 }
    useScreenLock.getState().enable(config)
    renderPanel()
    const form = screen.getByRole('form', { name: 'Tắt khóa màn hình' })
    type(form, 'Mật khẩu hiện tại', 'sai-roi')
    fireEvent.click(within(form).getByRole('button', { name: /Tắt khóa màn hình$/ }))
    await expectFieldError(form, 'Mật khẩu hiện tại', 'Mật khẩu hiện tại không đúng.')
    expect(useScreenLock.getState().config).toEqual(config)

    type(form, 'Mật khẩu hiện tại', 'dung-roi')
    fireEvent.click(within(form).getByRole('button', { name: /Tắt khóa màn hình$/ }))
    await waitFor(() => expect(useScreenLock.getState().config).toBeNull())
    await waitFor(() => expect(alerts()[1]).toBe('Khóa màn hình đang tắt.'))
  })
})

// @vitest-environment jsdom
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { App as AntApp } from 'antd'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { hashPassphrase } from '../../lock/passphrase'
import { SCREEN_LOCK_STORAGE_KEY, useScreenLock } from '../../stores/screen-lock'
import { LockScreen } from './LockScreen'

const FAST = 1_000

async function enableLock(idleMinutes = 5) {
  useScreenLock.getState().enable({ passphrase: await hashPassphrase('khoa-man-hinh', FAST), idleMinutes })
}

// antd prefixes the name with its spinner's label for a moment after a click.
const unlockButton = () => screen.getByRole('button', { name: /Mở khóa$/ })

function renderApp() {
  return render(
    <AntApp>
      <main>
        <label>
          Tên hệ thống <input defaultValue="Cổng dịch vụ công" />
        </label>
      </main>
      <LockScreen />
    </AntApp>,
  )
}

beforeEach(() => {
  useScreenLock.setState({ config: null, locked: false })
  localStorage.clear()
})
afterEach(() => vi.useRealTimers())

describe('the lock screen', () => {
  it('covers the app, makes it unreachable, and opens with the right passphrase only', async () => {
    await enableLock()
    const { container } = renderApp()
    act(() => useScreenLock.getState().lock())

    const dialog = screen.getByRole('dialog', { name: 'CapDo đang khóa' })
    // A modal dialog: assistive technologies keep the reader inside it.
    expect(dialog.getAttribute('aria-modal')).toBe('true')
    expect(container.hasAttribute('inert')).toBe(true)

    fireEvent.change(screen.getByLabelText('Mật khẩu'), { target: { value: 'sai-mat-khau' } })
    fireEvent.click(unlockButton())
    // Announced as an alert inside the lock screen, not only painted.
    expect((await within(dialog).findByRole('alert')).textContent).toContain('Mật khẩu không đúng.')
    expect(useScreenLock.getState().locked).toBe(true)

    fireEvent.change(screen.getByLabelText('Mật khẩu'), { target: { value: 'khoa-man-hinh' } })
    fireEvent.click(unlockButton())
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(container.hasAttribute('inert')).toBe(false)
    // The half-typed form under the lock is untouched.
    expect(screen.getByLabelText('Tên hệ thống')).toHaveProperty('value', 'Cổng dịch vụ công')
  })

  it('makes a guesser wait after the third wrong passphrase in a row', async () => {
    await enableLock()
    renderApp()
    act(() => useScreenLock.getState().lock())
    for (let i = 0; i < 3; i++) {
      fireEvent.change(screen.getByLabelText('Mật khẩu'), { target: { value: `doan-${i}` } })
      fireEvent.click(unlockButton())
      await waitFor(() => expect(screen.getByLabelText('Mật khẩu')).toHaveProperty('value', ''))
    }
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /Nhập sai nhiều lần\. Thử lại sau \d giây\./,
    )
    // While the wait lasts, a fourth guess cannot even be sent.
    fireEvent.change(screen.getByLabelText('Mật khẩu'), { target: { value: 'doan-3' } })
    expect(unlockButton()).toHaveProperty('disabled', true)
  })

  it('locks by itself after the chosen idle minutes, and input in between postpones it', async () => {
    await enableLock(2)
    vi.useFakeTimers()
    renderApp()
    act(() => vi.advanceTimersByTime(90_000))
    fireEvent.keyDown(window, { key: 'a' })
    act(() => vi.advanceTimersByTime(90_000))
    expect(useScreenLock.getState().locked).toBe(false)
    act(() => vi.advanceTimersByTime(31_000))
    expect(useScreenLock.getState().locked).toBe(true)
    expect(screen.getByRole('dialog', { name: 'CapDo đang khóa' }).getAttribute('aria-modal')).toBe('true')
  })

  it('locks at once on Ctrl+Shift+L, and never without a passphrase set', async () => {
    renderApp()
    fireEvent.keyDown(window, { key: 'L', ctrlKey: true, shiftKey: true })
    expect(useScreenLock.getState().locked).toBe(false)
    await enableLock()
    fireEvent.keyDown(window, { key: 'L', ctrlKey: true, shiftKey: true })
    expect(useScreenLock.getState().locked).toBe(true)
  })

  it('stays locked after a reload, and a damaged stored entry never locks anyone out', async () => {
    await enableLock()
    useScreenLock.getState().lock()
    const saved = localStorage.getItem(SCREEN_LOCK_STORAGE_KEY) ?? '{}'
    expect((JSON.parse(saved) as { state: unknown }).state).toMatchObject({ locked: true })
    expect(saved).not.toContain('khoa-man-hinh')

    // A reload: memory starts empty (which the store also writes back), then reads the entry.
    useScreenLock.setState({ config: null, locked: false })
    localStorage.setItem(SCREEN_LOCK_STORAGE_KEY, saved)
    await useScreenLock.persist.rehydrate()
    expect(useScreenLock.getState().locked).toBe(true)

    localStorage.setItem(
      SCREEN_LOCK_STORAGE_KEY,
      JSON.stringify({ state: { config: { passphrase: 'x' }, locked: true }, version: 1 }),
    )
    await useScreenLock.persist.rehydrate()
    expect(useScreenLock.getState()).toMatchObject({ config: null, locked: false })
  })
})

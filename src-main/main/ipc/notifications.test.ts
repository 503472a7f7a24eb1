import { describe, expect, it, vi } from 'vitest'
import { ZodError } from 'zod'
import { showNotification, type Notifier } from './notifications'

function fakeNotifier(supported = true) {
  const shown: [string, string][] = []
  const notifier: Notifier = { isSupported: () => supported, show: (t, b) => void shown.push([t, b]) }
  return { notifier, shown }
}

describe('notifications:show', () => {
  it('shows the reminder text as a desktop notification', async () => {
    const { notifier, shown } = fakeNotifier()
    await expect(showNotification({ title: 'CapDo', body: '3 việc quá hạn' }, notifier)).resolves.toEqual({
      shown: true,
    })
    expect(shown).toEqual([['CapDo', '3 việc quá hạn']])
  })

  it('says so when the system has no notifications', async () => {
    const { notifier, shown } = fakeNotifier(false)
    await expect(showNotification({ title: 'CapDo', body: '' }, notifier)).resolves.toEqual({ shown: false })
    expect(shown).toEqual([])
  })

  it.each([
    ['no payload', undefined],
    ['a string', 'CapDo'],
    ['an empty title', { title: '', body: 'x' }],
    ['a huge body', { title: 'CapDo', body: 'x'.repeat(1001) }],
    ['an extra field (e.g. an icon path)', { title: 'CapDo', body: 'x', icon: '/etc/passwd' }],
  ])('refuses %s', async (_name, payload) => {
    const show = vi.fn()
    await expect(showNotification(payload, { isSupported: () => true, show })).rejects.toBeInstanceOf(
      ZodError,
    )
    expect(show).not.toHaveBeenCalled()
  })
})

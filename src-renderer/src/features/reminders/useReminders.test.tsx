// @vitest-environment jsdom
import { act, cleanup, renderHook, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { CapdoApi } from '../../../../src-main/preload/api'
import * as reminders from '../../domain/reminders'
import type { TodoItem } from '../../domain/todo'
import { useRemindersMemory } from '../../stores/reminders'
import { useReminders } from './useReminders'

const showNotification = vi.fn(async () => ({ shown: true }))
window.capdo = { showNotification } as unknown as CapdoApi

const item = (systemId: string, urgency: TodoItem['urgency']): TodoItem => ({
  systemId,
  systemName: `Hệ thống ${systemId}`,
  unitName: 'Sở Y tế',
  kind: 'assessment',
  urgency,
  dueOn: '2026-12-01',
})

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

const settle = () => act(() => new Promise((done) => setTimeout(done, 600)))

beforeEach(() => {
  showNotification.mockClear()
  useRemindersMemory.setState({ lastNotifiedOn: null, seenKeys: [] })
})

describe('desktop reminders', () => {
  it('reminds once at start with the totals, in Vietnamese', async () => {
    const items = [item('a', 'overdue'), item('b', 'due_soon')]
    const { rerender } = renderHook(({ today }) => useReminders(today, items), {
      initialProps: { today: '2026-11-23' },
    })
    rerender({ today: '2026-11-23' })
    await waitFor(() => expect(showNotification).toHaveBeenCalled())
    await settle()
    expect(showNotification).toHaveBeenCalledTimes(1)
    expect(showNotification).toHaveBeenCalledWith({
      title: 'CapDo — nhắc việc',
      body: '1 việc mới quá hạn, 1 việc mới sắp đến hạn. Tổng cộng: 1 việc quá hạn, 1 việc sắp đến hạn.',
    })
  })

  it('the next day, reminds only of what became overdue or due soon', async () => {
    const first = [item('a', 'overdue')]
    const { rerender } = renderHook(({ today, items }) => useReminders(today, items), {
      initialProps: { today: '2026-11-23', items: first },
    })
    await waitFor(() => expect(useRemindersMemory.getState().lastNotifiedOn).toBe('2026-11-23'))
    // Same pending items the next day: nothing new, no second notification.
    rerender({ today: '2026-11-24', items: first })
    await waitFor(() => expect(useRemindersMemory.getState().lastNotifiedOn).toBe('2026-11-24'))
    expect(showNotification).toHaveBeenCalledTimes(1)
    rerender({ today: '2026-11-25', items: [item('a', 'overdue'), item('c', 'overdue')] })
    await waitFor(() => expect(showNotification).toHaveBeenCalledTimes(2))
    expect(showNotification).toHaveBeenLastCalledWith({
      title: 'CapDo — nhắc việc',
      body: '1 việc mới quá hạn. Tổng cộng: 2 việc quá hạn, 0 việc sắp đến hạn.',
    })
  })

  // A report deadline or a round near its due date is a reason to remind even with no system due,
  // and its line follows the counts (the bell shows the same lines).
  it('adds the report deadlines and collection rounds after the counts, and reminds for them alone', async () => {
    const dated = [
      'Còn 6 ngày đến hạn gửi báo cáo năm (chậm nhất ngày 14/12/2026).',
      'Đợt theo công văn số 125/SKHCN-CNTT: còn 2 ngày đến hạn, 1.204 đơn vị chưa báo cáo.',
    ]
    renderHook(() => useReminders('2026-12-08', [], dated))
    await waitFor(() => expect(showNotification).toHaveBeenCalledTimes(1))
    expect(showNotification).toHaveBeenCalledWith({
      title: 'CapDo — nhắc việc',
      body: ['Tổng cộng: 0 việc quá hạn, 0 việc sắp đến hạn.', ...dated].join('\n'),
    })
  })

  it('with nothing due and no dated line, shows no notification', async () => {
    renderHook(() => useReminders('2026-12-08', [], []))
    await waitFor(() => expect(useRemindersMemory.getState().lastNotifiedOn).toBe('2026-12-08'))
    await settle()
    expect(showNotification).not.toHaveBeenCalled()
  })

  it('waits for the register before reminding, and says it is still pending', async () => {
    const { result } = renderHook(() => useReminders('2026-11-23', undefined))
    await settle()
    expect(showNotification).not.toHaveBeenCalled()
    expect(result.current.pending).toBe(true)
  })

  // Issue #20: the digest hashes every to-do item (≈ 0.4 s at 20,000 systems); made in the commit
  // that shows the register, it held the register's first paint back.
  it('makes the digest after the screen has painted, not in the commit that brings the items', async () => {
    const digest = vi.spyOn(reminders, 'reminderDigest')
    const items = [item('a', 'overdue'), item('b', 'due_soon')]
    const { result } = renderHook(() => useReminders('2026-11-23', items))
    // renderHook has run the effects of the commit: nothing hashed yet, the bell says it is working.
    expect(digest).not.toHaveBeenCalled()
    expect(result.current.pending).toBe(true)
    expect(useRemindersMemory.getState().lastNotifiedOn).toBeNull()
    await waitFor(() => expect(result.current.pending).toBe(false))
    expect(digest).toHaveBeenCalledTimes(1)
    expect(useRemindersMemory.getState()).toMatchObject({
      lastNotifiedOn: '2026-11-23',
      seenKeys: items.map(reminders.reminderKey),
    })
    expect(showNotification).toHaveBeenCalledTimes(1)
  })

  it('drops a digest overtaken by newer items and reminds of the newer ones, once', async () => {
    const { rerender } = renderHook(({ items }) => useReminders('2026-11-23', items), {
      initialProps: { items: [item('a', 'overdue')] },
    })
    rerender({ items: [item('a', 'overdue'), item('b', 'overdue')] })
    await waitFor(() => expect(showNotification).toHaveBeenCalled())
    await settle()
    expect(showNotification).toHaveBeenCalledTimes(1)
    expect(showNotification).toHaveBeenCalledWith({
      title: 'CapDo — nhắc việc',
      body: '2 việc mới quá hạn. Tổng cộng: 2 việc quá hạn, 0 việc sắp đến hạn.',
    })
  })
})

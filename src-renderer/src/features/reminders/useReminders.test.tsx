// @vitest-environment jsdom
import { cleanup, renderHook } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { CapdoApi } from '../../../../src-main/preload/api'
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

afterEach(cleanup)

beforeEach(() => {
  showNotification.mockClear()
  useRemindersMemory.setState({ lastNotifiedOn: null, seenKeys: [] })
})

describe('desktop reminders', () => {
  it('reminds once at start with the totals, in Vietnamese', () => {
    const items = [item('a', 'overdue'), item('b', 'due_soon')]
    const { rerender } = renderHook(({ today }) => useReminders(today, items), {
      initialProps: { today: '2026-11-23' },
    })
    rerender({ today: '2026-11-23' })
    expect(showNotification).toHaveBeenCalledTimes(1)
    expect(showNotification).toHaveBeenCalledWith({
      title: 'CapDo — nhắc việc',
      body: '1 việc mới quá hạn, 1 việc mới sắp đến hạn. Tổng cộng: 1 việc quá hạn, 1 việc sắp đến hạn.',
    })
  })

  it('the next day, reminds only of what became overdue or due soon', () => {
    const first = [item('a', 'overdue')]
    const { rerender } = renderHook(({ today, items }) => useReminders(today, items), {
      initialProps: { today: '2026-11-23', items: first },
    })
    // Same pending items the next day: nothing new, no second notification.
    rerender({ today: '2026-11-24', items: first })
    expect(showNotification).toHaveBeenCalledTimes(1)
    rerender({ today: '2026-11-25', items: [item('a', 'overdue'), item('c', 'overdue')] })
    expect(showNotification).toHaveBeenCalledTimes(2)
    expect(showNotification).toHaveBeenLastCalledWith({
      title: 'CapDo — nhắc việc',
      body: '1 việc mới quá hạn. Tổng cộng: 2 việc quá hạn, 0 việc sắp đến hạn.',
    })
  })

  it('waits for the register before reminding', () => {
    renderHook(() => useReminders('2026-11-23', undefined))
    expect(showNotification).not.toHaveBeenCalled()
  })
})

import { describe, expect, it } from 'vitest'
import { reminderDigest, shouldNotify } from './reminders'
import { todoKey, type TodoItem } from './todo'

const item = (systemId: string, urgency: TodoItem['urgency'], dueOn: string): TodoItem => ({
  systemId,
  systemName: systemId,
  unitName: 'Sở Y tế',
  kind: 'assessment',
  urgency,
  dueOn,
})

describe('reminders', () => {
  const yesterday = [item('a', 'overdue', '2026-10-01'), item('b', 'due_soon', '2026-12-10')]

  it('at start, reminds of everything pending even if nothing is new', () => {
    const digest = reminderDigest(yesterday, new Set(yesterday.map(todoKey)))
    expect(digest).toMatchObject({ overdue: 1, dueSoon: 1, newOverdue: 0, newDueSoon: 0 })
    expect(shouldNotify(digest, true)).toBe(true)
    expect(shouldNotify(digest, false)).toBe(false)
  })

  it('a due-soon assessment that became overdue counts as newly overdue', () => {
    const today = [
      item('a', 'overdue', '2026-10-01'),
      item('b', 'overdue', '2026-12-10'),
      item('c', 'due_soon', '2026-12-20'),
    ]
    const digest = reminderDigest(today, new Set(yesterday.map(todoKey)))
    expect(digest).toMatchObject({ overdue: 2, dueSoon: 1, newOverdue: 1, newDueSoon: 1 })
    expect(digest.keys).toHaveLength(3)
    expect(shouldNotify(digest, false)).toBe(true)
  })

  it('nothing pending: no reminder, not even at start', () => {
    const digest = reminderDigest([], new Set())
    expect(shouldNotify(digest, true)).toBe(false)
  })
})

import { describe, expect, it } from 'vitest'
import { digestKey, reminderDigest, reminderKey, shouldNotify } from './reminders'
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
    const digest = reminderDigest(yesterday, new Set(yesterday.map(reminderKey)))
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
    const digest = reminderDigest(today, new Set(yesterday.map(reminderKey)))
    expect(digest).toMatchObject({ overdue: 2, dueSoon: 1, newOverdue: 1, newDueSoon: 1 })
    expect(digest.keys).toHaveLength(3)
    expect(shouldNotify(digest, false)).toBe(true)
  })

  it('nothing pending: no reminder, not even at start', () => {
    const digest = reminderDigest([], new Set())
    expect(shouldNotify(digest, true)).toBe(false)
  })

  it('remembers each item by a short digest, so 100,000 items fit in localStorage', () => {
    const items = Array.from({ length: 100_000 }, (_, i) =>
      item(`3f2b8c1e-5a4d-4e6f-9a7b-${String(i).padStart(12, '0')}`, 'overdue', '2026-10-01'),
    )
    const { keys } = reminderDigest(items, new Set())
    expect(new Set(keys).size).toBe(100_000)
    expect(Math.max(...keys.map((k) => k.length))).toBeLessThanOrEqual(11)
    expect(JSON.stringify(keys).length).toBeLessThan(1_400_000)
    expect(JSON.stringify(items.map(todoKey)).length).toBeGreaterThan(6_000_000)
  })

  it('the digest tells apart the same system due on another day or at another urgency', () => {
    const a = item('a', 'overdue', '2026-10-01')
    expect(reminderKey(a)).toBe(digestKey(todoKey(a)))
    expect(reminderKey({ ...a, dueOn: '2026-10-02' })).not.toBe(reminderKey(a))
    expect(reminderKey({ ...a, urgency: 'due_soon' })).not.toBe(reminderKey(a))
  })
})

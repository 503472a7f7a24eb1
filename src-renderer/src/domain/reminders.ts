/**
 * What a reminder says: how many obligations are overdue or due soon, and how many of them became
 * so since the last reminder (the keys it reported then). Pure, so the same digest can be tested
 * for any day and any history of reminders.
 */
import { cyrb53 } from './hash'
import { todoKey, type TodoItem } from './todo'

/**
 * What a reminder remembers of an item: a 53-bit digest of its todoKey in base 36 (≤ 11
 * characters) instead of the ~70-character key, so the memory of 60,000 pending items fits in
 * localStorage (≈ 0.7 MB, not 4 MB). A collision would only make one new item count as already
 * reported: for a new item among 60,000 remembered, a chance of about 1 in 10¹¹.
 */
export function reminderKey(item: Pick<TodoItem, 'systemId' | 'kind' | 'urgency' | 'dueOn'>): string {
  return digestKey(todoKey(item))
}

/** cyrb53 (domain/hash.ts) in base 36; the keys are remembered in localStorage: never change it. */
export function digestKey(text: string): string {
  return cyrb53(text).toString(36)
}

export interface ReminderDigest {
  overdue: number
  dueSoon: number
  newOverdue: number
  newDueSoon: number
  /** Every current item's reminderKey: what the next reminder will compare against. */
  keys: string[]
}

export function reminderDigest(items: readonly TodoItem[], seen: ReadonlySet<string>): ReminderDigest {
  const digest: ReminderDigest = { overdue: 0, dueSoon: 0, newOverdue: 0, newDueSoon: 0, keys: [] }
  for (const item of items) {
    const key = reminderKey(item)
    const isNew = !seen.has(key)
    digest.keys.push(key)
    if (item.urgency === 'overdue') {
      digest.overdue++
      if (isNew) digest.newOverdue++
    } else {
      digest.dueSoon++
      if (isNew) digest.newDueSoon++
    }
  }
  return digest
}

/** Whether a reminder is worth showing: at start whenever something is pending, later only news. */
export function shouldNotify(digest: ReminderDigest, atStart: boolean): boolean {
  return atStart ? digest.overdue + digest.dueSoon > 0 : digest.newOverdue + digest.newDueSoon > 0
}

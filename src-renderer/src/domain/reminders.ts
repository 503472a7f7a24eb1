/**
 * What a reminder says: how many obligations are overdue or due soon, and how many of them became
 * so since the last reminder (the keys it reported then). Pure, so the same digest can be tested
 * for any day and any history of reminders.
 */
import { todoKey, type TodoItem } from './todo'

export interface ReminderDigest {
  overdue: number
  dueSoon: number
  newOverdue: number
  newDueSoon: number
  /** Every current item's key: what the next reminder will compare against. */
  keys: string[]
}

export function reminderDigest(items: readonly TodoItem[], seen: ReadonlySet<string>): ReminderDigest {
  const digest: ReminderDigest = { overdue: 0, dueSoon: 0, newOverdue: 0, newDueSoon: 0, keys: [] }
  for (const item of items) {
    const key = todoKey(item)
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

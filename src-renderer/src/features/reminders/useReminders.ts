import { useEffect, useRef } from 'react'
import { getApi } from '../../bridge'
import { reminderDigest, shouldNotify } from '../../domain/reminders'
import { remindersVi } from '../../i18n/reminders'
import { useRemindersMemory } from '../../stores/reminders'
import type { TodoItem } from '../../domain/todo'

/**
 * Desktop reminders: once when the app starts, then once a day while it stays open, a notification
 * summarising what is overdue or due soon and what became so since the last reminder.
 */
export function useReminders(today: string, items: TodoItem[] | undefined): void {
  const startedRef = useRef(false)
  const { lastNotifiedOn, seenKeys, markNotified } = useRemindersMemory()

  useEffect(() => {
    if (!items) return
    const atStart = !startedRef.current
    if (!atStart && lastNotifiedOn === today) return
    startedRef.current = true
    const digest = reminderDigest(items, new Set(seenKeys))
    markNotified(today, digest.keys)
    if (!shouldNotify(digest, atStart)) return
    getApi()
      .showNotification({ title: remindersVi.title, body: remindersVi.body(digest) })
      .catch((error: unknown) => console.error('Could not show the reminder', error))
    // seenKeys is read, not watched: marking them must not trigger another reminder.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [items, today, lastNotifiedOn])
}

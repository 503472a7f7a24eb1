import { useEffect, useRef, useState } from 'react'
import { getApi } from '../../bridge'
import { shouldNotify } from '../../domain/reminders'
import { remindersVi } from '../../i18n/reminders'
import { useRemindersMemory } from '../../stores/reminders'
import type { TodoItem } from '../../domain/todo'
import { reminderDigestInWorker } from '../../workers/reminders-client'

/**
 * After the frame now being drawn has been painted (a task queued from requestAnimationFrame), or
 * after `latestMs` when no frame comes (a window started minimised draws none).
 */
function afterPaint(latestMs = 500): Promise<void> {
  return new Promise((done) => {
    const fallback = setTimeout(done, latestMs)
    if (typeof requestAnimationFrame !== 'function') return
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback)
        done()
      }, 0),
    )
  })
}

export interface RemindersState {
  /** True until the first digest of this session is made (the bell shows that it is working). */
  pending: boolean
}

/**
 * Desktop reminders: once when the app starts, then once a day while it stays open, a notification
 * summarising what is overdue or due soon and what became so since the last reminder, followed by
 * `dated`: the bell's other lines (report deadlines, collection rounds near their due date), which
 * are reasons to remind on their own.
 *
 * The digest hashes every to-do item (≈ 0.4 s at 20,000 systems on the page's thread), so it is
 * made after the screen has painted, in a worker (workers/reminders.worker.ts): the register is
 * usable before the reminder is ready. A digest overtaken by newer items is dropped and made again.
 */
export function useReminders(
  today: string,
  items: TodoItem[] | undefined,
  dated: readonly string[] = [],
): RemindersState {
  const startedRef = useRef(false)
  // Read when the notification is shown, not watched: a round loading a moment after the register
  // must not make a second digest.
  const datedRef = useRef(dated)
  useEffect(() => {
    datedRef.current = dated
  }, [dated])
  const [started, setStarted] = useState(false)
  const { lastNotifiedOn, seenKeys, markNotified } = useRemindersMemory()

  useEffect(() => {
    if (!items) return
    const atStart = !startedRef.current
    if (!atStart && lastNotifiedOn === today) return
    const controller = new AbortController()
    const seen = seenKeys
    afterPaint()
      .then(() =>
        controller.signal.aborted ? null : reminderDigestInWorker(items, seen, { signal: controller.signal }),
      )
      .then((digest) => {
        if (!digest || controller.signal.aborted) return
        startedRef.current = true
        setStarted(true)
        markNotified(today, digest.keys)
        const lines = datedRef.current
        if (!shouldNotify(digest, atStart) && lines.length === 0) return
        getApi()
          .showNotification({ title: remindersVi.title, body: remindersVi.body(digest, lines) })
          .catch((error: unknown) => console.error('Could not show the reminder', error))
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) console.error('Could not make the reminder', error)
      })
    return () => controller.abort()
    // seenKeys is read, not watched: marking them must not trigger another reminder.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [items, today, lastNotifiedOn])

  return { pending: !started }
}

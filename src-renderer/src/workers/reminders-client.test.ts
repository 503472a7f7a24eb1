import { afterEach, describe, expect, it, vi } from 'vitest'
import { reminderDigest, reminderKey } from '../domain/reminders'
import type { TodoItem } from '../domain/todo'
import { reminderDigestInWorker, type RemindersWorkerPort } from './reminders-client'
import type { RemindersJob, RemindersWorkerMessage } from './reminders-protocol'

const item = (systemId: string, urgency: TodoItem['urgency']): TodoItem => ({
  systemId,
  systemName: `Hệ thống ${systemId}`,
  unitName: 'Sở Y tế',
  kind: 'assessment',
  urgency,
  dueOn: '2026-12-01',
})

/** Answers as reminders.worker.ts does, through structured clones both ways. */
class InProcessWorker implements RemindersWorkerPort {
  onmessage: ((event: MessageEvent<RemindersWorkerMessage>) => void) | null = null
  onerror: ((event: ErrorEvent) => void) | null = null
  onmessageerror: ((event: MessageEvent) => void) | null = null
  terminated = false

  postMessage(job: RemindersJob): void {
    const { items, seen } = structuredClone(job)
    const message: RemindersWorkerMessage = { type: 'done', digest: reminderDigest(items, new Set(seen)) }
    queueMicrotask(() => this.onmessage?.(new MessageEvent('message', { data: structuredClone(message) })))
  }

  terminate(): void {
    this.terminated = true
  }
}

afterEach(() => vi.restoreAllMocks())

describe('the reminder digest made in a worker', () => {
  it('is the digest reminderDigest makes on the page, and the worker is ended', async () => {
    const items = [item('a', 'overdue'), item('b', 'due_soon'), item('c', 'overdue')]
    const seen = [reminderKey(items[0])]
    const worker = new InProcessWorker()
    const digest = await reminderDigestInWorker(items, seen, { createWorker: () => worker })
    expect(digest).toEqual(reminderDigest(items, new Set(seen)))
    expect(digest).toMatchObject({ overdue: 2, dueSoon: 1, newOverdue: 1, newDueSoon: 1 })
    expect(worker.terminated).toBe(true)
  })

  it('is made on the page where no worker can be created', async () => {
    const items = [item('a', 'overdue')]
    const digest = await reminderDigestInWorker(items, [], {
      createWorker: () => {
        throw new Error('no workers here')
      },
    })
    expect(digest).toEqual(reminderDigest(items, new Set()))
  })
})

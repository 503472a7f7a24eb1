import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { CapdoDatabase } from '../db/database'
import { freshDatabase } from '../db/test-support/test-db'
import { isDomainError } from '../domain/errors'
import { vi as text } from '../i18n/vi'
import { loadDemoInWorker, type DemoWorkerPort } from './demo-client'
import { runDemoJob } from './demo-job'
import type { DemoJob, DemoWorkerMessage } from './demo-protocol'
import { serializeError } from './report-protocol'

let db: CapdoDatabase
const asOf = '2026-11-23'

beforeEach(() => {
  db = freshDatabase()
  vi.spyOn(console, 'error').mockImplementation(() => undefined)
})

afterEach(async () => {
  vi.restoreAllMocks()
  await db.delete()
})

/** Runs the worker's job in this process and answers as demo.worker.ts does, through a clone. */
class InProcessWorker implements DemoWorkerPort {
  onmessage: ((event: MessageEvent<DemoWorkerMessage>) => void) | null = null
  onerror: ((event: ErrorEvent) => void) | null = null
  onmessageerror: ((event: MessageEvent) => void) | null = null
  jobs: DemoJob[] = []
  terminated = false

  postMessage(job: DemoJob): void {
    this.jobs.push(job)
    const send = (message: DemoWorkerMessage) =>
      this.onmessage?.(new MessageEvent('message', { data: structuredClone(message) }))
    runDemoJob(structuredClone(job), (phase) => send({ type: 'phase', phase }))
      .then((result) => send({ type: 'done', result }))
      .catch((error: unknown) => send({ type: 'failed', error: serializeError(error) }))
  }

  terminate(): void {
    this.terminated = true
  }
}

/** A worker whose script fails, at once or after telling the first phase. */
function brokenWorker(afterPhase: boolean): DemoWorkerPort & { terminated: boolean } {
  return {
    terminated: false,
    onmessage: null,
    onerror: null,
    onmessageerror: null,
    postMessage() {
      queueMicrotask(() => {
        if (afterPhase)
          this.onmessage?.(new MessageEvent('message', { data: { type: 'phase', phase: 'generating' } }))
        this.onerror?.(new Event('error') as ErrorEvent)
      })
    },
    terminate() {
      this.terminated = true
    },
  }
}

describe('the demo register loaded in a worker', () => {
  it('fills the database the page uses, telling each step, then ends the worker', async () => {
    const worker = new InProcessWorker()
    const phases: string[] = []
    const result = await loadDemoInWorker(db, {
      asOf,
      systemsCount: 12,
      onPhase: (p) => phases.push(p),
      createWorker: () => worker,
    })
    expect(result).toMatchObject({ systems: 12, units: 95 })
    expect(await db.systems.count()).toBe(12)
    expect(phases).toEqual(['generating', 'writing'])
    expect(worker.jobs).toEqual([{ dbName: db.name, asOf, systemsCount: 12 }])
    expect(worker.terminated).toBe(true)
  })

  it("refuses a register that is not empty with the loader's Vietnamese message, and writes nothing", async () => {
    await loadDemoInWorker(db, { asOf, systemsCount: 3, createWorker: () => new InProcessWorker() })
    const error: unknown = await loadDemoInWorker(db, {
      asOf,
      systemsCount: 5,
      createWorker: () => new InProcessWorker(),
    }).catch((e: unknown) => e)
    expect(isDomainError(error) && error.code).toBe('register_not_empty')
    expect((error as Error).message).toContain('Sổ theo dõi đã có dữ liệu')
    expect(await db.systems.count()).toBe(3)
  })

  it('loads on the page where there is no Worker (jsdom) or the worker never starts', async () => {
    expect(typeof globalThis.Worker).toBe('undefined')
    const phases: string[] = []
    await loadDemoInWorker(db, { asOf, systemsCount: 4, onPhase: (p) => phases.push(p) })
    expect(await db.systems.count()).toBe(4)
    expect(phases).toEqual(['generating', 'writing'])

    const other = freshDatabase()
    try {
      const broken = brokenWorker(false)
      await loadDemoInWorker(other, { asOf, systemsCount: 6, createWorker: () => broken })
      expect(await other.systems.count()).toBe(6)
      expect(broken.terminated).toBe(true)
    } finally {
      await other.delete()
    }
  })

  it('does not load a second time on the page when the worker breaks mid-way: it says so in Vietnamese', async () => {
    const error: unknown = await loadDemoInWorker(db, {
      asOf,
      systemsCount: 6,
      createWorker: () => brokenWorker(true),
    }).catch((e: unknown) => e)
    expect(isDomainError(error) && error.code).toBe('demo_worker_failed')
    expect((error as Error).message).toBe(text.empty.workerFailed)
    expect(await db.systems.count()).toBe(0)
  })
})

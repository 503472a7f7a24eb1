import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { CapdoDatabase } from '../db/database'
import { loadDemoData } from '../db/demo'
import { saveRuleSetId } from '../db/repos/settings'
import { freshDatabase } from '../db/test-support/test-db'
import { DomainError, isDomainError } from '../domain/errors'
import { readInventoryWorkbook } from '../excel/import/read-workbook'
import { buildReportInWorker, isAbortError, type ReportWorkerPort } from './report-client'
import { runReportJob } from './report-job'
import { serializeError, type ReportJob, type ReportWorkerMessage } from './report-protocol'

let db: CapdoDatabase

beforeEach(async () => {
  db = freshDatabase()
  await loadDemoData(db, { asOf: '2026-11-23', systemsCount: 5, unitsCount: 3 })
  vi.spyOn(console, 'error').mockImplementation(() => undefined)
})

afterEach(async () => {
  vi.restoreAllMocks()
  await db.delete()
})

function job(overrides: Partial<ReportJob> = {}): ReportJob {
  return { dbName: db.name, asOf: '2026-11-23', sheets: ['register'], ...overrides }
}

async function storedIds(): Promise<string[]> {
  return (await db.systems.toArray()).map((s) => s.id).sort()
}

/**
 * A stand-in for the browser's Worker that runs the worker's job in this process and answers the
 * way report.worker.ts does (through a structured clone, as postMessage would).
 */
class InProcessWorker implements ReportWorkerPort {
  onmessage: ((event: MessageEvent<ReportWorkerMessage>) => void) | null = null
  onerror: ((event: ErrorEvent) => void) | null = null
  onmessageerror: ((event: MessageEvent) => void) | null = null
  terminated = false

  postMessage(job: ReportJob): void {
    const send = (message: ReportWorkerMessage) =>
      this.onmessage?.(new MessageEvent('message', { data: structuredClone(message) }))
    runReportJob(structuredClone(job), (fraction) => send({ type: 'progress', fraction }))
      .then((data) => send({ type: 'done', data }))
      .catch((error: unknown) => send({ type: 'failed', error: serializeError(error) }))
  }

  terminate(): void {
    this.terminated = true
  }
}

/** A worker whose script fails: at once (`afterMessages` 0) or after some progress. */
function brokenWorker(afterMessages: number): ReportWorkerPort & { terminated: boolean } {
  return {
    terminated: false,
    onmessage: null,
    onerror: null,
    onmessageerror: null,
    postMessage() {
      queueMicrotask(() => {
        for (let i = 0; i < afterMessages; i++) {
          this.onmessage?.(new MessageEvent('message', { data: { type: 'progress', fraction: 0.1 } }))
        }
        this.onerror?.(new Event('error') as ErrorEvent)
      })
    },
    terminate() {
      this.terminated = true
    },
  }
}

describe('building the report in the worker', () => {
  it('reads the register from the store and hands back the workbook, with rising progress, then ends the worker', async () => {
    const worker = new InProcessWorker()
    const progress: number[] = []
    const bytes = await buildReportInWorker(job(), {
      createWorker: () => worker,
      onProgress: (f) => progress.push(f),
    })
    const read = await readInventoryWorkbook(bytes)
    expect(read.rows.map((r) => r.record.id).sort()).toEqual(await storedIds())
    expect(progress[0]).toBe(0)
    expect(progress.at(-1)).toBe(1)
    expect(progress).toEqual([...progress].sort((a, b) => a - b))
    expect(worker.terminated).toBe(true)
  })

  it('keeps a rule error a DomainError with its Vietnamese message', async () => {
    await saveRuleSetId(db, 'ND331-2026')
    const worker = new InProcessWorker()
    const failure = buildReportInWorker(job({ sheets: ['quarterly'] }), { createWorker: () => worker })
    await expect(failure).rejects.toSatisfy(
      (error: unknown) => isDomainError(error) && error.code === 'report_not_quarterly',
    )
    await expect(failure).rejects.toThrow(/báo cáo hằng năm/)
    expect(worker.terminated).toBe(true)
  })

  it('builds the report on the page when the worker cannot start', async () => {
    const worker = brokenWorker(0)
    const bytes = await buildReportInWorker(job(), { createWorker: () => worker })
    const read = await readInventoryWorkbook(bytes)
    expect(read.rows.map((r) => r.record.id).sort()).toEqual(await storedIds())
    expect(worker.terminated).toBe(true)

    const refused = await buildReportInWorker(job(), {
      createWorker: () => {
        throw new DOMException('module workers refused', 'SecurityError')
      },
    })
    expect((await readInventoryWorkbook(refused)).rows).toHaveLength(5)
  })

  it('tells the officer in Vietnamese when the worker breaks while working', async () => {
    const failure = buildReportInWorker(job(), { createWorker: () => brokenWorker(2) })
    await expect(failure).rejects.toBeInstanceOf(DomainError)
    await expect(failure).rejects.toThrow('Không tạo được sổ tính')
  })

  it('stops the worker when the export is abandoned', async () => {
    const worker = new InProcessWorker()
    const controller = new AbortController()
    const pending = buildReportInWorker(job(), { createWorker: () => worker, signal: controller.signal })
    controller.abort()
    await expect(pending).rejects.toSatisfy(isAbortError)
    expect(worker.terminated).toBe(true)
  })
})

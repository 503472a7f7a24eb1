import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createBackup } from '../db/backup/create-backup'
import { parseBackup } from '../db/backup/parse-backup'
import type { CapdoDatabase } from '../db/database'
import { loadDemoData } from '../db/demo'
import { freshDatabase } from '../db/test-support/test-db'
import { DomainError, isDomainError } from '../domain/errors'
import { createBackupInWorker, type BackupWorkerPort } from './backup-client'
import { runBackupJob } from './backup-job'
import type { BackupJob, BackupWorkerMessage } from './backup-protocol'
import { serializeError } from './report-protocol'

let db: CapdoDatabase
const at = new Date('2026-11-23T01:30:00Z')
const now = () => at

beforeEach(async () => {
  db = freshDatabase()
  await loadDemoData(db, { asOf: '2026-11-23', systemsCount: 6, unitsCount: 3 })
  vi.spyOn(console, 'error').mockImplementation(() => undefined)
  vi.spyOn(console, 'warn').mockImplementation(() => undefined)
})

afterEach(async () => {
  vi.restoreAllMocks()
  await db.delete()
})

/** Runs the worker's job in this process and answers as backup.worker.ts does, through a clone. */
class InProcessWorker implements BackupWorkerPort {
  onmessage: ((event: MessageEvent<BackupWorkerMessage>) => void) | null = null
  onerror: ((event: ErrorEvent) => void) | null = null
  onmessageerror: ((event: MessageEvent) => void) | null = null
  jobs: BackupJob[] = []
  terminated = false

  constructor(private readonly job: (job: BackupJob) => Promise<Uint8Array> = runBackupJob) {}

  postMessage(job: BackupJob): void {
    this.jobs.push(job)
    const send = (message: BackupWorkerMessage) =>
      this.onmessage?.(new MessageEvent('message', { data: structuredClone(message) }))
    this.job(structuredClone(job))
      .then((data) => send({ type: 'done', data }))
      .catch((error: unknown) => send({ type: 'failed', error: serializeError(error) }))
  }

  terminate(): void {
    this.terminated = true
  }
}

describe('the backup built in a worker', () => {
  it('holds the very document createBackup writes on the page, and the worker is ended', async () => {
    const worker = new InProcessWorker()
    const bytes = await createBackupInWorker(db, { appVersion: '1.2.3', now, createWorker: () => worker })

    // Documents, not bytes: gzip's header carries the second the file was compressed.
    expect(await parseBackup(bytes)).toEqual(
      await parseBackup(await createBackup(db, { appVersion: '1.2.3', now })),
    )
    expect(worker.jobs).toEqual([{ dbName: db.name, appVersion: '1.2.3', createdAt: at.toISOString() }])
    expect(worker.terminated).toBe(true)
    const doc = await parseBackup(bytes)
    expect(doc.counts.systems).toBe(6)
    expect(doc.createdAt).toBe(at.toISOString())
  })

  it('is built on the page when no worker can be created (as in jsdom, which has no Worker)', async () => {
    const bytes = await createBackupInWorker(db, {
      now,
      createWorker: () => {
        throw new ReferenceError('Worker is not defined')
      },
    })
    expect((await parseBackup(bytes)).counts.systems).toBe(6)
  })

  it('falls back to the page without being told how, where the environment has no Worker', async () => {
    expect(typeof globalThis.Worker).toBe('undefined')
    const bytes = await createBackupInWorker(db, { now })
    expect(await parseBackup(bytes)).toEqual(await parseBackup(await createBackup(db, { now })))
  })

  it('is built on the page when the worker breaks, so the officer still gets a backup', async () => {
    const broken: BackupWorkerPort & { terminated: boolean } = {
      terminated: false,
      onmessage: null,
      onerror: null,
      onmessageerror: null,
      postMessage() {
        queueMicrotask(() => this.onerror?.(new Event('error') as ErrorEvent))
      },
      terminate() {
        this.terminated = true
      },
    }
    const bytes = await createBackupInWorker(db, { now, createWorker: () => broken })
    expect(broken.terminated).toBe(true)
    expect((await parseBackup(bytes)).counts.systems).toBe(6)
  })

  it('passes on a failure of the backup itself as the same DomainError, with its Vietnamese message', async () => {
    const worker = new InProcessWorker(() =>
      Promise.reject(new DomainError('backup_too_large', 'Bản sao lưu quá lớn.', { maxBytes: 1 })),
    )
    const error: unknown = await createBackupInWorker(db, { createWorker: () => worker }).catch(
      (e: unknown) => e,
    )
    expect(isDomainError(error) && error.code).toBe('backup_too_large')
    expect((error as Error).message).toBe('Bản sao lưu quá lớn.')
    expect(worker.terminated).toBe(true)
  })
})

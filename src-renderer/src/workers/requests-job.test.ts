/**
 * "Tạo phiếu" as the requests worker does it: over the register stored under a database name,
 * one workbook per recipient named after its unit, each read back as that unit's reply (its
 * marker: the round, the unit, its token and its systems); the worker's answer, crossing a
 * structured clone, is the very zip the page would have made; progress counts workbooks.
 */
import { unzipSync } from 'fflate'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { CapdoDatabase } from '../db/database'
import { loadDemoData } from '../db/demo'
import { createRound } from '../db/repos/rounds'
import { freshDatabase } from '../db/test-support/test-db'
import type { Round } from '../domain/rounds/round'
import { readReplyFile } from '../excel/rounds/read-reply'
import { serializeError } from './report-protocol'
import { buildRequestsInWorker, type RequestsWorkerPort } from './requests-client'
import { buildRequestsZip, runRequestsJob } from './requests-job'
import type { RequestsJob, RequestsWorkerMessage } from './requests-protocol'

let db: CapdoDatabase
let round: Round

beforeEach(async () => {
  db = freshDatabase()
  await loadDemoData(db, { asOf: '2026-11-23', systemsCount: 14, unitsCount: 6 })
  const units = await db.units.toArray()
  round = await createRound(db, {
    letterNo: '125/SKHCN-CNTT',
    letterDate: '2026-12-01',
    subject: 'rà soát hệ thống thông tin',
    asOf: '2026-12-14',
    dueOn: '2026-12-20',
    recipients: units.map((u) => ({ unitId: u.id, unitName: u.name })),
  })
})

/**
 * A zip's content: each file's name and bytes, and a workbook's own parts the same way (zip
 * entries carry the time they were written, which is no part of what the officer sends).
 */
function contentOf(zip: Uint8Array): Record<string, Record<string, Uint8Array>> {
  return Object.fromEntries(Object.entries(unzipSync(zip)).map(([name, bytes]) => [name, unzipSync(bytes)]))
}

afterEach(async () => {
  vi.restoreAllMocks()
  await db.delete()
})

/** Stands in for the browser's Worker: runs the job here and answers through structured clones. */
class InProcessWorker implements RequestsWorkerPort {
  onmessage: ((event: MessageEvent<RequestsWorkerMessage>) => void) | null = null
  onerror: ((event: ErrorEvent) => void) | null = null
  onmessageerror: ((event: MessageEvent) => void) | null = null
  terminated = false

  postMessage(job: RequestsJob): void {
    const send = (message: RequestsWorkerMessage) =>
      this.onmessage?.(new MessageEvent('message', { data: structuredClone(message) }))
    runRequestsJob(structuredClone(job), (done, total) => send({ type: 'progress', done, total }))
      .then((result) => send({ type: 'done', result }))
      .catch((error: unknown) => send({ type: 'failed', error: serializeError(error) }))
  }

  terminate(): void {
    this.terminated = true
  }
}

describe('making the requests of a round off the page', () => {
  it('writes one workbook per recipient, named after its unit and carrying its own marker', async () => {
    const progress: string[] = []
    const { zip, count } = await runRequestsJob({ dbName: db.name, round }, (done, total) =>
      progress.push(`${done}/${total}`),
    )
    const files = unzipSync(zip)
    expect(count).toBe(6)
    expect(Object.keys(files).sort()).toEqual(round.recipients.map((r) => `Phiếu - ${r.unitName}.xlsx`).sort())
    expect(progress).toEqual(['0/6', '1/6', '2/6', '3/6', '4/6', '5/6', '6/6'])
    const systems = await db.systems.toArray()
    for (const recipient of round.recipients) {
      const read = await readReplyFile(files[`Phiếu - ${recipient.unitName}.xlsx`])
      if (!read.ok) throw new Error(`${recipient.unitName}: ${read.message}`)
      expect(read.marker).toMatchObject({
        roundId: round.id,
        letterNo: '125/SKHCN-CNTT',
        unitId: recipient.unitId,
        unitName: recipient.unitName,
        token: recipient.token,
      })
      const own = systems.filter((s) => s.unitId === recipient.unitId)
      expect(read.marker.systems.map((s) => s.id).sort()).toEqual(own.map((s) => s.id).sort())
      expect(read.sheet.parse.rows.map((r) => r.record.name).sort()).toEqual(own.map((s) => s.name).sort())
    }
  })

  it('the worker hands back the zip the page would have made, says how far it is, and is ended', async () => {
    const worker = new InProcessWorker()
    const progress: string[] = []
    const fromWorker = await buildRequestsInWorker(
      db,
      round,
      (done, total) => progress.push(`${done}/${total}`),
      () => worker,
    )
    const onPage = await buildRequestsZip(db, round)
    expect(fromWorker.count).toBe(6)
    expect(contentOf(fromWorker.zip)).toEqual(contentOf(onPage.zip))
    expect(progress.at(0)).toBe('0/6')
    expect(progress.at(-1)).toBe('6/6')
    expect(worker.terminated).toBe(true)
  })

  it('where no worker can start, the page makes the same zip', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const progress: string[] = []
    const result = await buildRequestsInWorker(
      db,
      round,
      (done, total) => progress.push(`${done}/${total}`),
      () => {
        throw new Error('module workers refused')
      },
    )
    expect(result.count).toBe(6)
    expect(contentOf(result.zip)).toEqual(contentOf((await buildRequestsZip(db, round)).zip))
    expect(progress.at(-1)).toBe('6/6')
  })
})

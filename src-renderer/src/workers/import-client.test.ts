import { describe, expect, it } from 'vitest'
import { isDomainError } from '../domain/errors'
import { importText } from '../i18n/import'
import { createImportClient, type ImportWorkerPort } from './import-client'
import type { ImportWorkerRequest, ImportWorkerResponse } from './import-protocol'

type Listener = (event: { data: ImportWorkerResponse }) => void

/** A worker that records what it was sent and answers when the test says so. */
function fakeWorker() {
  const sent: { message: ImportWorkerRequest; transfer: Transferable[] }[] = []
  const listeners: { message: Listener[]; error: (() => void)[] } = { message: [], error: [] }
  let terminated = false
  const port = {
    postMessage: (message: ImportWorkerRequest, transfer: Transferable[]) => sent.push({ message, transfer }),
    addEventListener: (type: 'message' | 'error' | 'messageerror', listener: Listener | (() => void)) => {
      if (type === 'message') listeners.message.push(listener as Listener)
      else if (type === 'error') listeners.error.push(listener as () => void)
    },
    terminate: () => {
      terminated = true
    },
  } as unknown as ImportWorkerPort
  return {
    port,
    sent,
    answer: (data: ImportWorkerResponse) => listeners.message.forEach((l) => l({ data })),
    crash: () => listeners.error.forEach((l) => l()),
    get terminated() {
      return terminated
    },
  }
}

const EMPTY_DRAFT = {
  sheetName: 'S',
  headerRow: 1,
  columns: [],
  mapping: [],
  ignoredColumns: [],
  missing: [],
  format: { kind: 'xlsx' as const },
}

describe('the import worker client', () => {
  it('transfers the file bytes instead of copying them, and reports progress', async () => {
    const fake = fakeWorker()
    const client = createImportClient('capdo-test', fake.port)
    const bytes = new Uint8Array([80, 75, 3, 4])
    const buffer = bytes.buffer
    const progress: number[] = []
    const reading = client.read(bytes, {}, (f) => progress.push(f))

    const [{ message, transfer }] = fake.sent
    expect(message).toMatchObject({ kind: 'read', bytes: buffer, dbName: 'capdo-test' })
    expect(transfer).toEqual([buffer])
    fake.answer({ kind: 'progress', requestId: message.requestId, fraction: 0.6 })
    fake.answer({
      kind: 'done',
      requestId: message.requestId,
      answer: { kind: 'needs-mapping', draft: EMPTY_DRAFT },
    })
    await expect(reading).resolves.toEqual({ kind: 'needs-mapping', draft: EMPTY_DRAFT })
    expect(progress).toEqual([0.6])
  })

  it('rejects with the DomainError the worker reported, in Vietnamese', async () => {
    const fake = fakeWorker()
    const client = createImportClient('capdo-test', fake.port)
    const reading = client.reparse({ mapping: { unit: 2 } })
    const { requestId } = fake.sent[0].message
    fake.answer({ kind: 'failed', requestId, code: 'no_header', message: 'Không tìm thấy dòng tiêu đề' })
    const error: unknown = await reading.catch((e: unknown) => e)
    expect(isDomainError(error) && [error.code, error.message]).toEqual([
      'no_header',
      'Không tìm thấy dòng tiêu đề',
    ])
  })

  it('asks the worker to write the plan it previewed, with the new units chosen', async () => {
    const fake = fakeWorker()
    const client = createImportClient('capdo-test', fake.port)
    const importing = client.apply('danh-muc.xlsx', ['Sở Y tế'])
    const { message } = fake.sent[0]
    expect(message).toMatchObject({
      kind: 'apply',
      dbName: 'capdo-test',
      fileName: 'danh-muc.xlsx',
      createUnits: ['Sở Y tế'],
    })
    const result = {
      unitsCreated: [],
      added: ['a'],
      updated: [],
      unchanged: 0,
      blocksAssigned: 0,
      assessmentsAdded: 0,
      skipped: [],
    }
    fake.answer({ kind: 'done', requestId: message.requestId, answer: { kind: 'applied', result } })
    await expect(importing).resolves.toEqual(result)
  })

  it('rejects every request still waiting when the worker crashes', async () => {
    const fake = fakeWorker()
    const client = createImportClient('capdo-test', fake.port)
    const first = client.reparse({})
    const second = client.reparse({})
    fake.crash()
    await expect(first).rejects.toThrow(importText.workerFailed)
    await expect(second).rejects.toThrow(importText.workerFailed)
  })

  it('stops the worker when disposed', () => {
    const fake = fakeWorker()
    createImportClient('capdo-test', fake.port).dispose()
    expect(fake.terminated).toBe(true)
  })
})

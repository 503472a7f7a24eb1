/**
 * The import screen's typed handle on its Web Worker: promises instead of messages. The file's
 * bytes are transferred, not copied (the caller's array is emptied); the worker keeps them, the
 * rows and the plan, so `reparse` re-reads the same file with another mapping and `apply` writes
 * the plan last previewed. A failure rejects with a DomainError carrying the worker's message.
 */
import type { ImportResult } from '../db/repos/import'
import { DomainError } from '../domain/errors'
import { importText } from '../i18n/import'
import type {
  ImportReadOptions,
  ImportReadOutcome,
  ImportWorkerAnswer,
  ImportWorkerRequest,
  ImportWorkerResponse,
  PlanPreview,
} from './import-protocol'

export type {
  ImportReadOptions,
  ImportReadOutcome,
  MappingDraft,
  ParseSummary,
  PlanPreview,
  PreviewNewUnit,
  PreviewRow,
  PreviewUpdate,
} from './import-protocol'

/** What the client needs of a Worker (a fake one in tests). */
export interface ImportWorkerPort {
  postMessage(message: ImportWorkerRequest, transfer: Transferable[]): void
  addEventListener(type: 'message', listener: (event: MessageEvent<ImportWorkerResponse>) => void): void
  addEventListener(type: 'error' | 'messageerror', listener: (event: Event) => void): void
  terminate(): void
}

type Progress = (fraction: number) => void

export interface ImportWorkerClient {
  /** Reads a new file (its bytes move to the worker) and plans it against the register. */
  read(bytes: Uint8Array, options?: ImportReadOptions, onProgress?: Progress): Promise<ImportReadOutcome>
  /** Reads the last file again, e.g. with the user's column mapping. */
  reparse(options: ImportReadOptions, onProgress?: Progress): Promise<ImportReadOutcome>
  /** Plans the rows read last against the register as it is now. */
  replan(): Promise<PlanPreview>
  /** Takes the blocks of the units from the province's unit list (a CSV), and plans again with it. */
  unitList(bytes: Uint8Array, fileName: string): Promise<PlanPreview>
  /** Writes the plan last previewed, creating the given new units. */
  apply(fileName: string, createUnits: readonly string[]): Promise<ImportResult>
  dispose(): void
}

export function spawnImportWorker(): ImportWorkerPort {
  return new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'capdo-import' })
}

/** The bytes as a whole ArrayBuffer that can be transferred (a view on part of a buffer is copied). */
function transferable(bytes: Uint8Array): ArrayBuffer {
  const { buffer } = bytes
  if (buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength) {
    return buffer
  }
  return bytes.slice().buffer
}

interface Pending {
  resolve(answer: ImportWorkerAnswer): void
  reject(error: unknown): void
  onProgress?: Progress
}

type Message<K extends ImportWorkerRequest['kind']> = Omit<
  Extract<ImportWorkerRequest, { kind: K }>,
  'requestId' | 'dbName'
>

/**
 * @param dbName the register's IndexedDB database, which the worker opens itself.
 */
export function createImportClient(
  dbName: string,
  worker: ImportWorkerPort = spawnImportWorker(),
): ImportWorkerClient {
  const pending = new Map<number, Pending>()
  let nextId = 1

  worker.addEventListener('message', (event) => {
    const response = event.data
    const request = pending.get(response.requestId)
    if (!request) return
    if (response.kind === 'progress') {
      request.onProgress?.(response.fraction)
      return
    }
    pending.delete(response.requestId)
    if (response.kind === 'done') request.resolve(response.answer)
    else if (response.code === 'unexpected')
      request.reject(new Error(response.detail ?? 'import worker failed'))
    else request.reject(new DomainError(response.code, response.message))
  })
  // The worker's script could not run, or an answer could not be read: nothing more will come.
  const broken = (event: Event): void => {
    console.error('import worker', event)
    for (const request of pending.values()) {
      request.reject(new DomainError('worker_failed', importText.workerFailed))
    }
    pending.clear()
  }
  worker.addEventListener('error', broken)
  worker.addEventListener('messageerror', broken)

  function send<K extends ImportWorkerRequest['kind']>(
    message: Message<K>,
    transfer: Transferable[] = [],
    onProgress?: Progress,
  ): Promise<ImportWorkerAnswer> {
    const requestId = nextId++
    return new Promise((resolve, reject) => {
      pending.set(requestId, { resolve, reject, onProgress })
      worker.postMessage({ ...message, requestId, dbName } as ImportWorkerRequest, transfer)
    })
  }

  const outcome = (answer: ImportWorkerAnswer): ImportReadOutcome => {
    if (answer.kind === 'parsed' || answer.kind === 'needs-mapping') return answer
    throw new Error(`import worker answered ${answer.kind} to a read`)
  }

  return {
    async read(bytes, options = {}, onProgress) {
      const buffer = transferable(bytes)
      return outcome(await send<'read'>({ kind: 'read', bytes: buffer, options }, [buffer], onProgress))
    },
    async reparse(options, onProgress) {
      return outcome(await send<'reparse'>({ kind: 'reparse', options }, [], onProgress))
    },
    async replan() {
      const answer = await send<'replan'>({ kind: 'replan' })
      if (answer.kind !== 'planned') throw new Error(`import worker answered ${answer.kind} to a replan`)
      return answer.plan
    },
    async unitList(bytes, fileName) {
      const buffer = transferable(bytes)
      const answer = await send<'unit-list'>({ kind: 'unit-list', bytes: buffer, fileName }, [buffer])
      if (answer.kind !== 'planned') throw new Error(`import worker answered ${answer.kind} to a unit list`)
      return answer.plan
    },
    async apply(fileName, createUnits) {
      const answer = await send<'apply'>({ kind: 'apply', fileName, createUnits: [...createUnits] })
      if (answer.kind !== 'applied') throw new Error(`import worker answered ${answer.kind} to an import`)
      return answer.result
    },
    dispose() {
      // The screen is gone: answers still on their way have no one to tell.
      worker.terminate()
      pending.clear()
    },
  }
}

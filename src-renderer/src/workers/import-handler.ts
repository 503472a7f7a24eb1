/**
 * What the import worker does with each request, apart from the worker wiring so Vitest runs it
 * in Node: read the workbook with readInventoryWorkbook (the CLI's reader), reporting progress;
 * plan the rows against the register (loadImportRegister + planImport) and write that very plan on
 * request (applyImport: one transaction, refused if the register changed since). The bytes, the
 * rows and the plan stay here between requests.
 */
import { createDatabase, type CapdoDatabase } from '../db/database'
import { applyImport, loadImportRegister } from '../db/repos/import'
import { vietnamDate } from '../domain/calendar-date'
import { DomainError, isDomainError } from '../domain/errors'
import { planImport, type ImportPlan } from '../domain/inventory/plan-import'
import type { InventoryRow } from '../domain/inventory/types'
import { readUnitList, type UnitList } from '../excel/import/read-unit-list'
import { openSourceBook, readInventoryWorkbook } from '../excel/import/read-workbook'
import { draftMapping, MAPPABLE_ERRORS } from './import-draft'
import { planPreview } from './import-preview'
import type {
  ImportReadOptions,
  ImportReadOutcome,
  ImportWorkerAnswer,
  ImportWorkerRequest,
  ImportWorkerResponse,
  PlanPreview,
} from './import-protocol'

/** Reading is most of the work; planning takes the rest of the bar. */
const READ_SHARE = 0.9

const noFile = (): DomainError => new DomainError('no_file', 'Chưa chọn tệp danh mục. Hãy chọn tệp trước.')

export interface ImportHandler {
  handle(request: ImportWorkerRequest): Promise<void>
  /** Closes the database connections the handler opened. */
  close(): void
}

/** One handler per worker: it holds the last file's bytes, rows and plan for the requests that follow. */
export function createImportHandler(post: (response: ImportWorkerResponse) => void): ImportHandler {
  let bytes: Uint8Array | null = null
  let rows: InventoryRow[] | null = null
  let plan: ImportPlan | null = null
  // The province's unit list the officer gave for this screen: kept for the next files too.
  let unitList: { fileName: string; list: UnitList } | null = null
  const unitListSummary = (): PlanPreview['unitList'] =>
    unitList && {
      fileName: unitList.fileName,
      units: unitList.list.units.length,
      blocks: unitList.list.blocks.length,
    }
  const databases = new Map<string, CapdoDatabase>()
  const databaseOf = (name: string): CapdoDatabase => {
    let db = databases.get(name)
    if (!db) {
      db = createDatabase(name)
      databases.set(name, db)
    }
    return db
  }

  async function replan(dbName: string): Promise<ImportWorkerAnswer & { kind: 'planned' }> {
    if (rows === null) throw noFile()
    const register = await loadImportRegister(databaseOf(dbName), rows)
    plan = planImport(rows, { ...register, knownUnits: unitList?.list.units })
    return { kind: 'planned', plan: planPreview(plan, unitListSummary()) }
  }

  async function read(
    dbName: string,
    options: ImportReadOptions,
    progress: (fraction: number) => void,
  ): Promise<ImportReadOutcome> {
    if (bytes === null) throw noFile()
    rows = null
    plan = null
    try {
      const { rows: read, ...summary } = await readInventoryWorkbook(bytes, {
        ...options,
        // The real clock, not the reporting date: a date after today records nothing done yet.
        today: vietnamDate(new Date()),
        onProgress: (f) => progress(f * READ_SHARE),
      })
      rows = read
      const { plan: preview } = await replan(dbName)
      progress(1)
      return { kind: 'parsed', result: { ...summary, validRows: read.length }, plan: preview }
    } catch (error) {
      if (!isDomainError(error) || !MAPPABLE_ERRORS.has(error.code)) throw error
      const draft = draftMapping(await openSourceBook(bytes, options), options)
      if (draft === null) throw error
      progress(1)
      return { kind: 'needs-mapping', draft }
    }
  }

  async function answer(request: ImportWorkerRequest): Promise<ImportWorkerAnswer> {
    const progress = (fraction: number): void =>
      post({ kind: 'progress', requestId: request.requestId, fraction })
    switch (request.kind) {
      case 'read':
        bytes = new Uint8Array(request.bytes)
        return read(request.dbName, request.options, progress)
      case 'reparse':
        return read(request.dbName, request.options, progress)
      case 'replan':
        return replan(request.dbName)
      case 'unit-list':
        unitList = { fileName: request.fileName, list: readUnitList(new Uint8Array(request.bytes)) }
        return replan(request.dbName)
      case 'apply': {
        if (plan === null) {
          throw new DomainError('no_plan', 'Chưa có bản xem trước để nhập. Hãy chọn lại tệp.')
        }
        const result = await applyImport(databaseOf(request.dbName), plan, {
          fileName: request.fileName,
          createUnits: request.createUnits,
          unitList: unitList ? { fileName: unitList.fileName, units: unitList.list.units } : undefined,
        })
        plan = null
        return { kind: 'applied', result }
      }
    }
  }

  return {
    async handle(request) {
      const { requestId } = request
      try {
        post({ kind: 'done', requestId, answer: await answer(request) })
      } catch (error) {
        if (isDomainError(error)) {
          post({ kind: 'failed', requestId, code: error.code, message: error.message })
        } else {
          post({ kind: 'failed', requestId, code: 'unexpected', message: '', detail: String(error) })
        }
      }
    },
    close() {
      for (const db of databases.values()) db.close()
      databases.clear()
    },
  }
}

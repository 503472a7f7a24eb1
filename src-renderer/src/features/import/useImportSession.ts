/**
 * The import screen's state: the file chosen, its reading and planning in the worker (with
 * progress), the outcome shown in the preview, the officer's column mapping, the import itself
 * and its result. Answers that arrive after a newer request (another file, another mapping) are
 * dropped. One worker per screen, started with it and ended when the screen closes.
 */
import { App } from 'antd'
import { useCallback, useEffect, useRef, useState } from 'react'
import { getApi } from '../../bridge'
import { useDb } from '../../db/hooks'
import type { ImportResult } from '../../db/repos/import'
import { isDomainError } from '../../domain/errors'
import type { InventoryField } from '../../domain/inventory/columns'
import type { DateOrder, DateOrderChoices } from '../../domain/inventory/date-order'
import type { MappingOverrides } from '../../domain/inventory/types'
import type { TextFormat } from '../../excel/import/source-book'
import type { Separator } from '../../excel/import/text/delimited'
import type { TextEncoding } from '../../excel/import/text/encoding'
import { reportError } from '../../errors/to-user-message'
import {
  createImportClient,
  type ImportReadOutcome,
  type ImportWorkerClient,
} from '../../workers/import-client'
import { useAutoBackup } from '../backups/useAutoBackup'
import { IMPORT_FILE_FILTERS, UNIT_LIST_FILTERS } from './file-filters'
import { withOverride } from './import-selection'

/** What was written, with the rows left out for errors (the result screen shows both). */
export interface ImportOutcome {
  imported: ImportResult
  errorRows: number
}

/** A text file's encoding and separator as the officer chose them; unset ones are detected. */
export interface TextChoice {
  encoding?: TextEncoding
  separator?: Separator
}

export type ImportBusy = 'opening' | 'reading' | 'reparsing' | 'importing' | null

export interface ImportSession {
  fileName: string | null
  busy: ImportBusy
  /** 0–1, while the file is read. */
  progress: number
  /** Why the last file could not be read (Vietnamese). */
  error: string | null
  outcome: ImportReadOutcome | null
  overrides: MappingOverrides
  textChoice: TextChoice
  /** The order of day and month the officer chose for some date columns. */
  dateOrders: DateOrderChoices
  /** How the current text file was last read successfully (kept when another reading fails). */
  textFormat: TextFormat | null
  result: ImportOutcome | null
  chooseFile(): Promise<void>
  setMapping(field: InventoryField, columnIndex: number): void
  /** Reads the same text file again with another encoding or separator (the mapping starts over). */
  setTextChoice(choice: TextChoice): void
  /** Reads the file again with a column's text dates in the given order. */
  setDateOrder(field: InventoryField, order: DateOrder): void
  /** Opens the province's unit list (a CSV) to take the units' blocks from, and plans again with it. */
  chooseUnitList(): Promise<void>
  /** Writes the plan previewed, creating the given new units. */
  runImport(createUnits: readonly string[], errorRows: number): Promise<void>
  reset(): void
}

export function useImportSession(): ImportSession {
  const { message } = App.useApp()
  const db = useDb()
  const { backUpBefore } = useAutoBackup()
  const client = useRef<ImportWorkerClient | null>(null)
  const generation = useRef(0)
  const [fileName, setFileName] = useState<string | null>(null)
  const [busy, setBusy] = useState<ImportBusy>(null)
  const [progress, setProgress] = useState(0)
  const [error, setError] = useState<string | null>(null)
  const [outcome, setOutcome] = useState<ImportReadOutcome | null>(null)
  const [overrides, setOverrides] = useState<MappingOverrides>({})
  const [textChoice, setTextChoiceState] = useState<TextChoice>({})
  const [textFormat, setTextFormat] = useState<TextFormat | null>(null)
  const [dateOrders, setDateOrders] = useState<DateOrderChoices>({})
  const readFormat =
    outcome === null ? null : outcome.kind === 'parsed' ? outcome.result.format : outcome.draft.format
  // Remembered, so the controls still show the last good reading after a failed one.
  useEffect(() => {
    if (readFormat?.kind === 'text') setTextFormat(readFormat)
  }, [readFormat])
  const [result, setResult] = useState<ImportOutcome | null>(null)

  // Started with the screen, so its script loads while the officer picks a file.
  useEffect(() => {
    client.current ??= createImportClient(db.name)
    const requests = generation
    return () => {
      // Answers still on their way belong to a screen that is gone.
      requests.current++
      client.current?.dispose()
      client.current = null
    }
  }, [db])
  const worker = useCallback((): ImportWorkerClient => {
    client.current ??= createImportClient(db.name)
    return client.current
  }, [db])

  const chooseFile = useCallback(async () => {
    const gen = ++generation.current
    const isCurrent = (): boolean => gen === generation.current
    setBusy('opening')
    try {
      const opened = await getApi().openFile({ filters: IMPORT_FILE_FILTERS })
      if (!isCurrent()) return
      if (opened.status === 'canceled') {
        setBusy(null)
        return
      }
      setFileName(opened.fileName)
      setOutcome(null)
      setOverrides({})
      setTextChoiceState({})
      setTextFormat(null)
      setDateOrders({})
      setResult(null)
      setError(null)
      setProgress(0)
      setBusy('reading')
      const read = await worker().read(opened.data, {}, (fraction) => {
        if (isCurrent()) setProgress(fraction)
      })
      if (isCurrent()) setOutcome(read)
    } catch (failure) {
      if (isCurrent()) setError(reportError(failure))
    } finally {
      if (isCurrent()) setBusy(null)
    }
  }, [worker])

  /** Reads the same file again with the same sheet, header row and text choice, and new overrides. */
  const reread = useCallback(
    (mapping: MappingOverrides, orders: DateOrderChoices) => {
      if (!outcome) return
      const where = outcome.kind === 'parsed' ? outcome.result : outcome.draft
      const gen = ++generation.current
      setBusy('reparsing')
      worker()
        .reparse({
          sheetName: where.sheetName,
          headerRow: where.headerRow,
          mapping,
          ...textChoice,
          dateOrders: orders,
        })
        .then((read) => {
          if (gen === generation.current) setOutcome(read)
        })
        .catch((failure: unknown) => {
          if (gen === generation.current) message.error(reportError(failure))
        })
        .finally(() => {
          if (gen === generation.current) setBusy(null)
        })
    },
    [outcome, textChoice, message, worker],
  )

  const setMapping = useCallback(
    (field: InventoryField, columnIndex: number) => {
      if (!outcome) return
      const next = withOverride(overrides, field, columnIndex)
      setOverrides(next)
      reread(next, dateOrders)
    },
    [outcome, overrides, dateOrders, reread],
  )

  const setDateOrder = useCallback(
    (field: InventoryField, order: DateOrder) => {
      const next = { ...dateOrders, [field]: order }
      setDateOrders(next)
      reread(overrides, next)
    },
    [overrides, dateOrders, reread],
  )

  const setTextChoice = useCallback(
    (choice: TextChoice) => {
      const gen = ++generation.current
      const isCurrent = (): boolean => gen === generation.current
      setTextChoiceState(choice)
      // Other columns may come out of another separator: the header is found and mapped afresh.
      setOverrides({})
      setDateOrders({})
      setBusy('reparsing')
      worker()
        .reparse({ ...choice })
        .then((read) => {
          if (!isCurrent()) return
          setOutcome(read)
          setError(null)
        })
        .catch((failure: unknown) => {
          if (!isCurrent()) return
          setOutcome(null)
          setError(reportError(failure))
        })
        .finally(() => {
          if (isCurrent()) setBusy(null)
        })
    },
    [worker],
  )

  const chooseUnitList = useCallback(async () => {
    const gen = ++generation.current
    setBusy('reparsing')
    try {
      const opened = await getApi().openFile({ filters: UNIT_LIST_FILTERS })
      if (opened.status === 'canceled' || gen !== generation.current) return
      const plan = await worker().unitList(opened.data, opened.fileName)
      if (gen === generation.current)
        setOutcome((current) => (current?.kind === 'parsed' ? { ...current, plan } : current))
    } catch (failure) {
      if (gen === generation.current) message.error(reportError(failure))
    } finally {
      if (gen === generation.current) setBusy(null)
    }
  }, [message, worker])

  const runImport = useCallback(
    async (createUnits: readonly string[], errorRows: number) => {
      if (fileName === null) return
      const gen = ++generation.current
      setBusy('importing')
      try {
        // The register as it was, kept before the write; a failed backup is told, not blocking.
        await backUpBefore('before-import')
        const imported = await worker().apply(fileName, createUnits)
        if (gen === generation.current) setResult({ imported, errorRows })
      } catch (failure) {
        message.error(reportError(failure))
        // The register changed since the preview: show the preview as it now stands.
        if (isDomainError(failure) && failure.code === 'import_stale' && gen === generation.current) {
          const plan = await worker().replan()
          setOutcome((current) => (current?.kind === 'parsed' ? { ...current, plan } : current))
        }
      } finally {
        if (gen === generation.current) setBusy(null)
      }
    },
    [backUpBefore, fileName, message, worker],
  )

  const reset = useCallback(() => {
    generation.current++
    setFileName(null)
    setBusy(null)
    setProgress(0)
    setError(null)
    setOutcome(null)
    setOverrides({})
    setTextChoiceState({})
    setTextFormat(null)
    setDateOrders({})
    setResult(null)
  }, [])

  return {
    fileName,
    busy,
    progress,
    error,
    outcome,
    overrides,
    textChoice,
    dateOrders,
    textFormat,
    result,
    chooseFile,
    setMapping,
    setTextChoice,
    setDateOrder,
    chooseUnitList,
    runImport,
    reset,
  }
}

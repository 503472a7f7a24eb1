import { App } from 'antd'
import { useCallback, useEffect, useRef, useState } from 'react'
import { getApi } from '../../bridge'
import { useDb } from '../../db/hooks'
import type { IsoDate } from '../../domain/calendar-date'
import { DomainError } from '../../domain/errors'
import type { Quarter } from '../../domain/report/quarter'
import type { ReportSheetId } from '../../domain/report/sheet'
import { reportError } from '../../errors/to-user-message'
import { exportText } from '../../i18n/export'
import { buildReportInWorker, isAbortError } from '../../workers/report-client'
import { READ_UNTIL, WRITE_FROM } from '../../workers/report-job'
import type { ExportKind } from './export-options'
import { createProgressStore, useRunningKind, type ExportPhase, type ExportProgress } from './export-progress'

export interface ExportRequest {
  kind: ExportKind
  asOf: IsoDate
  sheets: ReportSheetId[]
  quarter?: Quarter
  /** Mẫu 08's report year (default: the calendar year of asOf). */
  mau08Year?: number
  fileName: string
}

/** "Gửi lên" (kind 'exchange'): the report plus the exchange sheet, the ledger stored first. */
function exchangeJob(kind: ExportKind): { exchange?: { at: string } } {
  return kind === 'exchange' ? { exchange: { at: new Date().toISOString() } } : {}
}

/** The file the last export wrote (the name the officer chose in the save dialog). */
export interface SavedExport {
  kind: ExportKind
  fileName: string
}

function workerProgress(kind: ExportKind, fraction: number): ExportProgress {
  const phase: ExportPhase =
    fraction < READ_UNTIL ? 'reading' : fraction < WRITE_FROM ? 'building' : 'zipping'
  // The last 2 % are the save.
  return { kind, phase, percent: Math.round(98 * fraction) }
}

/**
 * A rejected save: the desktop's door rejects with the main process's Vietnamese message alone
 * (preload/index.ts), which is what the officer should read.
 */
function saveError(error: unknown): DomainError {
  const detail = error instanceof Error ? error.message.trim() : ''
  return new DomainError('export_save_failed', detail || exportText.saveFailed, { cause: String(error) })
}

/**
 * Exporting from the screen: the report worker reads the register and builds the workbook; the
 * bytes go to the save dialog (a download in the browser). Progress (in its own store, see
 * export-progress.ts) and the last saved file are state for the screen; errors are told with the
 * app's message.
 */
export function useReportExport() {
  const db = useDb()
  const { message } = App.useApp()
  const [progressStore] = useState(createProgressStore)
  const runningKind = useRunningKind(progressStore)
  const [saved, setSaved] = useState<SavedExport | null>(null)
  const running = useRef<AbortController | null>(null)

  // Leaving the screen stops the worker.
  useEffect(() => () => running.current?.abort(), [])

  const run = useCallback(
    async (request: ExportRequest): Promise<void> => {
      if (running.current) return
      const controller = new AbortController()
      running.current = controller
      const { kind } = request
      const setProgress = (progress: ExportProgress | null) => progressStore.setState({ progress })
      setSaved(null)
      setProgress({ kind, phase: 'reading', percent: 0 })
      try {
        const data = await buildReportInWorker(
          {
            dbName: db.name,
            asOf: request.asOf,
            sheets: request.sheets,
            quarter: request.quarter,
            mau08Year: request.mau08Year,
            ...exchangeJob(kind),
          },
          {
            signal: controller.signal,
            onProgress: (fraction) => setProgress(workerProgress(kind, fraction)),
          },
        )
        // The officer left the screen while the workbook was built: no save dialog out of nowhere.
        if (controller.signal.aborted) return
        setProgress({ kind, phase: 'saving', percent: 98 })
        const result = await getApi()
          .saveFile({
            suggestedName: request.fileName,
            data,
            filters: [{ name: exportText.excelFilter, extensions: ['xlsx'] }],
          })
          .catch((error: unknown) => {
            throw saveError(error)
          })
        if (result.status === 'saved') setSaved({ kind, fileName: result.fileName })
      } catch (error) {
        if (!isAbortError(error)) message.error(reportError(error))
      } finally {
        running.current = null
        if (!controller.signal.aborted) setProgress(null)
      }
    },
    [db, message, progressStore],
  )

  return { run, progressStore, runningKind, saved }
}

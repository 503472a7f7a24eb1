import { useCallback, useRef, useState } from 'react'
import { getApi } from '../../bridge'
import { planExchangeImport, type AppliedExchange } from '../../db/repos/exchange'
import { useDb } from '../../db/hooks'
import type { MergePlan, Resolution, Resolutions } from '../../domain/exchange'
import { reportError } from '../../errors/to-user-message'
import { readExchangeWorkbook } from '../../excel/exchange/read-exchange-workbook'
import { exchangeText } from '../../i18n/exchange'
import { useAutoBackup } from '../backups/useAutoBackup'
import { takeIn } from './take-in'

export type ExchangeBusy = 'opening' | 'applying' | null

/**
 * "Nhận dữ liệu" as a session: open a file, read and check it, plan the merge against the store
 * (nothing written), hold the person's decisions, then apply after the automatic backup. Errors
 * are the app's Vietnamese messages, shown as they are.
 */
export function useExchangeSession() {
  const db = useDb()
  const { backUpBefore } = useAutoBackup()
  const [fileName, setFileName] = useState<string | null>(null)
  const [plan, setPlan] = useState<MergePlan | null>(null)
  const [exportedAt, setExportedAt] = useState('')
  const [resolutions, setResolutions] = useState<Resolutions>({})
  const [applied, setApplied] = useState<AppliedExchange | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState<ExchangeBusy>(null)
  const generation = useRef(0)

  const open = useCallback(async () => {
    const gen = ++generation.current
    setBusy('opening')
    try {
      const opened = await getApi().openFile({
        filters: [{ name: exchangeText.fileFilter, extensions: ['xlsx'] }],
      })
      if (gen !== generation.current || opened.status === 'canceled') return
      setFileName(opened.fileName)
      setPlan(null)
      setResolutions({})
      setApplied(null)
      setError(null)
      const pkg = await readExchangeWorkbook(opened.data)
      const planned = await planExchangeImport(db, pkg)
      if (gen !== generation.current) return
      setExportedAt(pkg.exportedAt)
      setPlan(planned)
    } catch (failure) {
      if (gen === generation.current) setError(reportError(failure))
    } finally {
      if (gen === generation.current) setBusy(null)
    }
  }, [db])

  const decide = useCallback((key: string, resolution: Resolution) => {
    setResolutions((current) => ({ ...current, [key]: resolution }))
  }, [])

  const apply = useCallback(async () => {
    if (!plan) return
    setBusy('applying')
    setError(null)
    try {
      const outcome = await takeIn(db, plan, resolutions, backUpBefore)
      setApplied(outcome)
      setPlan(null)
      setResolutions({})
    } catch (failure) {
      setError(reportError(failure))
    } finally {
      setBusy(null)
    }
  }, [backUpBefore, db, plan, resolutions])

  return { fileName, plan, exportedAt, resolutions, applied, error, busy, open, decide, apply }
}

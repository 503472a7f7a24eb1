import { useCallback, useRef, useState } from 'react'
import { getApi } from '../../bridge'
import { planExchangeImport, type AppliedExchange, type ExchangePreview } from '../../db/repos/exchange'
import { useDb } from '../../db/hooks'
import { isDomainError } from '../../domain/errors'
import type { Resolution, Resolutions } from '../../domain/exchange'
import { reportError } from '../../errors/to-user-message'
import { readExchangeFile, type ReceivedFile } from '../../excel/exchange/read-exchange-workbook'
import { exchangeText } from '../../i18n/exchange'
import { useAutoBackup } from '../backups/useAutoBackup'
import { takeIn } from './take-in'

export type ExchangeBusy = 'opening' | 'applying' | null

/** A file refused because its sender's key is not the one pinned: what the confirm names. */
export interface KeyChange {
  office: string
  previous: string
  fingerprint: string
}

function keyChangeOf(failure: unknown): KeyChange | null {
  if (!isDomainError(failure) || failure.code !== 'exchange_key_changed' || !failure.details) return null
  const { name, previous, fingerprint } = failure.details
  return { office: String(name), previous: String(previous), fingerprint: String(fingerprint) }
}

/**
 * "Nhận dữ liệu" as a session: open a file, read and check it, plan the merge against the store
 * (nothing written), hold the person's decisions, then apply after the automatic backup. Errors
 * are the app's Vietnamese messages, shown as they are.
 */
export function useExchangeSession() {
  const db = useDb()
  const { backUpBefore } = useAutoBackup()
  const [fileName, setFileName] = useState<string | null>(null)
  const [plan, setPlan] = useState<ExchangePreview | null>(null)
  const [keyChange, setKeyChange] = useState<KeyChange | null>(null)
  // The file last read, so that accepting a new key plans it again without choosing it again.
  const file = useRef<ReceivedFile | null>(null)
  const [exportedAt, setExportedAt] = useState('')
  const [resolutions, setResolutions] = useState<Resolutions>({})
  const [applied, setApplied] = useState<AppliedExchange | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState<ExchangeBusy>(null)
  const generation = useRef(0)

  /** Plans a read file; a refusal for a changed key also offers to accept the new key. */
  const preview = useCallback(
    async (gen: number, received: ReceivedFile, acceptKey?: string) => {
      try {
        const planned = await planExchangeImport(db, received.package, undefined, {
          signature: received.signature,
          acceptKey,
        })
        if (gen !== generation.current) return
        setExportedAt(received.package.exportedAt)
        setPlan(planned)
      } catch (failure) {
        if (gen === generation.current) setKeyChange(keyChangeOf(failure))
        throw failure
      }
    },
    [db],
  )

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
      setKeyChange(null)
      file.current = null
      const received = await readExchangeFile(opened.data)
      file.current = received
      await preview(gen, received)
    } catch (failure) {
      if (gen === generation.current) setError(reportError(failure))
    } finally {
      if (gen === generation.current) setBusy(null)
    }
  }, [preview])

  /** The person compared the new fingerprint by phone and accepts it (recorded when taken in). */
  const acceptKey = useCallback(async () => {
    const received = file.current
    if (!received || !keyChange) return
    const gen = ++generation.current
    setBusy('opening')
    setError(null)
    try {
      await preview(gen, received, keyChange.fingerprint)
      setKeyChange(null)
    } catch (failure) {
      if (gen === generation.current) setError(reportError(failure))
    } finally {
      if (gen === generation.current) setBusy(null)
    }
  }, [keyChange, preview])

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

  return {
    fileName,
    plan,
    exportedAt,
    resolutions,
    applied,
    error,
    keyChange,
    busy,
    open,
    acceptKey,
    decide,
    apply,
  }
}

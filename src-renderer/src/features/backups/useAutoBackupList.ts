import { useCallback, useEffect, useState } from 'react'
import { getApi } from '../../bridge'
import type { AutoBackupEntry } from '../../domain/auto-backup-policy'
import { reportError } from '../../errors/to-user-message'
import { backupText } from '../../i18n/backup'
import { useAutoBackupMemory } from '../../stores/backup-preferences'

export interface AutoBackupList {
  /** Newest first; undefined while loading. */
  entries: AutoBackupEntry[] | undefined
  /** Why the list could not be read (Vietnamese). */
  error: string | null
  refresh(): void
}

/** The automatic backups, listed again after each one is written. */
export function useAutoBackupList(): AutoBackupList {
  const written = useAutoBackupMemory((s) => s.written)
  const [entries, setEntries] = useState<AutoBackupEntry[] | undefined>(undefined)
  const [error, setError] = useState<string | null>(null)
  const [tick, setTick] = useState(0)

  useEffect(() => {
    let current = true
    getApi()
      .listAutoBackups()
      .then((list) => {
        if (!current) return
        setEntries(list)
        setError(null)
      })
      .catch((failure: unknown) => {
        if (!current) return
        setEntries([])
        setError(backupText.auto.listFailed(reportError(failure)))
      })
    return () => {
      current = false
    }
  }, [written, tick])

  const refresh = useCallback(() => setTick((t) => t + 1), [])
  return { entries, error, refresh }
}

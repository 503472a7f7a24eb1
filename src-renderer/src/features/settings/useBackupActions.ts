/**
 * What the backup panel does: back up to a chosen file, open a file and check it fully (parse)
 * before asking, restore it once confirmed, and keep the safety copy for the officer to save.
 * Every failure reaches the user through reportError.
 */
import { App } from 'antd'
import { useCallback, useState } from 'react'
import type { SaveFileResult } from '../../../../src-main/preload/api'
import { getApi } from '../../bridge'
import {
  backupFileName,
  parseBackup,
  restoreBackup,
  safetyFileName,
  type BackupDocument,
} from '../../db/backup'
import { useDb } from '../../db/hooks'
import type { AutoBackupEntry } from '../../domain/auto-backup-policy'
import { vietnamDate } from '../../domain/calendar-date'
import { reportError } from '../../errors/to-user-message'
import { backupText } from '../../i18n/backup'
import { createBackupInWorker } from '../../workers/backup-client'
import { useAutoBackup } from '../backups/useAutoBackup'
import { viDateTime } from '../backups/vi-date-time'

export interface PendingRestore {
  fileName: string
  bytes: Uint8Array
  doc: BackupDocument
}

const FILTERS = [{ name: backupText.fileFilter, extensions: ['capdo'] }]

function saveBackupFile(suggestedName: string, data: Uint8Array): Promise<SaveFileResult> {
  return getApi().saveFile({ suggestedName, data, filters: FILTERS })
}

async function appVersion(): Promise<string> {
  return (await getApi().getAppInfo()).version
}

export function useBackupActions() {
  const db = useDb()
  const { message } = App.useApp()
  const { storeBackup } = useAutoBackup()
  const [busy, setBusy] = useState<'backup' | 'open' | 'restore' | null>(null)
  /** The automatic backup being read for a restore. */
  const [opening, setOpening] = useState<string | null>(null)
  const [pending, setPending] = useState<PendingRestore | null>(null)
  const [safety, setSafety] = useState<Uint8Array | null>(null)

  const backUp = useCallback(async () => {
    setBusy('backup')
    try {
      // The same file as createBackup's, built off the page's thread and read back there as a
      // restore would read it (workers/backup-client.ts): a file that would not restore is not saved.
      const data = await createBackupInWorker(db, { appVersion: await appVersion() })
      const result = await saveBackupFile(backupFileName(vietnamDate(new Date())), data)
      if (result.status === 'saved') message.success(backupText.backup.saved(result.fileName))
    } catch (error) {
      // Long enough to read: a backup that was not saved is news the officer must not miss.
      message.error(reportError(error), 15)
    } finally {
      setBusy(null)
    }
  }, [db, message])

  const openFile = useCallback(async () => {
    setBusy('open')
    try {
      const opened = await getApi().openFile({ filters: FILTERS })
      if (opened.status !== 'opened') return
      const doc = await parseBackup(opened.data)
      setPending({ fileName: opened.fileName, bytes: opened.data, doc })
    } catch (error) {
      message.error(reportError(error))
    } finally {
      setBusy(null)
    }
  }, [message])

  const openAutoBackup = useCallback(
    async (entry: AutoBackupEntry) => {
      setBusy('open')
      setOpening(entry.name)
      try {
        const bytes = await getApi().readAutoBackup({ name: entry.name })
        const doc = await parseBackup(bytes)
        setPending({ fileName: backupText.auto.restoreLabel(viDateTime(entry.createdAt)), bytes, doc })
      } catch (error) {
        message.error(reportError(error))
      } finally {
        setBusy(null)
        setOpening(null)
      }
    },
    [message],
  )

  const confirmRestore = useCallback(async () => {
    if (!pending) return
    setBusy('restore')
    try {
      const { counts, safetyBackup } = await restoreBackup(db, pending.bytes, {
        appVersion: await appVersion(),
        // Stored before anything is replaced; a failure is told but does not stop the restore.
        beforeReplace: async (safety) => void (await storeBackup(safety, 'before-restore')),
      })
      setSafety(safetyBackup)
      setPending(null)
      message.success(backupText.restore.done(counts.units, counts.systems, counts.assessments))
    } catch (error) {
      message.error(reportError(error))
    } finally {
      setBusy(null)
    }
  }, [db, message, pending, storeBackup])

  const saveSafety = useCallback(async () => {
    if (!safety) return
    try {
      const result = await saveBackupFile(safetyFileName(vietnamDate(new Date())), safety)
      if (result.status === 'saved') {
        message.success(backupText.safety.saved(result.fileName))
        setSafety(null)
      }
    } catch (error) {
      message.error(reportError(error))
    }
  }, [message, safety])

  return {
    busy,
    opening,
    pending,
    safety: safety !== null,
    backUp,
    openFile,
    openAutoBackup,
    confirmRestore,
    cancelRestore: () => setPending(null),
    saveSafety,
  }
}

/**
 * Automatic backups taken by a screen before it changes the register (an import, a restore, a
 * merge). A failure never blocks the change the officer asked for: it is told to them, in
 * Vietnamese, as a notification that stays until read, and the change goes on.
 */
import { App } from 'antd'
import { useCallback } from 'react'
import { getApi } from '../../bridge'
import { takeAutoBackup } from '../../db/backup'
import { useDb } from '../../db/hooks'
import type { AutoBackupEntry, AutoBackupReason } from '../../domain/auto-backup-policy'
import { reportError } from '../../errors/to-user-message'
import { backupText } from '../../i18n/backup'
import { useAutoBackupMemory } from '../../stores/backup-preferences'
import { createBackupInWorker } from '../../workers/backup-client'

export interface AutoBackupActions {
  /** Backs the store up now; null (after telling the user) when that failed. */
  backUpBefore(reason: AutoBackupReason): Promise<AutoBackupEntry | null>
  /** Stores bytes already built (the safety backup of a restore); false when that failed. */
  storeBackup(data: Uint8Array, reason: AutoBackupReason): Promise<boolean>
}

type Notify = ReturnType<typeof App.useApp>['notification']

/**
 * Tells the officer at once (a notification that stays until closed) that an automatic backup was
 * not stored, and keeps the failure for the list of automatic backups in Settings.
 */
export function tellFailure(notification: Notify, reason: AutoBackupReason, error: unknown): void {
  const why = reportError(error)
  notification.warning({
    title: backupText.auto.failedTitle,
    description: backupText.auto.failed(reason, why),
    duration: 0,
  })
  useAutoBackupMemory.getState().recordFailure({ at: new Date().toISOString(), reason, message: why })
}

export function useAutoBackup(): AutoBackupActions {
  const db = useDb()
  const { notification } = App.useApp()
  const keep = useAutoBackupMemory((s) => s.keep)
  const markWritten = useAutoBackupMemory((s) => s.markWritten)

  const tell = useCallback(
    (reason: AutoBackupReason, error: unknown) => tellFailure(notification, reason, error),
    [notification],
  )

  const backUpBefore = useCallback(
    async (reason: AutoBackupReason) => {
      try {
        const api = getApi()
        const { version } = await api.getAppInfo()
        const entry = await takeAutoBackup(db, api, reason, {
          keep,
          appVersion: version,
          build: createBackupInWorker,
        })
        markWritten()
        return entry
      } catch (error) {
        tell(reason, error)
        return null
      }
    },
    [db, keep, markWritten, tell],
  )

  const storeBackup = useCallback(
    async (data: Uint8Array, reason: AutoBackupReason) => {
      try {
        await getApi().writeAutoBackup({ data, reason, keep })
        markWritten()
        return true
      } catch (error) {
        tell(reason, error)
        return false
      }
    },
    [keep, markWritten, tell],
  )

  return { backUpBefore, storeBackup }
}

/**
 * Mounted once in the app shell, renders nothing: asks for persistent storage at start (the answer
 * is remembered and shown in Settings), takes the daily backup at the first start of a day, then
 * one every 24 hours while the app stays open. A failed backup is told to the officer.
 */
import { App } from 'antd'
import { useEffect } from 'react'
import { getApi } from '../../bridge'
import { dailyBackupIfDue, periodicBackup, type AutoBackupOptions } from '../../db/backup'
import { useDb } from '../../db/hooks'
import type { AutoBackupEntry } from '../../domain/auto-backup-policy'
import { useAutoBackupMemory } from '../../stores/backup-preferences'
import { createBackupInWorker } from '../../workers/backup-client'
import { browserStorage, requestPersistence } from './storage'
import { tellFailure } from './useAutoBackup'

export const DAY_MS = 24 * 60 * 60 * 1000
/** The start-of-day backup waits for the first screen to be drawn. */
export const START_DELAY_MS = 2_000

interface Props {
  startDelayMs?: number
  everyMs?: number
}

export function AutoBackupKeeper({ startDelayMs = START_DELAY_MS, everyMs = DAY_MS }: Props) {
  const db = useDb()
  const { notification } = App.useApp()

  useEffect(() => {
    const { setPersistence } = useAutoBackupMemory.getState()
    requestPersistence(browserStorage())
      .then(setPersistence)
      .catch((error: unknown) => console.warn('Could not ask for persistent storage', error))
  }, [])

  useEffect(() => {
    const run = async (take: (o: AutoBackupOptions) => Promise<AutoBackupEntry | null>) => {
      try {
        const api = getApi()
        const { version } = await api.getAppInfo()
        const { keep, markWritten } = useAutoBackupMemory.getState()
        // Built in a worker: at 20,000 systems encoding the store is seconds of work.
        if (await take({ keep, appVersion: version, build: createBackupInWorker })) markWritten()
      } catch (error) {
        tellFailure(notification, 'daily', error)
      }
    }
    // Strict mode's second mount clears the first timer before it fires: one check per start.
    const atStart = setTimeout(() => void run((o) => dailyBackupIfDue(db, getApi(), o)), startDelayMs)
    const daily = setInterval(() => void run((o) => periodicBackup(db, getApi(), o)), everyMs)
    return () => {
      clearTimeout(atStart)
      clearInterval(daily)
    }
  }, [db, notification, startDelayMs, everyMs])

  return null
}

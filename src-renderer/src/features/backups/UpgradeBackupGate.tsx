/**
 * Stands before the database provider at start: when the stored database was written by an older
 * schema, its data is backed up as it is ("before-upgrade") before anything opens it with today's
 * schema, which upgrades it. The children (and so every query) wait until that is done.
 *
 * If the backup cannot be stored, the app still opens and upgrades. Refusing would lock the
 * officer out of the register over a backup, and the upgrade is safe on its own: Dexie runs it in
 * the version-change transaction, which either completes or leaves the old database untouched.
 * The officer is told, in a notification that stays, and asked to back up by hand.
 */
import { App, Flex, Spin, Typography } from 'antd'
import { useEffect, useState, type ReactNode } from 'react'
import { getApi } from '../../bridge'
import { backUpBeforeUpgrade } from '../../db/backup/before-upgrade'
import { DEFAULT_DATABASE_NAME } from '../../db/database'
import { backupText } from '../../i18n/backup'
import { useAutoBackupMemory } from '../../stores/backup-preferences'
import { tellFailure } from './useAutoBackup'

type Phase = 'checking' | 'backing-up' | 'ready'

/** One check per database and page: strict mode's second mount must not take a second backup. */
const checks = new Map<string, Promise<void>>()
/** The mounted gate's "a backup is being taken" (the check outlives a strict-mode unmount). */
const backingUp = new Map<string, () => void>()

function checkOnce(name: string): Promise<void> {
  let check = checks.get(name)
  if (!check) {
    check = (async () => {
      const api = getApi()
      const { version } = await api.getAppInfo()
      const { keep, markWritten } = useAutoBackupMemory.getState()
      const written = await backUpBeforeUpgrade(
        (data) => api.writeAutoBackup({ data, reason: 'before-upgrade', keep }),
        { appVersion: version, databaseName: name, onBackingUp: () => backingUp.get(name)?.() },
      )
      if (written) markWritten()
    })()
    checks.set(name, check)
  }
  return check
}

interface Props {
  /** The database about to be opened; the app's own by default. */
  databaseName?: string
  children: ReactNode
}

export function UpgradeBackupGate({ databaseName = DEFAULT_DATABASE_NAME, children }: Props) {
  const { notification } = App.useApp()
  const [phase, setPhase] = useState<Phase>('checking')

  useEffect(() => {
    let live = true
    backingUp.set(databaseName, () => live && setPhase('backing-up'))
    void checkOnce(databaseName)
      .catch((error: unknown) => tellFailure(notification, 'before-upgrade', error))
      .finally(() => live && setPhase('ready'))
    return () => {
      live = false
    }
  }, [databaseName, notification])

  if (phase === 'ready') return children
  // The check alone takes milliseconds: nothing is drawn until a backup is actually being taken.
  if (phase === 'checking') return null
  return (
    <Flex vertical align="center" justify="center" gap="middle" style={{ minHeight: '100vh' }}>
      <Spin size="large" />
      <Typography.Text>{backupText.auto.beforeUpgrade}</Typography.Text>
    </Flex>
  )
}

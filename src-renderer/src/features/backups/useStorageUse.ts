import { useEffect, useState } from 'react'
import { useAutoBackupMemory } from '../../stores/backup-preferences'
import { browserStorage, readStorageUse, type StorageLike, type StorageUse } from './storage'

/** How often the figure is read again while a screen shows it. */
const REFRESH_MS = 10 * 60 * 1000

/**
 * Storage used and the quota, read at mount, after each automatic backup and every ten minutes;
 * undefined while reading, null where the browser does not say.
 */
export function useStorageUse(
  storage: StorageLike | undefined = browserStorage(),
): StorageUse | null | undefined {
  const written = useAutoBackupMemory((s) => s.written)
  const [use, setUse] = useState<StorageUse | null | undefined>(undefined)
  const [tick, setTick] = useState(0)

  useEffect(() => {
    const timer = setInterval(() => setTick((t) => t + 1), REFRESH_MS)
    return () => clearInterval(timer)
  }, [])

  useEffect(() => {
    let current = true
    readStorageUse(storage)
      .then((u) => current && setUse(u))
      .catch((error: unknown) => {
        console.warn('Could not read the storage estimate', error)
        if (current) setUse(null)
      })
    return () => {
      current = false
    }
  }, [storage, written, tick])

  return use
}

import { useLiveQuery } from 'dexie-react-hooks'
import { useDb } from '../hooks/useDb'
import { countStore } from './create-backup'
import type { BackupCounts } from './format'

/** Records per table, live; undefined while loading. */
export function useStoreCounts(): BackupCounts | undefined {
  const db = useDb()
  return useLiveQuery(() => countStore(db), [db])
}

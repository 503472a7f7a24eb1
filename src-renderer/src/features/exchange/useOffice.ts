import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect } from 'react'
import { getOffice, ensureOffice } from '../../db/repos/exchange'
import { useDb } from '../../db/hooks'
import type { Office } from '../../domain/exchange'

/**
 * This installation's office identity, live; created on first use (a store upgraded from an older
 * version, or restored from an old backup, has none yet). Undefined while loading.
 */
export function useOffice(): Office | undefined {
  const db = useDb()
  const office = useLiveQuery(() => getOffice(db).then((o) => o ?? null), [db])
  useEffect(() => {
    if (office === null) void ensureOffice(db)
  }, [db, office])
  return office ?? undefined
}

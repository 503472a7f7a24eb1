import { useLiveQuery } from 'dexie-react-hooks'
import { useDb } from '../../db/hooks'
import { getSystem } from '../../db/repos/systems'
import type { SystemRecord } from '../../domain/types'

export type SystemLookup =
  { status: 'loading' } | { status: 'missing' } | { status: 'found'; system: SystemRecord }

/**
 * One system, live, telling "still loading" apart from "not in the register" (db/hooks' useSystem
 * answers undefined for both), so the page can say clearly that a system does not exist.
 */
export function useSystemLookup(id: string): SystemLookup {
  const db = useDb()
  const result = useLiveQuery(async () => ({ system: await getSystem(db, id) }), [db, id])
  if (result === undefined) return { status: 'loading' }
  return result.system ? { status: 'found', system: result.system } : { status: 'missing' }
}

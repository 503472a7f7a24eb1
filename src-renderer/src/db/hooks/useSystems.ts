import { useLiveQuery } from 'dexie-react-hooks'
import type { SystemRecord } from '../../domain/types'
import { getSystem, listSystems } from '../repos/systems'
import { useDb } from './useDb'

/** Every system record (unevaluated); undefined while loading. For statuses use useRegister. */
export function useSystems(): SystemRecord[] | undefined {
  const db = useDb()
  return useLiveQuery(() => listSystems(db), [db])
}

/** One system; undefined while loading or when it does not exist. */
export function useSystem(id: string | undefined): SystemRecord | undefined {
  const db = useDb()
  return useLiveQuery(() => (id ? getSystem(db, id) : undefined), [db, id])
}

import { useLiveQuery } from 'dexie-react-hooks'
import { countSystems, countSystemsByUnit } from '../repos/systems'
import { useDb } from './useDb'

/** How many systems the register holds; undefined while loading. */
export function useSystemCount(): number | undefined {
  const db = useDb()
  return useLiveQuery(() => countSystems(db), [db])
}

/** Systems per unit id (units without systems are absent); undefined while loading. */
export function useSystemCountsByUnit(): Map<string, number> | undefined {
  const db = useDb()
  return useLiveQuery(() => countSystemsByUnit(db), [db])
}

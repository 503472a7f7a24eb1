import { useLiveQuery } from 'dexie-react-hooks'
import type { Unit } from '../../domain/types'
import { getUnit, listUnits } from '../repos/units'
import { useDb } from './useDb'

/** All units in Vietnamese alphabetical order; undefined while loading. */
export function useUnits(): Unit[] | undefined {
  const db = useDb()
  return useLiveQuery(() => listUnits(db), [db])
}

export function useUnit(id: string | undefined): Unit | undefined {
  const db = useDb()
  return useLiveQuery(() => (id ? getUnit(db, id) : undefined), [db, id])
}

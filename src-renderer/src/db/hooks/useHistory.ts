import { useLiveQuery } from 'dexie-react-hooks'
import type { Assessment, HistoryEntry } from '../../domain/types'
import { listAssessmentsForSystem } from '../repos/assessments'
import { listHistoryForSystem } from '../repos/history'
import { useDb } from './useDb'

/** A system's history, newest first; undefined while loading. */
export function useSystemHistory(systemId: string | undefined): HistoryEntry[] | undefined {
  const db = useDb()
  return useLiveQuery(() => (systemId ? listHistoryForSystem(db, systemId) : []), [db, systemId])
}

/** A system's assessments, newest first; undefined while loading. */
export function useAssessments(systemId: string | undefined): Assessment[] | undefined {
  const db = useDb()
  return useLiveQuery(() => (systemId ? listAssessmentsForSystem(db, systemId) : []), [db, systemId])
}

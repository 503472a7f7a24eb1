/** Reading the history the repos append: what changed, when, by whom. */
import type { HistoryEntry } from '../../domain/types'
import type { CapdoDatabase } from '../database'

/** A system's history, its assessments' included, newest first. */
export async function listHistoryForSystem(db: CapdoDatabase, systemId: string): Promise<HistoryEntry[]> {
  // Ids increase with every append, so they order entries even within one millisecond.
  const entries = await db.history.where('systemId').equals(systemId).toArray()
  return entries.sort((a, b) => (b.id ?? 0) - (a.id ?? 0))
}

/** The history of any entity (a unit, a settings key), newest first. */
export async function listHistoryForEntity(db: CapdoDatabase, entityId: string): Promise<HistoryEntry[]> {
  const entries = await db.history.where('entityId').equals(entityId).toArray()
  return entries.sort((a, b) => (b.id ?? 0) - (a.id ?? 0))
}

/** The latest changes across the register, newest first. */
export function listRecentHistory(db: CapdoDatabase, limit = 50): Promise<HistoryEntry[]> {
  return db.history.orderBy(':id').reverse().limit(limit).toArray()
}

import { useContext } from 'react'
import type { CapdoDatabase } from '../database'
import { DbContext } from './db-context'

/** The database of the nearest DbProvider; components pass it to repos, never touch its tables. */
export function useDb(): CapdoDatabase {
  const db = useContext(DbContext)
  if (!db) throw new Error('useDb() must be used inside <DbProvider>.')
  return db
}

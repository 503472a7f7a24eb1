import { useEffect, useState, type ReactNode } from 'react'
import { currentOfficer } from '../../stores/officer'
import { createDatabase, type CapdoDatabase } from '../database'
import { DbContext } from './db-context'
import { RegisterDataProvider } from './register-data'

interface DbProviderProps {
  /** The database to use; the app's own ('capdo') is opened when absent. Tests pass a fresh one. */
  db?: CapdoDatabase
  children: ReactNode
}

/** Gives every hook below it the register's database. */
export function DbProvider({ db, children }: DbProviderProps) {
  // Opened once per provider, not per render; Dexie opens the connection on first use.
  const [own] = useState(() => db ?? createDatabase())
  const current = db ?? own
  // Every history entry written through the app names the officer of Settings (database.ts).
  current.officer = currentOfficer
  useEffect(() => {
    // Only in `--mode bench` builds; production folds the condition to false and drops the module.
    if (import.meta.env.MODE === 'bench') {
      void import('../demo/bench-hook').then((m) => m.installBenchHook(current))
    }
  }, [current])
  return (
    <DbContext value={current}>
      <RegisterDataProvider>{children}</RegisterDataProvider>
    </DbContext>
  )
}

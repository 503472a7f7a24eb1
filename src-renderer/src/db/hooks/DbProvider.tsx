import { useState, type ReactNode } from 'react'
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
  return (
    <DbContext value={db ?? own}>
      <RegisterDataProvider>{children}</RegisterDataProvider>
    </DbContext>
  )
}

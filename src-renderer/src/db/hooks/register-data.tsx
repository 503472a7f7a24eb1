/**
 * One live read of the whole register (units, systems, assessments, active rule set) shared by
 * every screen, kept current by patching the changed records in (register-snapshot.ts). Each
 * useRegister() call evaluates this shared snapshot for its own day, so the dashboard, the
 * register, the bell and the reminders do not each re-read 20,000 systems from IndexedDB after
 * every change.
 */
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react'
import type { CapdoDatabase } from '../database'
import { watchRegister, type RegisterSnapshot } from './register-snapshot'
import { useDb } from './useDb'

export type RegisterData = RegisterSnapshot

/** `undefined` while the first read is in flight. */
const RegisterDataContext = createContext<{ data: RegisterData | undefined } | null>(null)

export function RegisterDataProvider({ children }: { children: ReactNode }) {
  const db = useDb()
  // The snapshot is tagged with its database, so a new database never shows the old one's data.
  const [state, setState] = useState<{ db: CapdoDatabase; data: RegisterData } | undefined>()
  useEffect(() => {
    // Updated in place of re-read: one edit re-reads one record (register-snapshot.ts).
    const watch = watchRegister(db, (data) => setState({ db, data }))
    return () => watch.stop()
  }, [db])
  const data = state?.db === db ? state.data : undefined
  return <RegisterDataContext value={{ data }}>{children}</RegisterDataContext>
}

export function useRegisterData(): RegisterData | undefined {
  const value = useContext(RegisterDataContext)
  if (!value) throw new Error('useRegisterData() must be used inside <DbProvider>.')
  return value.data
}

/**
 * One live read of the whole register (units, systems, assessments, active rule set) shared by
 * every screen. Each useRegister() call evaluates this shared snapshot for its own day, so the
 * dashboard, the register, the bell and the reminders do not each re-read 20,000 systems from
 * IndexedDB after every change.
 */
import { useLiveQuery } from 'dexie-react-hooks'
import { createContext, useContext, type ReactNode } from 'react'
import { loadRegisterWithRules } from '../repos/register'
import { useDb } from './useDb'

export type RegisterData = Awaited<ReturnType<typeof loadRegisterWithRules>>

/** `undefined` while the first read is in flight. */
const RegisterDataContext = createContext<{ data: RegisterData | undefined } | null>(null)

export function RegisterDataProvider({ children }: { children: ReactNode }) {
  const db = useDb()
  const data = useLiveQuery(() => loadRegisterWithRules(db), [db])
  return <RegisterDataContext value={{ data }}>{children}</RegisterDataContext>
}

export function useRegisterData(): RegisterData | undefined {
  const value = useContext(RegisterDataContext)
  if (!value) throw new Error('useRegisterData() must be used inside <DbProvider>.')
  return value.data
}

import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import type { IsoDate } from '../../domain/calendar-date'
import { evaluateRegister, type EvaluatedRegister } from '../../domain/register'
import { loadRegisterWithRules } from '../repos/register'
import { useDb } from './useDb'

/**
 * The whole register evaluated for `asOf` under the active rule set; undefined while loading.
 * The live query re-reads only when units, systems, assessments or settings change, and the
 * evaluation runs once per (data, asOf) change, not once per render (STYLE habit 14).
 */
export function useRegister(asOf: IsoDate): EvaluatedRegister | undefined {
  const db = useDb()
  const data = useLiveQuery(() => loadRegisterWithRules(db), [db])
  return useMemo(() => (data ? evaluateRegister(data, data.ruleSet, asOf) : undefined), [data, asOf])
}

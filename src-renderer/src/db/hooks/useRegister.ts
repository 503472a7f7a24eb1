import { useMemo } from 'react'
import type { IsoDate } from '../../domain/calendar-date'
import { evaluateRegister, type EvaluatedRegister } from '../../domain/register'
import { useRegisterData } from './register-data'

/**
 * The whole register evaluated for `asOf` under the active rule set; undefined while loading.
 * The shared live read (register-data.tsx) changes only when units, systems, assessments or
 * settings change, and the evaluation runs once per (data, asOf) change, not per render (habit 14).
 */
export function useRegister(asOf: IsoDate): EvaluatedRegister | undefined {
  const data = useRegisterData()
  return useMemo(() => (data ? evaluateRegister(data, data.ruleSet, asOf) : undefined), [data, asOf])
}

import { useMemo } from 'react'
import type { IsoDate } from '../../domain/calendar-date'
import type { EvaluatedRegister } from '../../domain/register'
import { useRegisterData, type RegisterData } from './register-data'
import { evaluateRegisterReusing } from './register-memo'

/**
 * Evaluations of the current snapshot, by day. The dashboard (for "tính đến ngày") and the bell
 * (for today) usually ask for the same day: the second asks nothing of the CPU. A new snapshot is
 * a new key, so stale results are dropped with it.
 */
const evaluations = new WeakMap<RegisterData, Map<IsoDate, EvaluatedRegister>>()

function evaluateOnce(data: RegisterData, asOf: IsoDate): EvaluatedRegister {
  let byDay = evaluations.get(data)
  if (!byDay) {
    byDay = new Map()
    evaluations.set(data, byDay)
  }
  let result = byDay.get(asOf)
  if (!result) {
    // After an edit only the changed systems are evaluated again (register-memo.ts).
    result = evaluateRegisterReusing(data, data.ruleSet, asOf)
    byDay.set(asOf, result)
  }
  return result
}

/**
 * The whole register evaluated for `asOf` under the active rule set; undefined while loading.
 * The shared live read (register-data.tsx) changes only when units, systems, assessments or
 * settings change, and each (snapshot, day) is evaluated once for all screens (STYLE habit 14).
 */
export function useRegister(asOf: IsoDate): EvaluatedRegister | undefined {
  const data = useRegisterData()
  return useMemo(() => (data ? evaluateOnce(data, asOf) : undefined), [data, asOf])
}

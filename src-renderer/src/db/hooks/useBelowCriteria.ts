import type { Level } from '../../domain/types'
import { useRegisterData, type RegisterData } from './register-data'
import { belowCriteriaReusing } from './register-memo'

/** One judgement per snapshot, shared by the register, its filter and the dashboard. */
const judged = new WeakMap<RegisterData, ReadonlyMap<string, Level>>()

function belowOnce(data: RegisterData): ReadonlyMap<string, Level> {
  let below = judged.get(data)
  if (!below) {
    // Systems judged in an earlier snapshot are not judged again (register-memo.ts).
    below = belowCriteriaReusing(data.systems)
    judged.set(data, below)
  }
  return below
}

/**
 * The systems whose proposed level is below what their saved level-wizard answers call for
 * (system id → the level called for); undefined while loading. Computed once per snapshot of the
 * register, whatever the day, since it depends on no date (STYLE habit 14).
 */
export function useBelowCriteria(): ReadonlyMap<string, Level> | undefined {
  const data = useRegisterData()
  return data ? belowOnce(data) : undefined
}

import { useMemo } from 'react'
import type { RuleSet } from '../../../domain/rule-set'
import type { Unit } from '../../../domain/types'
import type { HistoryNames } from './history-format'

/** The names stored codes refer to (units, rule sets), for showing values in words. */
export function useHistoryNames(units: readonly Unit[], ruleSets: readonly RuleSet[]): HistoryNames {
  return useMemo(() => {
    const unitNames = new Map(units.map((u) => [u.id, u.name]))
    return {
      unitName: (id) => unitNames.get(id),
      ruleSetName: (id) => ruleSets.find((r) => r.id === id)?.name,
    }
  }, [units, ruleSets])
}

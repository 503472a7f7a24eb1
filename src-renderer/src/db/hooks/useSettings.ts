import { useLiveQuery } from 'dexie-react-hooks'
import type { RuleSet } from '../../domain/rule-set'
import { getSettings, resolveRuleSet, type Settings } from '../repos/settings'
import { useDb } from './useDb'

/** The stored settings with defaults filled in; undefined while loading. */
export function useSettings(): Settings | undefined {
  const db = useDb()
  return useLiveQuery(() => getSettings(db), [db])
}

/** The rule set the register is judged by; undefined while loading. */
export function useActiveRuleSet(): RuleSet | undefined {
  const db = useDb()
  return useLiveQuery(async () => resolveRuleSet(await getSettings(db)), [db])
}

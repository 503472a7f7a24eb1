import { useDeferredValue, useMemo } from 'react'
import type { TodoItem } from '../../domain/todo'
import { todoItemsReusing, useRegister } from '../../db/hooks'
import { useToday } from './useToday'

/**
 * The things to do as of the real today (not the "tính đến ngày" of the screens). Listed in a
 * deferred render: the screen the register arrives for commits and paints first, the bell's list
 * (≈ 30–50 ms at 20,000 systems) follows; `items` is undefined until then.
 */
export function useTodayTodo(): { today: string; items: TodoItem[] | undefined } {
  const today = useToday()
  const register = useDeferredValue(useRegister(today))
  // Shared with the dashboard when both show the same day; only changed systems are listed again.
  const items = useMemo(() => (register ? todoItemsReusing(register.rows) : undefined), [register])
  return { today, items }
}

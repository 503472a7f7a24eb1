import { useMemo } from 'react'
import type { TodoItem } from '../../domain/todo'
import { todoItemsReusing, useRegister } from '../../db/hooks'
import { useToday } from './useToday'

/** The things to do as of the real today (not the "tính đến ngày" of the screens). */
export function useTodayTodo(): { today: string; items: TodoItem[] | undefined } {
  const today = useToday()
  const register = useRegister(today)
  // Shared with the dashboard when both show the same day; only changed systems are listed again.
  const items = useMemo(() => (register ? todoItemsReusing(register.rows) : undefined), [register])
  return { today, items }
}

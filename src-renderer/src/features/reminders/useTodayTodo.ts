import { useMemo } from 'react'
import { todoItems, type TodoItem } from '../../domain/todo'
import { useRegister } from '../../db/hooks'
import { useToday } from './useToday'

/** The things to do as of the real today (not the "tính đến ngày" of the screens). */
export function useTodayTodo(): { today: string; items: TodoItem[] | undefined } {
  const today = useToday()
  const register = useRegister(today)
  const items = useMemo(() => (register ? todoItems(register.rows) : undefined), [register])
  return { today, items }
}

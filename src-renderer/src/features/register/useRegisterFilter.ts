import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import {
  filterFromSearchParams,
  filterToSearchParams,
  type RegisterFilter,
} from '../../domain/register-filter'

/**
 * The register's filter lives in the URL (`#/register?level=3&approval=overdue&q=…`), so a
 * dashboard tile, a bookmark or the Back button opens the register filtered exactly so. A change
 * replaces the history entry: Back leaves the register rather than undoing one keystroke.
 */
export function useRegisterFilter(): [RegisterFilter, (next: RegisterFilter) => void] {
  const [params, setParams] = useSearchParams()
  const search = params.toString()
  const filter = useMemo(() => filterFromSearchParams(new URLSearchParams(search)), [search])
  const setFilter = useCallback(
    (next: RegisterFilter) => setParams(filterToSearchParams(next), { replace: true }),
    [setParams],
  )
  return [filter, setFilter]
}

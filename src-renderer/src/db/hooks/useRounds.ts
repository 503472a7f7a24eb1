import { useLiveQuery } from 'dexie-react-hooks'
import type { Round } from '../../domain/rounds/round'
import { compareVi } from '../../domain/text'
import { listRounds } from '../repos/rounds'
import { useDb } from './useDb'

/** Every collection round, the newest letter first; undefined while loading. */
export function useRounds(): Round[] | undefined {
  const db = useDb()
  return useLiveQuery(async () => {
    const rounds = await listRounds(db)
    return rounds.sort(
      (a, b) => b.letterDate.localeCompare(a.letterDate) || compareVi(a.letterNo, b.letterNo),
    )
  }, [db])
}

import { useLiveQuery } from 'dexie-react-hooks'
import { applyHolidayOverrides, type HolidayOverrides } from '../../domain/law/holiday-calendar'
import { VN_HOLIDAYS } from '../../domain/law/vn-holidays'
import type { HolidayCalendar } from '../../domain/law/working-days'
import { readHolidayOverrides } from '../repos/settings'
import { useDb } from './useDb'

export interface StoredHolidayCalendar {
  /** The built-in calendar with the officer's changes: what working days are counted by. */
  calendar: HolidayCalendar
  overrides: HolidayOverrides
}

/** The holiday calendar as stored in Settings; undefined while loading. */
export function useHolidayCalendar(): StoredHolidayCalendar | undefined {
  const db = useDb()
  return useLiveQuery(async () => {
    const overrides = await readHolidayOverrides(db)
    return { calendar: applyHolidayOverrides(VN_HOLIDAYS, overrides), overrides }
  }, [db])
}

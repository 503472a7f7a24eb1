import { useEffect, useState } from 'react'
import { vietnamDate, type IsoDate } from '../../domain/calendar-date'

/** Today in Vietnam, updated when the day changes while the app stays open. */
export function useToday(checkEveryMs = 60_000): IsoDate {
  const [today, setToday] = useState(() => vietnamDate(new Date()))
  useEffect(() => {
    const timer = setInterval(() => setToday(vietnamDate(new Date())), checkEveryMs)
    return () => clearInterval(timer)
  }, [checkEveryMs])
  return today
}

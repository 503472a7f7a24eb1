/**
 * The day every figure is computed for ("tính đến ngày"). UI state only: today in Vietnam by
 * default, changeable so an officer can see the register as of a report date.
 */
import { create } from 'zustand'
import { vietnamDate, type IsoDate } from '../domain/calendar-date'

interface AsOfState {
  asOf: IsoDate
  setAsOf(date: IsoDate): void
}

export const useAsOf = create<AsOfState>((set) => ({
  asOf: vietnamDate(new Date()),
  setAsOf: (asOf) => set({ asOf }),
}))

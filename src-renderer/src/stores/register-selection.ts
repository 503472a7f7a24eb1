/**
 * The systems ticked in the register, by id. UI state only: kept while filters change (an
 * officer may search for one system, tick it, then search for another) and pruned of systems
 * that no longer exist.
 */
import { create } from 'zustand'

interface RegisterSelectionState {
  selectedIds: string[]
  setSelected(ids: string[]): void
  clear(): void
}

export const useRegisterSelection = create<RegisterSelectionState>()((set) => ({
  selectedIds: [],
  setSelected: (selectedIds) => set({ selectedIds }),
  clear: () => set({ selectedIds: [] }),
}))

/** The selected ids that still name a system of the register (in selection order). */
export function existingSelection(selectedIds: readonly string[], existing: ReadonlySet<string>): string[] {
  return selectedIds.filter((id) => existing.has(id))
}

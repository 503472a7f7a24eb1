/** Units as choices of a searchable select: typed with or without diacritics, "so y te" finds "Sở Y tế". */
import { compareVi, matchesQuery } from '../../domain/text'
import type { Unit } from '../../domain/types'

export interface UnitOption {
  value: string
  label: string
}

export function unitSelectOptions(units: readonly Unit[]): UnitOption[] {
  return units.map((u) => ({ value: u.id, label: u.name })).sort((a, b) => compareVi(a.label, b.label))
}

export const unitSelectSearch = {
  filterOption: (input: string, option?: UnitOption) => matchesQuery(option?.label ?? '', input),
}

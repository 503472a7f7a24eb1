/**
 * The person's decisions on the conflicts of a merge plan, as the screen holds them: a side per
 * differing field, or one side whole (the only choice when one side is a deletion). Pure, so the
 * "Nhận" button's rule (every conflict decided) is tested without a screen.
 */
import type { MergeItem, MergePlan, Resolution, Resolutions } from '../../domain/exchange'

export type Side = 'local' | 'incoming'

/** The fields a person decides: those not taken without asking from the only side that changed them. */
export function openFields(item: MergeItem): MergeItem['fields'] {
  return item.fields.filter((f) => !f.auto)
}

/** Field-by-field only when both sides are live records; a deletion is kept or accepted whole. */
export function decidesByField(item: MergeItem): boolean {
  return item.local?.kind === 'record' && item.incoming.kind === 'record' && openFields(item).length > 0
}

export function isDecided(item: MergeItem, resolution: Resolution | undefined): boolean {
  if (!resolution) return false
  if ('keep' in resolution) return true
  return decidesByField(item) && openFields(item).every((f) => resolution.fields[f.field] !== undefined)
}

export function undecidedCount(plan: MergePlan, resolutions: Resolutions): number {
  return plan.items.filter((i) => i.status === 'conflict' && !isDecided(i, resolutions[i.key])).length
}

/** One field's side chosen; a whole-side choice made before becomes that side for every field. */
export function chooseField(
  item: MergeItem,
  current: Resolution | undefined,
  field: string,
  side: Side,
): Resolution {
  const fields: Record<string, Side> = {}
  if (current && 'keep' in current) for (const f of openFields(item)) fields[f.field] = current.keep
  else if (current) Object.assign(fields, current.fields)
  fields[field] = side
  return { fields }
}

/** The side a field shows as chosen, whichever way the decision was made. */
export function sideOfField(resolution: Resolution | undefined, field: string): Side | undefined {
  if (!resolution) return undefined
  return 'keep' in resolution ? resolution.keep : resolution.fields[field]
}

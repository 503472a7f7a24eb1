/**
 * The words that say who changed a field since the last exchange both offices hold
 * ("thay đổi tại [office] ngày …" / "thay đổi trên máy này ngày …"). The day is the stamp of the
 * version that side holds: the field changed on or before it.
 */
import { formatViDate, vietnamDate } from '../../domain/calendar-date'
import type { FieldDifference, MergeItem, Version } from '../../domain/exchange'
import { exchangeText as t } from '../../i18n/exchange'
import type { Side } from './conflict-decisions'

function dayOf(version: Version | null): string {
  if (version?.kind !== 'record') return ''
  const instant = new Date(version.updatedAt)
  return Number.isNaN(instant.getTime()) ? '' : formatViDate(vietnamDate(instant))
}

/** The label under one side's value; null when that side did not change the field, or nobody knows. */
export function sideLabel(
  item: MergeItem,
  field: FieldDifference,
  side: Side,
  office: string,
): string | null {
  if (!field.changedBy || (field.changedBy !== 'both' && field.changedBy !== side)) return null
  return side === 'local' ? t.changedHere(dayOf(item.local)) : t.changedThere(office, dayOf(item.incoming))
}

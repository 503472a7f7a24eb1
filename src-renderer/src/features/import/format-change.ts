/**
 * How the import preview shows a planned change ("Cấp độ: Cấp độ 2 → Cấp độ 3") and a column
 * ("C · Nơi quản lý"): the law's labels for states, dd/mm/yyyy for dates, "(trống)" for nothing.
 */
import { fieldLabel } from '../../db/field-labels'
import { formatViDate, isIsoDate } from '../../domain/calendar-date'
import type { ImportChange } from '../../domain/inventory/plan-import'
import {
  DEPLOYMENT_STATE_LABEL,
  DOSSIER_STATE_LABEL,
  INFORMATION_TYPE_LABEL,
  LEVEL_LABEL,
  SYSTEM_TYPE_LABEL,
} from '../../domain/vocabulary'
import { importText } from '../../i18n/import'

export function changeLabel(field: string): string {
  return importText.changeLabel[field] ?? fieldLabel(field)
}

function labelOf(labels: Readonly<Record<string, string>>, value: unknown): string {
  return typeof value === 'string' ? (labels[value] ?? value) : String(value)
}

/** A stored value as a person reads it. */
export function formatImportValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return importText.emptyValue
  if (Array.isArray(value)) {
    if (value.length === 0) return importText.emptyValue
    return value
      .map((v) => (field === 'informationTypes' ? labelOf(INFORMATION_TYPE_LABEL, v) : String(v)))
      .join(', ')
  }
  switch (field) {
    case 'level':
      return typeof value === 'number' ? LEVEL_LABEL(value) : String(value)
    case 'dossierState':
      return labelOf(DOSSIER_STATE_LABEL, value)
    case 'deploymentState':
      return labelOf(DEPLOYMENT_STATE_LABEL, value)
    case 'systemType':
      return labelOf(SYSTEM_TYPE_LABEL, value)
  }
  if (isIsoDate(value)) return formatViDate(value)
  return String(value)
}

export function describeChange(change: ImportChange): string {
  const label = changeLabel(change.field)
  if (change.field === 'lastAssessedOn') {
    return `${label}: ${importText.newAssessment(formatImportValue(change.field, change.to))}`
  }
  const from = formatImportValue(change.field, change.from)
  const to = formatImportValue(change.field, change.to)
  return `${label}: ${from} → ${to}`
}

/** Excel's name of a 0-based column: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = ''
  for (let i = index + 1; i > 0; i = Math.floor((i - 1) / 26)) {
    letters = String.fromCharCode(65 + ((i - 1) % 26)) + letters
  }
  return letters
}

export function columnOptionLabel(index: number, header: string): string {
  return `${columnLetter(index)} · ${header}`
}

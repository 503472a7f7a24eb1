/**
 * A history entry as people read it: when (Vietnam time), who or what, which action, and each
 * changed field with its Vietnamese label and its old and new value in words ("Cấp độ: Cấp độ 2 →
 * Cấp độ 3"). Stored values are codes and ISO dates; this is the one place that turns them back.
 */
import { formatViDate, isIsoDate } from '../../../domain/calendar-date'
import { isLevel, type FieldChange, type HistoryEntry } from '../../../domain/types'
import {
  ASSESSMENT_KIND_LABEL,
  DEPLOYMENT_STATE_LABEL,
  DOSSIER_STATE_LABEL,
  INFORMATION_TYPE_LABEL,
  LEVEL_LABEL,
  SYSTEM_TYPE_LABEL,
} from '../../../domain/vocabulary'
import { fieldLabel } from '../../../db/field-labels'
import { DOSSIER_PARTS, partSpec, type DossierPart } from '../../../domain/law/dossier-checklist'
import { REGIME_LABEL } from '../../../domain/law/regime'
import { attachmentsText } from '../../../i18n/attachments'
import { lawText } from '../../../i18n/law'
import { systemText } from '../../../i18n/system'

const t = systemText.history

/** Names the stored codes of a history entry refer to. */
export interface HistoryNames {
  unitName: (id: string) => string | undefined
  ruleSetName: (id: string) => string | undefined
}

const VOCABULARY: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  dossierState: DOSSIER_STATE_LABEL,
  deploymentState: DEPLOYMENT_STATE_LABEL,
  systemType: SYSTEM_TYPE_LABEL,
  informationTypes: INFORMATION_TYPE_LABEL,
  kind: ASSESSMENT_KIND_LABEL,
}

const MAX_TEXT = 160

/** The stored calendar dates: `date` (an assessment's) and every `…On` field of a system. */
function isDateField(field: string): boolean {
  return field === 'date' || field.endsWith('On')
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null

/** A saved justification as "Cấp độ 3 theo Nghị định 331/2026/NĐ-CP (02/12/2026)". */
function justificationInWords(value: unknown): string {
  if (!isRecord(value)) return String(value)
  const level = isLevel(value.suggestedLevel)
    ? LEVEL_LABEL(value.suggestedLevel)
    : lawText.history.undetermined
  const law = value.regime === 'ND331' || value.regime === 'ND85' ? REGIME_LABEL[value.regime] : ''
  const date = isIsoDate(value.madeOn) ? formatViDate(value.madeOn) : ''
  return lawText.history.justification(level, law, date)
}

/** A ticked dossier part as its label, with its date when it has one. */
function tickInWords(value: unknown): string {
  if (!isRecord(value) || !(DOSSIER_PARTS as readonly unknown[]).includes(value.part)) return String(value)
  const label = partSpec(value.part as DossierPart).label
  // A linked attachment is named by id only; saying that there is one makes linking visible.
  const details = [
    isIsoDate(value.on) ? formatViDate(value.on) : '',
    typeof value.fileId === 'string' ? attachmentsText.link.inHistory : '',
  ].filter(Boolean)
  return details.length > 0 ? `${label} (${details.join(', ')})` : label
}

/** One stored value in words. */
export function formatValue(field: string, value: unknown, names: HistoryNames): string {
  if (isEmpty(value)) return t.emptyValue
  if (field === 'levelJustification') return justificationInWords(value)
  if (field === 'dossierChecklist' && Array.isArray(value)) return value.map(tickInWords).join('; ')
  if (field === 'level') return isLevel(value) ? LEVEL_LABEL(value) : String(value)
  if (field === 'unitId' && typeof value === 'string') return names.unitName(value) ?? value
  if (field === 'approvalRuleSetId' && typeof value === 'string') return names.ruleSetName(value) ?? value
  const words = VOCABULARY[field]
  if (Array.isArray(value)) return value.map((v) => formatValue(field, v, names)).join(', ')
  if (words && typeof value === 'string') return words[value] ?? value
  if (isDateField(field) && isIsoDate(value)) return formatViDate(value)
  const text = String(value).replace(/\s+/gu, ' ')
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text
}

/** "Số quyết định phê duyệt: (trống) → 1234/QĐ-UBND"; a new record's field reads "Label: value". */
export function formatChange(change: FieldChange, names: HistoryNames): string {
  const label = fieldLabel(change.field)
  const to = formatValue(change.field, change.to, names)
  if (isEmpty(change.from)) return `${label}: ${to}`
  return `${label}: ${formatValue(change.field, change.from, names)} → ${to}`
}

/** The action in words: a dossier step is named by its note (the step, and what the person added). */
export function formatAction(entry: Pick<HistoryEntry, 'entity' | 'action' | 'note'>): string {
  if (entry.action === 'transition' && entry.note) return entry.note
  const words = entry.entity === 'assessment' ? t.assessment : t.system
  const base = words[entry.action]
  return entry.note && entry.action !== 'transition' ? `${base} — ${entry.note}` : base
}

/** dd/mm/yyyy HH:mm of an instant, in Vietnam time (UTC+7) whatever the machine's zone. */
export function formatViDateTime(instant: string): string {
  const shifted = new Date(new Date(instant).getTime() + 7 * 3_600_000)
  const two = (n: number) => String(n).padStart(2, '0')
  return (
    `${two(shifted.getUTCDate())}/${two(shifted.getUTCMonth() + 1)}/${shifted.getUTCFullYear()} ` +
    `${two(shifted.getUTCHours())}:${two(shifted.getUTCMinutes())}`
  )
}

/**
 * Who made a change: the officer named in Settings; with a source (an import, another office's
 * file), the source and the officer who recorded it here; "Trên máy này" when nobody is named.
 */
export function formatBy(entry: Pick<HistoryEntry, 'by' | 'officer'>): string {
  const by = entry.by.trim()
  const officer = entry.officer?.trim() ?? ''
  if (by === '') return officer === '' ? t.localUser : officer
  return officer === '' ? by : t.recordedBy(by, officer)
}

/**
 * Settings: the active rule set, the officer's copies of rule sets, and who issues the reports.
 * Changes are recorded in history like any other write (entity 'settings', entityId the key).
 */
import { DomainError } from '../../domain/errors'
import {
  NO_OVERRIDES,
  changeHolidays,
  describeHolidayChange,
  type HolidayChange,
  type HolidayOverrides,
} from '../../domain/law/holiday-calendar'
import { VN_HOLIDAYS } from '../../domain/law/vn-holidays'
import { DEFAULT_REPORT_SETTINGS, type ReportSettings } from '../../domain/report/settings'
import {
  DEFAULT_RULE_SET_ID,
  SHIPPED_RULE_SETS,
  findShippedRuleSet,
  type RuleSet,
} from '../../domain/rule-set'
import type { FieldChange } from '../../domain/types'
import type { CapdoDatabase, SettingsKey, SettingsRow } from '../database'
import { cleanMultilineText, cleanText } from '../validate'
import { sameValue } from '../../domain/exchange/values'
import { diffFields } from './changes'
import { writeWithHistory, type Write } from './write'

export interface Settings {
  ruleSetId: string
  reportSettings: ReportSettings
  customRuleSets: RuleSet[]
}

type SettingsValue<K extends SettingsKey> = Extract<SettingsRow, { key: K }>['value']

async function readValue<K extends SettingsKey>(
  db: CapdoDatabase,
  key: K,
): Promise<SettingsValue<K> | undefined> {
  const row = await db.settings.get(key)
  return row?.value as SettingsValue<K> | undefined
}

/** The stored rule-set id, or the default when none was chosen. */
export async function readRuleSetId(db: CapdoDatabase): Promise<string> {
  return (await readValue(db, 'ruleSetId')) ?? DEFAULT_RULE_SET_ID
}

export async function getSettings(db: CapdoDatabase): Promise<Settings> {
  const [ruleSetId, reportSettings, customRuleSets] = await Promise.all([
    readRuleSetId(db),
    readValue(db, 'reportSettings'),
    readValue(db, 'customRuleSets'),
  ])
  return {
    ruleSetId,
    // Spread over the defaults: a field added in a later release has a value in an old database.
    reportSettings: { ...DEFAULT_REPORT_SETTINGS, ...reportSettings },
    customRuleSets: customRuleSets ?? [],
  }
}

/** Every rule set the officer can choose: the shipped ones, then their own copies. */
export function allRuleSets(settings: Pick<Settings, 'customRuleSets'>): RuleSet[] {
  return [...SHIPPED_RULE_SETS, ...settings.customRuleSets]
}

/** The active rule set; falls back to the default if the chosen one no longer exists. */
export async function getActiveRuleSet(db: CapdoDatabase): Promise<RuleSet> {
  const settings = await getSettings(db)
  return resolveRuleSet(settings)
}

export function resolveRuleSet(settings: Pick<Settings, 'ruleSetId' | 'customRuleSets'>): RuleSet {
  const found = allRuleSets(settings).find((r) => r.id === settings.ruleSetId)
  return found ?? (findShippedRuleSet(DEFAULT_RULE_SET_ID) as RuleSet)
}

async function writeSetting(
  db: CapdoDatabase,
  row: SettingsRow,
  changes: FieldChange[],
  write: Write,
): Promise<void> {
  if (changes.length === 0) return
  await db.settings.put(row)
  write.record({ entity: 'settings', entityId: row.key, systemId: null, action: 'update', changes })
}

export async function saveRuleSetId(db: CapdoDatabase, ruleSetId: string, by = ''): Promise<void> {
  await writeWithHistory(db, [db.settings], { by }, async (write) => {
    const settings = await getSettings(db)
    if (!allRuleSets(settings).some((r) => r.id === ruleSetId)) {
      throw new DomainError('rule_set_not_found', 'Không tìm thấy bộ quy tắc đã chọn.', { ruleSetId })
    }
    const changes =
      settings.ruleSetId === ruleSetId
        ? []
        : [{ field: 'ruleSetId', from: settings.ruleSetId, to: ruleSetId }]
    await writeSetting(db, { key: 'ruleSetId', value: ruleSetId }, changes, write)
  })
}

const REPORT_TEXT_FIELDS = [
  'parentBody',
  'issuingBody',
  'place',
  'signerName',
  'documentSymbol',
  'ownerName',
  'ownerMandate',
  'ownerRepresentative',
  'ownerAddress',
  'ownerPhone',
  'ownerEmail',
  'securityUnitName',
  'securityUnitMandate',
  'securityUnitRepresentative',
  'securityUnitAddress',
  'securityUnitPhone',
  'securityUnitEmail',
  'contactPerson',
  'contactPhone',
  'contactEmail',
] as const satisfies readonly (keyof ReportSettings)[]

const REPORT_FIELDS = [
  ...REPORT_TEXT_FIELDS,
  'signerTitle',
  'recipients',
  'addressees',
] as const satisfies readonly (keyof ReportSettings)[]

/** Saves who issues the reports; history lists each changed field (`reportSettings.place` …). */
export async function saveReportSettings(
  db: CapdoDatabase,
  input: ReportSettings,
  by = '',
): Promise<ReportSettings> {
  const clean: ReportSettings = { ...DEFAULT_REPORT_SETTINGS }
  for (const field of REPORT_TEXT_FIELDS) clean[field] = cleanText(input[field], field)
  // The signer's title may span two lines ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC").
  clean.signerTitle = cleanMultilineText(input.signerTitle, 'signerTitle')
  if (!Array.isArray(input.recipients)) {
    throw new DomainError('invalid_value', 'Danh sách nơi nhận không hợp lệ.')
  }
  clean.recipients = input.recipients.map((r) => cleanText(r, 'recipients')).filter(Boolean)
  // An older caller (or a form of an older version) may not send the addressees: keep none.
  const addressees: unknown = (input as Partial<ReportSettings>).addressees ?? []
  if (!Array.isArray(addressees)) {
    throw new DomainError('invalid_value', 'Danh sách "Kính gửi" không hợp lệ.')
  }
  clean.addressees = addressees.map((a) => cleanText(a, 'addressees')).filter(Boolean)
  return writeWithHistory(db, [db.settings], { by }, async (write) => {
    const before = (await getSettings(db)).reportSettings
    const changes = diffFields(before, clean, REPORT_FIELDS).map((c) => ({
      ...c,
      field: `reportSettings.${c.field}`,
    }))
    await writeSetting(db, { key: 'reportSettings', value: clean }, changes, write)
    return clean
  })
}

/** Adds or replaces the officer's own copy of a rule set (a shipped set is never overwritten). */
export async function saveCustomRuleSet(db: CapdoDatabase, ruleSet: RuleSet, by = ''): Promise<void> {
  const id = cleanText(ruleSet.id, 'customRuleSets')
  const name = cleanText(ruleSet.name, 'customRuleSets')
  if (!id || !name) throw new DomainError('rule_set_invalid', 'Bộ quy tắc cần có mã và tên.')
  if (findShippedRuleSet(id)) {
    throw new DomainError(
      'rule_set_shipped',
      'Không thể sửa bộ quy tắc có sẵn; hãy sao chép rồi sửa bản sao.',
      { id },
    )
  }
  await writeWithHistory(db, [db.settings], { by }, async (write) => {
    const before = (await getSettings(db)).customRuleSets
    const previous = before.find((r) => r.id === id)
    const saved: RuleSet = { ...ruleSet, id, name }
    if (previous && sameValue(previous, saved)) return
    const after = previous ? before.map((r) => (r.id === id ? saved : r)) : [...before, saved]
    const changes = [{ field: `customRuleSets.${id}`, from: previous ?? null, to: saved }]
    await writeSetting(db, { key: 'customRuleSets', value: after }, changes, write)
  })
}

/** Removes an officer's rule set; refused while it is the active one. */
export async function deleteCustomRuleSet(db: CapdoDatabase, id: string, by = ''): Promise<void> {
  await writeWithHistory(db, [db.settings], { by }, async (write) => {
    const settings = await getSettings(db)
    const previous = settings.customRuleSets.find((r) => r.id === id)
    if (!previous) throw new DomainError('rule_set_not_found', 'Không tìm thấy bộ quy tắc đã chọn.', { id })
    if (settings.ruleSetId === id) {
      throw new DomainError(
        'rule_set_active',
        'Không thể xóa bộ quy tắc đang áp dụng; hãy chọn bộ khác trước.',
        { id },
      )
    }
    const after = settings.customRuleSets.filter((r) => r.id !== id)
    await writeSetting(
      db,
      { key: 'customRuleSets', value: after },
      [{ field: `customRuleSets.${id}`, from: previous, to: null }],
      write,
    )
  })
}

/** The officer's changes to the holiday calendar; none (the built-in calendar) until one is made. */
export async function readHolidayOverrides(db: CapdoDatabase): Promise<HolidayOverrides> {
  return { ...NO_OVERRIDES, ...(await readValue(db, 'holidayOverrides')) }
}

/**
 * Applies one change to the holiday calendar (refused with the domain's message when it does not
 * hold) and records it in history as a sentence ("Thêm ngày nghỉ 12/02/2027: Nghỉ bù Tết").
 */
export async function saveHolidayChange(
  db: CapdoDatabase,
  change: HolidayChange,
  by = '',
): Promise<HolidayOverrides> {
  return writeWithHistory(db, [db.settings], { by }, async (write) => {
    const before = await readHolidayOverrides(db)
    const after = changeHolidays(before, change, VN_HOLIDAYS)
    const changes = [
      { field: 'holidayOverrides', from: null, to: describeHolidayChange(change, VN_HOLIDAYS) },
    ]
    await writeSetting(db, { key: 'holidayOverrides', value: after }, changes, write)
    return after
  })
}

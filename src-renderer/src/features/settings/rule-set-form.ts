/**
 * The rule-set editor's form: a custom rule set as form values (dates as dayjs for the pickers)
 * and back, and the checks each value must pass — whole months 1–120, whole days 1–365, real dates.
 */
import type { FormRule as Rule } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { isIsoDate } from '../../domain/calendar-date'
import type { RuleSet } from '../../domain/rule-set'
import { LEVELS, type Level } from '../../domain/types'
import { settingsText } from '../../i18n/settings'

export interface RuleSetFormValues {
  name: string
  cadenceMonths: Record<Level, number | null>
  approvalDeadline: Dayjs | null
  deploymentDeadline: Dayjs | null
  dueSoonDays: number | null
}

export const CADENCE_MONTHS = { min: 1, max: 120 } as const
export const DUE_SOON_DAYS = { min: 1, max: 365 } as const

const ISO = 'YYYY-MM-DD'

export function toFormValues(ruleSet: RuleSet): RuleSetFormValues {
  return {
    name: ruleSet.name,
    cadenceMonths: { ...ruleSet.cadenceMonths },
    approvalDeadline: dayjs(ruleSet.approvalDeadline, ISO),
    deploymentDeadline: dayjs(ruleSet.deploymentDeadline, ISO),
    dueSoonDays: ruleSet.dueSoonDays,
  }
}

function isoOf(value: Dayjs | null): string {
  const iso = value?.isValid() ? value.format(ISO) : ''
  if (!isIsoDate(iso)) throw new Error(`invalid date in a validated form: ${String(value)}`)
  return iso
}

/** The edited set: the form's values over the stored set, its version bumped. Call after validation. */
export function fromFormValues(ruleSet: RuleSet, values: RuleSetFormValues): RuleSet {
  const cadenceMonths = Object.fromEntries(LEVELS.map((l) => [l, Number(values.cadenceMonths[l])])) as Record<
    Level,
    number
  >
  return {
    ...ruleSet,
    name: values.name.trim(),
    cadenceMonths,
    approvalDeadline: isoOf(values.approvalDeadline),
    deploymentDeadline: isoOf(values.deploymentDeadline),
    dueSoonDays: Number(values.dueSoonDays),
    version: ruleSet.version + 1,
  }
}

/** A whole number within [min, max]; empty counts as invalid too, with the same message. */
export function wholeNumberRule(range: { min: number; max: number }, message: string): Rule {
  return {
    validator: async (_rule, value: unknown) => {
      const ok =
        typeof value === 'number' && Number.isInteger(value) && value >= range.min && value <= range.max
      if (!ok) throw new Error(message)
    },
  }
}

export const dateRule: Rule = {
  validator: async (_rule, value: unknown) => {
    if (!dayjs.isDayjs(value) || !value.isValid() || !isIsoDate(value.format(ISO))) {
      throw new Error(settingsText.editor.dateRequired)
    }
  },
}

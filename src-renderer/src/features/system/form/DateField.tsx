/**
 * A date input for antd forms whose value is a calendar date `YYYY-MM-DD` (or null), shown and
 * typed as dd/mm/yyyy. Typed text is read the way the domain reads dates in files (d/m/yyyy,
 * dd-mm-yyyy, dd.mm.yyyy, yyyy-mm-dd also work); text that is not a date is kept in the field and
 * handed to the form as is, so the form's rule can say what is wrong instead of silently
 * dropping what the person typed. Future dates are not disabled in the calendar: the picker would
 * then also refuse them when typed and clear the field without a word; the form's rule or the
 * domain says why instead.
 */
import { DatePicker } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import type { FocusEvent } from 'react'
import { formatViDate, isIsoDate, type IsoDate } from '../../../domain/calendar-date'
import { parseDateText } from '../../../domain/inventory/dates'
import { systemText } from '../../../i18n/system'

const DISPLAY_FORMATS = ['DD/MM/YYYY', 'D/M/YYYY']

interface DateFieldProps {
  id?: string
  /** A calendar date, null, or the text typed when it is not a date. */
  value?: string | null
  onChange?: (value: string | null) => void
  disabled?: boolean
  'aria-invalid'?: boolean
  /** From Form.Item: the field's error and hint, and its required mark, for screen readers. */
  'aria-describedby'?: string
  'aria-required'?: boolean | 'true' | 'false'
}

function toDayjs(value: string | null | undefined): Dayjs | null {
  return value && isIsoDate(value) ? dayjs(value) : null
}

export function DateField({ id, value, onChange, disabled, ...rest }: DateFieldProps) {
  function handleBlur(event: FocusEvent<HTMLElement>) {
    if (!(event.target instanceof HTMLInputElement)) return
    const text = event.target.value.trim()
    if (text === '') {
      if (value) onChange?.(null)
      return
    }
    const parsed = parseDateText(text)
    const next = parsed.ok ? parsed.value : text
    if (next !== value) onChange?.(next)
  }

  return (
    <DatePicker
      id={id}
      aria-invalid={rest['aria-invalid']}
      aria-describedby={rest['aria-describedby']}
      aria-required={rest['aria-required']}
      value={toDayjs(value)}
      onChange={(date) => onChange?.(date ? date.format('YYYY-MM-DD') : null)}
      onBlur={handleBlur}
      format={DISPLAY_FORMATS}
      placeholder={systemText.placeholders.date}
      preserveInvalidOnBlur
      disabled={disabled}
      style={{ width: '100%' }}
    />
  )
}

/**
 * The form rule for a DateField: empty or a real date; optionally not after `maxDate` — for a
 * date that records something done, today's real date (useToday), never the reporting date.
 */
export function dateRule(label: string, maxDate?: IsoDate) {
  return {
    validator: async (_rule: unknown, value: string | null | undefined) => {
      if (value === null || value === undefined || value === '') return
      if (!isIsoDate(value)) throw new Error(systemText.validation.dateInvalid(label, value))
      if (maxDate && value > maxDate) {
        throw new Error(systemText.validation.dateInFuture(label, formatViDate(value), formatViDate(maxDate)))
      }
    },
  }
}

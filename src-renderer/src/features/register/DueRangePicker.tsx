import { DatePicker } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import type { IsoDate } from '../../domain/calendar-date'
import { registerText } from '../../i18n/register'
import styles from './RegisterPage.module.css'

interface DueRangePickerProps {
  from: IsoDate | null
  to: IsoDate | null
  onChange(from: IsoDate | null, to: IsoDate | null): void
}

const toIso = (d: Dayjs | null | undefined): IsoDate | null => (d ? d.format('YYYY-MM-DD') : null)

/** The window the next assessment falls in (the dashboard's month bars link with one); either end may be open. */
export function DueRangePicker({ from, to, onChange }: DueRangePickerProps) {
  const f = registerText.filters
  return (
    <DatePicker.RangePicker
      aria-label={f.due}
      format="DD/MM/YYYY"
      allowEmpty={[true, true]}
      placeholder={[f.dueFrom, f.dueTo]}
      value={[from ? dayjs(from) : null, to ? dayjs(to) : null]}
      onChange={(range) => onChange(toIso(range?.[0]), toIso(range?.[1]))}
      className={styles.due}
    />
  )
}

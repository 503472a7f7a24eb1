import { Button, DatePicker, Space, Typography } from 'antd'
import dayjs from 'dayjs'
import { vietnamDate } from '../../domain/calendar-date'
import { vi } from '../../i18n/vi'
import { useAsOf } from '../../stores/as-of'

/**
 * "Tính đến ngày": the day every figure on every screen is computed for. Today by default; an
 * officer picks a report date to see the register as it stood (or will stand) then.
 */
export function AsOfPicker() {
  const { asOf, setAsOf } = useAsOf()
  const today = vietnamDate(new Date())
  return (
    <Space size={8} data-testid="as-of">
      <Typography.Text type="secondary">{vi.shell.asOfLabel}</Typography.Text>
      <DatePicker
        aria-label={vi.shell.asOfLabel}
        value={dayjs(asOf)}
        format="DD/MM/YYYY"
        allowClear={false}
        onChange={(value) => value && setAsOf(value.format('YYYY-MM-DD'))}
        style={{ width: 140 }}
      />
      {asOf !== today && (
        <Button size="small" onClick={() => setAsOf(today)}>
          {vi.shell.today}
        </Button>
      )}
    </Space>
  )
}

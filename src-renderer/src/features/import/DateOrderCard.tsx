import { Alert, Card, Flex, Select, Space, Typography } from 'antd'
import type { InventoryField } from '../../domain/inventory/columns'
import {
  DATE_ORDERS,
  type DateColumnOrder,
  type DateOrder,
  type DateSample,
  type EvidenceGroup,
  readingIn,
} from '../../domain/inventory/date-order'
import { importText } from '../../i18n/import'

const t = importText.dateOrder

/** antd's warning text (#faad14) is 1.9:1 on white; this orange (contrast.css's tags) meets 4.5:1. */
export const WARNING_TEXT = { color: '#ad4e00' } as const

interface DateOrderCardProps {
  columns: readonly DateColumnOrder[]
  onChange(field: InventoryField, order: DateOrder): void
  disabled: boolean
}

/** "6/2/2026 (dòng 3) → ngày 6 tháng 2 năm 2026": how a value reads in the column's order. */
function sampleText(sample: DateSample, order: DateOrder | null): string {
  const where = `${sample.text} (${t.sampleRow(sample.row)})`
  if (order === null) return where
  const read = readingIn(sample.text, order)
  if (read === null) return where
  const [year, month, day] = read.split('-').map(Number)
  return `${where} → ${t.readAs(day, month, year)}`
}

function Samples({ label, group, order }: { label: string; group: EvidenceGroup; order: DateOrder | null }) {
  if (group.count === 0) return null
  return (
    <div>
      <Typography.Text type="secondary">{label} </Typography.Text>
      {group.samples.map((s) => sampleText(s, order)).join('; ')}
      {group.count > group.samples.length && '; …'}
    </div>
  )
}

function ColumnOrder({
  column,
  onChange,
  disabled,
}: { column: DateColumnOrder } & Omit<DateOrderCardProps, 'columns'>) {
  const waiting = column.order === null
  const note = waiting
    ? t.undecided(column.monthFirst.count + column.dayFirst.count + column.either.count)
    : column.chosen
      ? t.chosen
      : t.assumed
  return (
    <Flex gap={16} wrap align="start" data-testid="date-order-column" data-field={column.field}>
      <Space orientation="vertical" size={2} style={{ flex: '1 1 420px', minWidth: 0 }}>
        <Typography.Text strong>{column.header}</Typography.Text>
        <Typography.Text type={waiting ? undefined : 'secondary'} style={waiting ? WARNING_TEXT : undefined}>
          {note}
        </Typography.Text>
        <Samples
          label={t.monthFirst(column.monthFirst.count)}
          group={column.monthFirst}
          order={column.order}
        />
        <Samples label={t.dayFirst(column.dayFirst.count)} group={column.dayFirst} order={column.order} />
        <Samples label={t.either(column.either.count)} group={column.either} order={column.order} />
      </Space>
      <Select<DateOrder>
        aria-label={t.orderLabel(column.header)}
        value={column.order ?? undefined}
        placeholder={t.choose}
        status={waiting ? 'warning' : undefined}
        disabled={disabled}
        style={{ width: 260 }}
        options={DATE_ORDERS.map((o) => ({ value: o, label: t.order[o] }))}
        onChange={(order) => onChange(column.field, order)}
      />
    </Flex>
  )
}

/**
 * The date columns whose text reads differently day or month first: what each holds, the order
 * it is read in (the rule, or the officer's choice), and a select to choose it. A column holding a
 * value only month first makes a date waits for the choice: its cells are errors until then.
 */
export function DateOrderCard({ columns, onChange, disabled }: DateOrderCardProps) {
  const waiting = columns.filter((c) => c.order === null).length
  return (
    <Card size="small" title={t.title} data-testid="date-order">
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        {waiting > 0 && <Alert type="warning" showIcon title={t.undecidedTitle(waiting)} />}
        <Typography.Text type="secondary">{t.help}</Typography.Text>
        {columns.map((column) => (
          <ColumnOrder key={column.field} column={column} onChange={onChange} disabled={disabled} />
        ))}
      </Space>
    </Card>
  )
}

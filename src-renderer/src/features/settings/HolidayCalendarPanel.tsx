/**
 * Settings → "Ngày nghỉ lễ": every day off and làm-bù day of a year, the built-in ones with their
 * legal basis and the lunar dates they come from, the officer's own marked as such. Built-in days
 * can be set aside (and applied again), added ones deleted; the dossier time limits follow at once.
 */
import { App, Button, Card, Flex, Popconfirm, Select, Spin, Table, Tag, Typography } from 'antd'
import { useState } from 'react'
import { useDb, useHolidayCalendar } from '../../db/hooks'
import { saveHolidayChange } from '../../db/repos/settings'
import { formatViDate, parts } from '../../domain/calendar-date'
import { holidaysOfYear, type HolidayChange, type HolidayListing } from '../../domain/law/holiday-calendar'
import { VN_HOLIDAYS, vietnamYearFacts } from '../../domain/law/vn-holidays'
import { weekday } from '../../domain/law/working-days'
import { reportError } from '../../errors/to-user-message'
import { holidaysText } from '../../i18n/holidays'
import { useAsOf } from '../../stores/as-of'
import { HolidayAddForm } from './HolidayAddForm'

const t = holidaysText
const YEARS = Array.from(
  { length: VN_HOLIDAYS.years.to - VN_HOLIDAYS.years.from + 1 },
  (_, i) => VN_HOLIDAYS.years.from + i,
)

function clampYear(year: number): number {
  return Math.min(Math.max(year, VN_HOLIDAYS.years.from), VN_HOLIDAYS.years.to)
}

export function HolidayCalendarPanel() {
  const asOf = useAsOf((s) => s.asOf)
  const [year, setYear] = useState(() => clampYear(parts(asOf).year))
  const stored = useHolidayCalendar()
  if (!stored) return <Spin />
  const rows = holidaysOfYear(VN_HOLIDAYS, stored.overrides, year)
  const applied = rows.filter((r) => !r.removed)
  const facts = vietnamYearFacts(year)

  return (
    <Flex vertical gap={16} style={{ maxWidth: 1100 }}>
      <Typography.Paragraph style={{ margin: 0 }}>{t.intro}</Typography.Paragraph>
      <Flex gap={16} align="center" wrap>
        <label htmlFor="holiday-year">{t.year}</label>
        <Select
          id="holiday-year"
          aria-label={t.year}
          value={year}
          onChange={setYear}
          options={YEARS.map((y) => ({ value: y, label: String(y) }))}
          style={{ width: 110 }}
        />
        <Typography.Text type="secondary" data-testid="holiday-summary">
          {t.summary(
            applied.filter((r) => r.kind === 'off').length,
            applied.filter((r) => r.kind === 'workday').length,
          )}
        </Typography.Text>
      </Flex>
      {facts && (
        <Flex gap={24} wrap data-testid="holiday-year-facts">
          <Fact label={t.facts.lunarNewYear} value={formatViDate(facts.lunarNewYear)} />
          <Fact label={t.facts.hungKings} value={formatViDate(facts.hungKings)} />
          <Fact label={t.facts.notice} value={facts.notice ?? t.facts.noNotice} />
        </Flex>
      )}
      <HolidayTable rows={rows} />
      <Card size="small" title={t.form.title}>
        <HolidayAddForm />
      </Card>
    </Flex>
  )
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <Typography.Text>
      <Typography.Text type="secondary">{label}: </Typography.Text>
      <Typography.Text strong>{value}</Typography.Text>
    </Typography.Text>
  )
}

function HolidayTable({ rows }: { rows: HolidayListing[] }) {
  const db = useDb()
  const { message } = App.useApp()
  const apply = async (change: HolidayChange) => {
    try {
      await saveHolidayChange(db, change)
      void message.success(t.done[change.kind](formatViDate(change.date)))
    } catch (error) {
      void message.error(reportError(error))
    }
  }

  return (
    <Table<HolidayListing>
      size="small"
      data-testid="holiday-table"
      rowKey={(r) => `${r.origin}-${r.date}`}
      dataSource={rows}
      pagination={false}
      locale={{ emptyText: t.empty }}
      columns={[
        {
          key: 'date',
          title: t.columns.date,
          width: 170,
          render: (_, r) => (
            <Typography.Text delete={r.removed}>
              {formatViDate(r.date)}{' '}
              <Typography.Text type="secondary">({t.weekday[weekday(r.date)]})</Typography.Text>
            </Typography.Text>
          ),
        },
        {
          key: 'name',
          title: t.columns.name,
          render: (_, r) => <Typography.Text delete={r.removed}>{r.name}</Typography.Text>,
        },
        {
          key: 'kind',
          title: t.columns.kind,
          width: 210,
          render: (_, r) => (
            <Flex gap={4} wrap>
              <Tag color={r.kind === 'off' ? 'red' : 'blue'}>{t.kind[r.kind]}</Tag>
              <Tag>{r.origin === 'built_in' ? t.builtIn : t.added}</Tag>
              {r.removed && <Tag color="default">{t.notApplied}</Tag>}
            </Flex>
          ),
        },
        {
          key: 'basis',
          title: t.columns.basis,
          render: (_, r) => (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {r.origin === 'built_in' ? r.basis : t.addedBasis}
            </Typography.Text>
          ),
        },
        {
          key: 'action',
          title: t.columns.action,
          width: 130,
          render: (_, r) => <RowAction row={r} onChange={(c) => void apply(c)} />,
        },
      ]}
    />
  )
}

function RowAction({ row, onChange }: { row: HolidayListing; onChange: (change: HolidayChange) => void }) {
  const date = formatViDate(row.date)
  if (row.removed) {
    return (
      <Button size="small" onClick={() => onChange({ kind: 'restore_built_in', date: row.date })}>
        {t.actions.restore}
      </Button>
    )
  }
  const builtIn = row.origin === 'built_in'
  return (
    <Popconfirm
      title={
        builtIn ? t.actions.removeConfirm(date, row.name, row.kind) : t.actions.deleteConfirm(date, row.name)
      }
      okText={t.actions.yes}
      cancelText={t.actions.no}
      onConfirm={() => onChange({ kind: builtIn ? 'remove_built_in' : 'delete_added', date: row.date })}
    >
      <Button
        size="small"
        danger={!builtIn}
        aria-label={`${builtIn ? t.actions.remove : t.actions.delete} ${date}`}
      >
        {builtIn ? t.actions.remove : t.actions.delete}
      </Button>
    </Popconfirm>
  )
}

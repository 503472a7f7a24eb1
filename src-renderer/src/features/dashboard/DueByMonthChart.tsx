import { Card } from 'antd'
import { memo } from 'react'
import { useNavigate } from 'react-router'
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { parts } from '../../domain/calendar-date'
import type { MonthBucket } from '../../domain/todo'
import { vi } from '../../i18n/vi'
import { registerLink } from './links'

interface DueByMonthChartProps {
  buckets: MonthBucket[]
}

interface Datum extends MonthBucket {
  label: string
}

const t = vi.dashboard

/**
 * How many assessments fall due in each of the next 12 months; a bar opens those systems.
 * Memoised: an edit that moves no due date leaves the dashboard's buckets, and so this chart, as they were.
 */
export const DueByMonthChart = memo(function DueByMonthChart({ buckets }: DueByMonthChartProps) {
  const navigate = useNavigate()
  const data: Datum[] = buckets.map((b) => {
    const { year, month } = parts(b.month)
    return { ...b, label: t.monthLabel(month, year) }
  })
  return (
    <Card size="small" title={t.dueByMonth} data-testid="due-by-month">
      <ResponsiveContainer width="100%" height={240}>
        <BarChart data={data} margin={{ left: 0, right: 16, top: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} interval={0} />
          <YAxis allowDecimals={false} />
          <Tooltip />
          <Bar
            dataKey="count"
            name={t.dueCount}
            fill="#2563eb"
            cursor="pointer"
            isAnimationActive={false}
            onClick={(entry) => {
              const datum = (entry as unknown as { payload: Datum }).payload
              navigate(registerLink({ dueFrom: datum.month, dueTo: datum.monthEnd }))
            }}
          />
        </BarChart>
      </ResponsiveContainer>
      <div className="muted">{t.chartHint}</div>
    </Card>
  )
})

import { Card } from 'antd'
import { memo } from 'react'
import { useNavigate } from 'react-router'
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { RegisterFilter } from '../../domain/register-filter'
import { vi } from '../../i18n/vi'
import type { CountersRow } from './CountersTable'
import { registerLink } from './links'

interface ApprovalChartProps {
  title: string
  rows: CountersRow[]
  /** The register filter a row's bars stand for (a level, a block). */
  filterOf: (row: CountersRow) => Partial<RegisterFilter>
  testId: string
  /** Room for the category labels, in pixels. */
  labelWidth: number
}

interface Datum {
  label: string
  approved: number
  pending: number
  overdue: number
  filter: Partial<RegisterFilter>
}

const COLORS = { approved: '#16a34a', pending: '#f59e0b', overdue: '#dc2626' }
const t = vi.dashboard

/**
 * Approval progress as stacked bars; a click on a segment opens the register filtered to it.
 * Memoised: after an edit the dashboard hands it the same rows when its figures did not change.
 */
export const ApprovalChart = memo(function ApprovalChart({
  title,
  rows,
  filterOf,
  testId,
  labelWidth,
}: ApprovalChartProps) {
  const navigate = useNavigate()
  const data: Datum[] = rows.map((r) => ({
    label: r.label,
    approved: r.counters.approved,
    overdue: r.counters.approvalOverdue,
    pending: r.counters.systems - r.counters.approved - r.counters.approvalOverdue,
    filter: filterOf(r),
  }))
  const open = (datum: Datum, approval: keyof typeof COLORS) =>
    navigate(registerLink({ ...datum.filter, approval: [approval] }))
  const height = Math.max(180, data.length * 34 + 70)
  return (
    <Card size="small" title={title} data-testid={testId}>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={data} layout="vertical" margin={{ left: 8, right: 24 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="label" width={labelWidth} tick={{ fontSize: 12 }} interval={0} />
          <Tooltip />
          <Legend />
          {(Object.keys(COLORS) as (keyof typeof COLORS)[]).map((key) => (
            <Bar
              key={key}
              dataKey={key}
              name={t.series[key]}
              stackId="approval"
              fill={COLORS[key]}
              cursor="pointer"
              isAnimationActive={false}
              onClick={(entry) => open((entry as unknown as { payload: Datum }).payload, key)}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
      <div className="muted">{t.chartHint}</div>
    </Card>
  )
})

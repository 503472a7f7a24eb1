import { Card } from 'antd'
import { memo } from 'react'
import { useNavigate } from 'react-router'
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { vi } from '../../i18n/vi'
import type { ApprovalDatum as Datum } from './chart-data'
import { registerLink } from './links'

interface ApprovalChartProps {
  title: string
  /** One row of bars per level or block (chart-data.ts), the same array while its figures hold. */
  data: Datum[]
  testId: string
  /** Room for the category labels, in pixels. */
  labelWidth: number
}

const COLORS = { approved: '#16a34a', pending: '#f59e0b', overdue: '#dc2626' }
const t = vi.dashboard

/**
 * Approval progress as stacked bars; a click on a segment opens the register filtered to it.
 * Memoised: after an edit the dashboard hands it the same data when the figures it shows did not
 * change, even if other counters of its rows did.
 */
export const ApprovalChart = memo(function ApprovalChart({
  title,
  data,
  testId,
  labelWidth,
}: ApprovalChartProps) {
  const navigate = useNavigate()
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

import { Table } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { approvalRate, deploymentRate, type Counters } from '../../domain/aggregate'
import { vi } from '../../i18n/vi'
import { formatPercent } from './format'
import { formatCount } from '../../domain/number-format'

export interface CountersRow {
  key: string
  label: string
  counters: Counters
}

interface CountersTableProps {
  title: string
  firstColumn: string
  rows: CountersRow[]
  /** A totals row, shown bold under the table. */
  summary?: CountersRow
  testId: string
}

const t = vi.dashboard
const num = (n: number) => formatCount(n)

/** The figures shown, one column each; the same cells serve the rows and the totals row. */
const FIGURES: { key: string; title: string; cell: (c: Counters) => string }[] = [
  { key: 'systems', title: t.systems, cell: (c) => num(c.systems) },
  {
    key: 'approved',
    title: t.approved,
    cell: (c) => `${num(c.approved)} (${formatPercent(approvalRate(c))})`,
  },
  { key: 'approvalOverdue', title: t.approvalOverdue, cell: (c) => num(c.approvalOverdue) },
  {
    key: 'deployed',
    title: t.deployed,
    cell: (c) => `${num(c.deployed)} (${formatPercent(deploymentRate(c))})`,
  },
  { key: 'deploymentOverdue', title: t.deploymentOverdue, cell: (c) => num(c.deploymentOverdue) },
  { key: 'assessmentOverdue', title: t.assessmentOverdue, cell: (c) => num(c.assessmentOverdue) },
  { key: 'assessmentDueSoon', title: t.assessmentDueSoon, cell: (c) => num(c.assessmentDueSoon) },
]

function columns(firstColumn: string): ColumnsType<CountersRow> {
  return [
    { title: firstColumn, dataIndex: 'label', key: 'label' },
    ...FIGURES.map((f) => ({
      title: f.title,
      key: f.key,
      align: 'right' as const,
      render: (_: unknown, r: CountersRow) => f.cell(r.counters),
    })),
  ]
}

/** A compact table of the §4 counters, one row per level or per block, with a totals row. */
export function CountersTable({ title, firstColumn, rows, summary, testId }: CountersTableProps) {
  return (
    <Table<CountersRow>
      data-testid={testId}
      title={() => <strong>{title}</strong>}
      size="small"
      pagination={false}
      columns={columns(firstColumn)}
      dataSource={rows}
      summary={
        summary
          ? () => (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0}>
                  <strong>{summary.label}</strong>
                </Table.Summary.Cell>
                {FIGURES.map((f, i) => (
                  <Table.Summary.Cell key={f.key} index={i + 1} align="right">
                    <strong>{f.cell(summary.counters)}</strong>
                  </Table.Summary.Cell>
                ))}
              </Table.Summary.Row>
            )
          : undefined
      }
    />
  )
}

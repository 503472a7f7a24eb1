import { Table } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { approvalRate, deploymentRate, type Counters } from '../../domain/aggregate'
import { vi } from '../../i18n/vi'
import { formatPercent } from './format'

export interface CountersRow {
  key: string
  label: string
  counters: Counters
}

interface CountersTableProps {
  title: string
  firstColumn: string
  rows: CountersRow[]
  testId: string
}

const t = vi.dashboard
const num = (n: number) => n.toLocaleString('vi-VN')

const columns = (firstColumn: string): ColumnsType<CountersRow> => [
  { title: firstColumn, dataIndex: 'label', key: 'label' },
  { title: t.systems, key: 'systems', align: 'right', render: (_, r) => num(r.counters.systems) },
  {
    title: t.approved,
    key: 'approved',
    align: 'right',
    render: (_, r) => `${num(r.counters.approved)} (${formatPercent(approvalRate(r.counters))})`,
  },
  { title: t.approvalOverdue, key: 'ao', align: 'right', render: (_, r) => num(r.counters.approvalOverdue) },
  {
    title: t.deployed,
    key: 'deployed',
    align: 'right',
    render: (_, r) => `${num(r.counters.deployed)} (${formatPercent(deploymentRate(r.counters))})`,
  },
  {
    title: t.assessmentOverdue,
    key: 'aso',
    align: 'right',
    render: (_, r) => num(r.counters.assessmentOverdue),
  },
]

/** A compact table of the §4 counters, one row per level or per block. */
export function CountersTable({ title, firstColumn, rows, testId }: CountersTableProps) {
  return (
    <Table<CountersRow>
      data-testid={testId}
      title={() => <strong>{title}</strong>}
      size="small"
      pagination={false}
      columns={columns(firstColumn)}
      dataSource={rows}
    />
  )
}

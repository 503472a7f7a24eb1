import { Card, Collapse, Table, Typography, type CollapseProps } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import type { ReactNode } from 'react'
import type { PreviewRow, PreviewUpdate } from '../../workers/import-client'
import { DOSSIER_STATE_LABEL, LEVEL_LABEL } from '../../domain/vocabulary'
import { importText } from '../../i18n/import'
import { describeChange } from './format-change'
import type { PlanSelection } from './import-selection'

const t = importText.lists

const base: ColumnsType<PreviewRow> = [
  { title: t.row, key: 'row', width: 72, render: (_, p) => p.excelRow },
  {
    title: t.name,
    key: 'name',
    render: (_, p) =>
      p.currentName === undefined ? (
        p.name
      ) : (
        <>
          {p.name}
          <br />
          <Typography.Text type="secondary" data-testid="former-name-match">
            {t.formerName(p.name, p.currentName)}
          </Typography.Text>
        </>
      ),
  },
  { title: t.unit, key: 'unit', width: '26%', render: (_, p) => p.unit },
]

const addColumns: ColumnsType<PreviewRow> = [
  ...base,
  { title: t.level, key: 'level', width: 130, render: (_, p) => LEVEL_LABEL(p.level) },
  {
    title: t.status,
    key: 'status',
    width: 190,
    render: (_, p) => DOSSIER_STATE_LABEL[p.dossierState],
  },
]

const updateColumns: ColumnsType<PreviewUpdate> = [
  ...(base as ColumnsType<PreviewUpdate>),
  {
    title: t.changes,
    key: 'changes',
    width: '40%',
    render: (_, p) => (
      <ul style={{ margin: 0, paddingLeft: 18 }}>
        {p.changes.map((c) => (
          <li key={c.field}>{describeChange(c)}</li>
        ))}
      </ul>
    ),
  },
]

function RowsTable<T extends PreviewRow>({
  rows,
  columns,
  testId,
}: {
  rows: T[]
  columns: ColumnsType<T>
  testId: string
}) {
  return (
    <Table<T>
      data-testid={testId}
      size="small"
      rowKey={(p) => p.excelRow}
      dataSource={rows}
      columns={columns}
      locale={{ emptyText: t.empty }}
      pagination={rows.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
    />
  )
}

/** The rows of the file by what importing does with them, each list opened on demand. */
export function PlanRowsCard({
  selection,
  unchanged,
}: {
  selection: PlanSelection
  unchanged: PreviewRow[]
}) {
  const lists: [key: string, label: string, rows: number, table: ReactNode][] = [
    [
      'add',
      t.add(selection.add.length),
      selection.add.length,
      <RowsTable rows={selection.add} columns={addColumns} testId="rows-add" />,
    ],
    [
      'update',
      t.update(selection.update.length),
      selection.update.length,
      <RowsTable rows={selection.update} columns={updateColumns} testId="rows-update" />,
    ],
    [
      'unchanged',
      t.unchanged(unchanged.length),
      unchanged.length,
      <RowsTable rows={unchanged} columns={base} testId="rows-unchanged" />,
    ],
  ]
  if (selection.blocked.length > 0) {
    lists.push([
      'blocked',
      t.blocked(selection.blocked.length),
      selection.blocked.length,
      <RowsTable rows={selection.blocked} columns={base} testId="rows-blocked" />,
    ])
  }
  const items: CollapseProps['items'] = lists.map(([key, label, rows, table]) => ({
    key,
    label,
    children: table,
    // An empty list has nothing to open.
    collapsible: rows === 0 ? 'disabled' : undefined,
  }))
  return (
    <Card size="small" title={t.title} data-testid="plan-rows">
      <Collapse items={items} defaultActiveKey={selection.update.length > 0 ? ['update'] : []} />
    </Card>
  )
}

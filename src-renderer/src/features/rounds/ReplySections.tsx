import { Alert, Collapse, Table, Typography, type CollapseProps } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { Link } from 'react-router'
import type { PlannedRow, PlannedUpdate } from '../../domain/inventory/plan-import'
import type { CellError } from '../../domain/inventory/types'
import type { OtherUnitRow, RemovedSystem, ReplyDiff } from '../../domain/rounds/reply-diff'
import { LEVEL_LABEL } from '../../domain/vocabulary'
import { roundRepliesText as t } from '../../i18n/round-replies'
import { PATHS } from '../../paths'
import { describeChange } from '../import/format-change'
import { LevelHeldCard } from '../import/LevelHeldCard'

const c = t.columns
const paged = (n: number) => (n > 8 ? { pageSize: 8, showSizeChanger: false } : false)

const addedColumns: ColumnsType<PlannedRow> = [
  { title: c.row, key: 'row', width: 64, render: (_, p) => p.row.excelRow },
  { title: c.name, key: 'name', render: (_, p) => p.row.record.name },
  { title: c.level, key: 'level', width: 120, render: (_, p) => LEVEL_LABEL(p.row.record.level) },
]

const changedColumns: ColumnsType<PlannedUpdate> = [
  { title: c.row, key: 'row', width: 64, render: (_, p) => p.row.excelRow },
  { title: c.name, key: 'name', width: '32%', render: (_, p) => p.currentName ?? p.row.record.name },
  {
    title: c.changes,
    key: 'changes',
    render: (_, p) => (
      <ul style={{ margin: 0, paddingLeft: 18 }}>
        {p.changes.map((x) => (
          <li key={x.field}>{describeChange(x)}</li>
        ))}
      </ul>
    ),
  },
]

const otherColumns: ColumnsType<OtherUnitRow> = [
  { title: c.row, dataIndex: 'excelRow', width: 64 },
  { title: c.name, dataIndex: 'name', width: '26%' },
  { title: c.unit, dataIndex: 'unit', width: '20%' },
  { title: c.reason, dataIndex: 'reason' },
]

const errorColumns: ColumnsType<CellError> = [
  { title: c.row, dataIndex: 'row', width: 64 },
  { title: c.column, dataIndex: 'column', width: '22%' },
  {
    title: c.value,
    dataIndex: 'value',
    width: '18%',
    render: (value: string) =>
      value === '' ? <Typography.Text type="secondary">{c.emptyCell}</Typography.Text> : value,
  },
  { title: c.message, dataIndex: 'message' },
]

/** One unit's reply in detail: every list that is not empty, each open, each saying what it means. */
export function ReplySections({ diff, expanded }: { diff: ReplyDiff; expanded: boolean }) {
  const s = t.sections
  const items: CollapseProps['items'] = []
  if (diff.changed.length > 0)
    items.push({
      key: 'changed',
      label: s.changed(diff.changed.length),
      children: (
        <Table<PlannedUpdate>
          data-testid="reply-changed"
          size="small"
          rowKey={(p) => p.row.excelRow}
          dataSource={diff.changed}
          columns={changedColumns}
          pagination={paged(diff.changed.length)}
        />
      ),
    })
  if (diff.added.length > 0)
    items.push({
      key: 'added',
      label: s.added(diff.added.length),
      children: (
        <Table<PlannedRow>
          data-testid="reply-added"
          size="small"
          rowKey={(p) => p.row.excelRow}
          dataSource={diff.added}
          columns={addedColumns}
          pagination={paged(diff.added.length)}
        />
      ),
    })
  if (diff.removed.length > 0)
    items.push({
      key: 'removed',
      label: s.removed(diff.removed.length),
      children: (
        <div data-testid="reply-removed">
          <Alert type="warning" showIcon title={t.removedHelp} style={{ marginBottom: 8 }} />
          <ul style={{ margin: 0, paddingLeft: 18 }}>
            {diff.removed.map((r: RemovedSystem) => (
              <li key={r.systemId}>
                {r.name} · <Link to={PATHS.system(r.systemId)}>{t.openSystem}</Link>
              </li>
            ))}
          </ul>
        </div>
      ),
    })
  if (diff.otherUnit.length > 0)
    items.push({
      key: 'other',
      label: s.otherUnit(diff.otherUnit.length),
      children: (
        <div data-testid="reply-other-unit">
          <Typography.Paragraph type="secondary">{t.otherUnitHelp}</Typography.Paragraph>
          <Table<OtherUnitRow>
            size="small"
            rowKey="excelRow"
            dataSource={diff.otherUnit}
            columns={otherColumns}
            pagination={paged(diff.otherUnit.length)}
          />
        </div>
      ),
    })
  if (diff.errors.length > 0)
    items.push({
      key: 'errors',
      label: <Typography.Text type="danger">{s.errors(diff.errors.length)}</Typography.Text>,
      children: (
        <div data-testid="reply-errors">
          <Typography.Paragraph type="secondary">{t.errorsHelp}</Typography.Paragraph>
          <Table<CellError>
            size="small"
            rowKey={(e) => `${e.row}:${e.field}:${e.column}`}
            dataSource={diff.errors}
            columns={errorColumns}
            pagination={paged(diff.errors.length)}
          />
        </div>
      ),
    })
  return (
    <>
      {items.length > 0 && (
        <Collapse
          size="small"
          items={items}
          defaultActiveKey={expanded ? items.map((i) => String(i.key)) : []}
        />
      )}
      {diff.levelHeld.length > 0 && <LevelHeldCard rows={diff.levelHeld} />}
    </>
  )
}

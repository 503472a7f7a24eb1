import { Card, Table, Typography, type TableColumnsType } from 'antd'
import { useSystemHistory } from '../../../db/hooks'
import type { RuleSet } from '../../../domain/rule-set'
import type { HistoryEntry, Unit } from '../../../domain/types'
import { systemText } from '../../../i18n/system'
import { formatAction, formatBy, formatChange, formatViDateTime } from './history-format'
import { useHistoryNames } from './useHistoryNames'
import styles from './HistoryCard.module.css'

const t = systemText.history

interface HistoryCardProps {
  systemId: string
  units: readonly Unit[]
  ruleSets: readonly RuleSet[]
}

/** What changed on the system and its assessments, newest first, field by field. */
export function HistoryCard({ systemId, units, ruleSets }: HistoryCardProps) {
  const entries = useSystemHistory(systemId)
  const names = useHistoryNames(units, ruleSets)

  const columns: TableColumnsType<HistoryEntry> = [
    { key: 'at', title: t.columns.at, width: 150, render: (_, e) => formatViDateTime(e.at) },
    { key: 'by', title: t.columns.by, width: 170, render: (_, e) => formatBy(e) },
    {
      key: 'action',
      title: t.columns.action,
      width: 260,
      render: (_, e) => <Typography.Text strong>{formatAction(e)}</Typography.Text>,
    },
    {
      key: 'changes',
      title: t.columns.changes,
      render: (_, e) => (
        <ul className={styles.changes}>
          {e.changes.map((c) => (
            <li key={c.field}>{formatChange(c, names)}</li>
          ))}
        </ul>
      ),
    },
  ]

  return (
    <Card title={systemText.sections.history}>
      <div data-testid="history-table" className={styles.table}>
        <Table<HistoryEntry>
          rowKey={(e) => String(e.id)}
          size="small"
          tableLayout="fixed"
          columns={columns}
          dataSource={entries ?? []}
          loading={entries === undefined}
          pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
          locale={{ emptyText: t.empty }}
        />
      </div>
    </Card>
  )
}

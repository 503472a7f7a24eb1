import { Alert, Descriptions, Flex, Modal, Table } from 'antd'
import { BACKUP_TABLES, type BackupCounts, type BackupTableName } from '../../db/backup'
import { backupText } from '../../i18n/backup'
import { viDateTime } from '../backups/vi-date-time'
import type { PendingRestore } from './useBackupActions'
import { formatCount } from '../../domain/number-format'

interface Props {
  pending: PendingRestore | null
  current: BackupCounts | undefined
  busy: boolean
  onConfirm(): void
  onCancel(): void
}

interface Row {
  table: BackupTableName
  inBackup: number
  current: number | undefined
}

const number = (n: number | undefined) => (n === undefined ? '…' : formatCount(n))

/** Asks before a restore: which backup, what it holds against what is there now, and what happens. */
export function RestoreConfirmModal({ pending, current, busy, onConfirm, onCancel }: Props) {
  const text = backupText.restore
  const rows: Row[] = pending
    ? BACKUP_TABLES.map((table) => ({
        table,
        inBackup: pending.doc.counts[table],
        current: current?.[table],
      }))
    : []
  return (
    <Modal
      open={pending !== null}
      title={text.confirmTitle}
      okText={text.ok}
      cancelText={text.cancel}
      okButtonProps={{ danger: true, loading: busy }}
      onOk={onConfirm}
      onCancel={onCancel}
      width={560}
      destroyOnHidden
    >
      {pending && (
        <Flex vertical gap={12}>
          <Descriptions
            size="small"
            column={1}
            items={[
              { key: 'file', label: text.file, children: pending.fileName },
              {
                key: 'createdAt',
                label: text.createdAt,
                children: viDateTime(pending.doc.createdAt),
              },
              ...(pending.doc.appVersion
                ? [{ key: 'appVersion', label: text.appVersion, children: pending.doc.appVersion }]
                : []),
            ]}
          />
          <Table<Row>
            data-testid="restore-counts"
            size="small"
            pagination={false}
            rowKey="table"
            dataSource={rows}
            columns={[
              { title: text.table, dataIndex: 'table', render: (t: BackupTableName) => backupText.counts[t] },
              { title: text.inBackup, dataIndex: 'inBackup', align: 'right', render: number },
              { title: text.current, dataIndex: 'current', align: 'right', render: number },
            ]}
          />
          <Alert type="warning" showIcon title={text.warning} />
        </Flex>
      )}
    </Modal>
  )
}

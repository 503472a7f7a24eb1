import { HistoryOutlined } from '@ant-design/icons'
import { Alert, App, Button, Card, Flex, InputNumber, Table, Typography } from 'antd'
import { useState } from 'react'
import { getApi } from '../../bridge'
import { AUTO_BACKUP_KEEP, clampKeep, type AutoBackupEntry } from '../../domain/auto-backup-policy'
import { reportError } from '../../errors/to-user-message'
import { backupText } from '../../i18n/backup'
import { useAutoBackupMemory } from '../../stores/backup-preferences'
import { formatBytes } from '../backups/storage'
import type { AutoBackupList } from '../backups/useAutoBackupList'
import { viDateTime } from '../backups/vi-date-time'

interface Props {
  list: AutoBackupList
  shell: 'electron' | 'browser'
  /** The entry being opened for restore, if any. */
  opening: string | null
  disabled: boolean
  onRestore(entry: AutoBackupEntry): void
}

const text = backupText.auto
const nowrap = () => ({ style: { whiteSpace: 'nowrap' as const } })

/** Settings → backups: how many automatic backups are kept, and each one with "Khôi phục". */
export function AutoBackupCard({ list, shell, opening, disabled, onRestore }: Props) {
  const { message, modal } = App.useApp()
  const keep = useAutoBackupMemory((s) => s.keep)
  const setKeep = useAutoBackupMemory((s) => s.setKeep)
  const failures = useAutoBackupMemory((s) => s.failures)
  const dismissFailures = useAutoBackupMemory((s) => s.dismissFailures)
  const [draft, setDraft] = useState<number>(keep)

  const saveKeep = async () => {
    const next = clampKeep(draft)
    const removing = Math.max(0, (list.entries?.length ?? 0) - next)
    if (removing > 0) {
      const ok = await modal.confirm({
        title: text.keepConfirm(removing),
        okText: text.keepConfirmOk,
        okButtonProps: { danger: true },
        cancelText: backupText.restore.cancel,
      })
      if (!ok) return
    }
    setKeep(next)
    try {
      const { removed } = await getApi().pruneAutoBackups({ keep: next })
      message.success(text.keepSaved(next, removed))
    } catch (error) {
      message.error(reportError(error))
    } finally {
      list.refresh()
    }
  }

  return (
    <Card title={text.title} size="small">
      <Flex vertical gap={12}>
        <Typography.Paragraph style={{ margin: 0 }}>{text.help(shell)}</Typography.Paragraph>
        <Flex gap={8} align="center" wrap>
          <label htmlFor="auto-backup-keep">{text.keepLabel}</label>
          <InputNumber
            id="auto-backup-keep"
            min={AUTO_BACKUP_KEEP.min}
            max={AUTO_BACKUP_KEEP.max}
            precision={0}
            value={draft}
            onChange={(v) => setDraft(v ?? keep)}
            suffix={text.keepSuffix}
            style={{ width: 170 }}
          />
          <Button disabled={draft === keep} onClick={() => void saveKeep()}>
            {text.keepSave}
          </Button>
        </Flex>
        {list.error && <Alert type="error" showIcon title={list.error} />}
        {failures.length > 0 && (
          <Alert
            data-testid="auto-backup-failures"
            type="error"
            showIcon
            title={text.failures.title}
            description={
              <Flex vertical gap={4}>
                <span>{text.failures.help}</span>
                <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                  {failures.map((f) => (
                    <li key={`${f.at}-${f.reason}`}>
                      {text.failures.item(viDateTime(f.at), text.reason[f.reason], f.message)}
                    </li>
                  ))}
                </ul>
              </Flex>
            }
            action={
              <Button size="small" onClick={dismissFailures}>
                {text.failures.dismiss}
              </Button>
            }
          />
        )}
        <Table<AutoBackupEntry>
          data-testid="auto-backups"
          size="small"
          rowKey="name"
          loading={list.entries === undefined}
          dataSource={list.entries ?? []}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          locale={{ emptyText: text.empty }}
          columns={[
            { title: text.columns.createdAt, dataIndex: 'createdAt', render: viDateTime, onCell: nowrap },
            {
              title: text.columns.reason,
              dataIndex: 'reason',
              render: (r: AutoBackupEntry['reason']) => text.reason[r],
              onCell: nowrap,
            },
            {
              title: text.columns.size,
              dataIndex: 'size',
              align: 'right',
              render: formatBytes,
              onCell: nowrap,
            },
            {
              title: text.columns.counts,
              key: 'counts',
              render: (_: unknown, e: AutoBackupEntry) =>
                e.counts ? (
                  text.counts(e.counts.systems, e.counts.units, e.counts.assessments)
                ) : (
                  <Typography.Text type="secondary">{text.noCounts}</Typography.Text>
                ),
            },
            {
              title: text.columns.action,
              key: 'action',
              align: 'right',
              render: (_: unknown, e: AutoBackupEntry) => (
                <Button
                  size="small"
                  icon={<HistoryOutlined />}
                  loading={opening === e.name}
                  disabled={disabled}
                  aria-label={`${text.restore} ${text.restoreLabel(viDateTime(e.createdAt))}`}
                  onClick={() => onRestore(e)}
                >
                  {text.restore}
                </Button>
              ),
            },
          ]}
        />
      </Flex>
    </Card>
  )
}

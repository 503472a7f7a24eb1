import { CloudDownloadOutlined, HistoryOutlined, SaveOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Descriptions, Flex, Typography } from 'antd'
import { BACKUP_TABLES, useStoreCounts } from '../../db/backup'
import { backupText } from '../../i18n/backup'
import { RestoreConfirmModal } from './RestoreConfirmModal'
import { useBackupActions } from './useBackupActions'
import { AutoBackupCard } from './AutoBackupCard'
import { StorageCard } from './StorageCard'
import { useAutoBackupList } from '../backups/useAutoBackupList'
import { formatCount } from '../../domain/number-format'

/** Settings → "Sao lưu và khôi phục": back the register up to a file, or replace it from one. */
export function BackupPanel() {
  const counts = useStoreCounts()
  const actions = useBackupActions()
  const autoBackups = useAutoBackupList()
  // The desktop's preload defines window.capdo; the browser build has none.
  const shell = window.capdo ? 'electron' : 'browser'

  return (
    <Flex vertical gap={16} style={{ maxWidth: 900 }}>
      {actions.safety && (
        <Alert
          type="info"
          showIcon
          title={backupText.safety.title}
          description={backupText.safety.help}
          action={
            <Button icon={<SaveOutlined />} onClick={() => void actions.saveSafety()}>
              {backupText.safety.button}
            </Button>
          }
        />
      )}
      <Card title={backupText.backup.title} size="small">
        <Flex vertical gap={12} align="start">
          <Typography.Paragraph style={{ margin: 0 }}>{backupText.backup.help}</Typography.Paragraph>
          <Descriptions
            data-testid="store-counts"
            size="small"
            bordered
            column={{ xs: 1, sm: 2 }}
            title={<Typography.Text strong>{backupText.currentData}</Typography.Text>}
            items={BACKUP_TABLES.map((t) => ({
              key: t,
              label: backupText.counts[t],
              children: (
                <span data-testid={`count-${t}`}>{counts ? formatCount(counts[t]) : '…'}</span>
              ),
            }))}
          />
          <Button
            type="primary"
            icon={<CloudDownloadOutlined />}
            loading={actions.busy === 'backup'}
            disabled={actions.busy !== null}
            onClick={() => void actions.backUp()}
          >
            {backupText.backup.button}
          </Button>
        </Flex>
      </Card>
      <Card title={backupText.restore.title} size="small">
        <Flex vertical gap={12} align="start">
          <Typography.Paragraph style={{ margin: 0 }}>{backupText.restore.help}</Typography.Paragraph>
          <Button
            icon={<HistoryOutlined />}
            loading={actions.busy === 'open'}
            disabled={actions.busy !== null}
            onClick={() => void actions.openFile()}
          >
            {backupText.restore.button}
          </Button>
        </Flex>
      </Card>
      <AutoBackupCard
        list={autoBackups}
        shell={shell}
        opening={actions.opening}
        disabled={actions.busy !== null}
        onRestore={(entry) => void actions.openAutoBackup(entry)}
      />
      <StorageCard />
      <RestoreConfirmModal
        pending={actions.pending}
        current={counts}
        busy={actions.busy === 'restore'}
        onConfirm={() => void actions.confirmRestore()}
        onCancel={actions.cancelRestore}
      />
    </Flex>
  )
}

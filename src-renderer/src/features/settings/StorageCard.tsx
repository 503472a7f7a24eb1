import { Card, Flex, Progress, Typography } from 'antd'
import { isDesktop } from '../../bridge'
import { backupText } from '../../i18n/backup'
import { useAutoBackupMemory } from '../../stores/backup-preferences'
import { formatBytes, isStorageLow, type StorageLike } from '../backups/storage'
import { useStorageUse } from '../backups/useStorageUse'

const text = backupText.storage

/** Settings → backups: storage used of the quota, and whether the browser keeps it for good. */
export function StorageCard({
  storage,
  desktop = isDesktop(),
}: {
  storage?: StorageLike
  desktop?: boolean
}) {
  const use = useStorageUse(storage)
  const persistence = useAutoBackupMemory((s) => s.persistence)
  return (
    <Card title={text.title} size="small">
      <Flex vertical gap={8}>
        {use === null && <Typography.Text type="secondary">{text.unknown}</Typography.Text>}
        {use && (
          <>
            <Typography.Text data-testid="storage-used">
              {text.used(formatBytes(use.usage), formatBytes(use.quota))}
            </Typography.Text>
            <Progress
              // The bar repeats the line above; screen readers need it named all the same (axe).
              aria-label={text.used(formatBytes(use.usage), formatBytes(use.quota))}
              percent={Math.min(100, (use.usage / use.quota) * 100)}
              showInfo={false}
              status={isStorageLow(use) ? 'exception' : 'normal'}
              size="small"
            />
          </>
        )}
        {desktop ? (
          <Typography.Text data-testid="storage-persistence">{text.desktop}</Typography.Text>
        ) : (
          persistence && (
            <Typography.Text
              data-testid="storage-persistence"
              type={persistence === 'granted' ? undefined : 'warning'}
            >
              {text.persistence[persistence]}
            </Typography.Text>
          )
        )}
      </Flex>
    </Card>
  )
}

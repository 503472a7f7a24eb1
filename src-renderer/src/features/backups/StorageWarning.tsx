import { Alert } from 'antd'
import { backupText } from '../../i18n/backup'
import { formatBytes, freeBytes, isStorageLow, type StorageLike } from './storage'
import { useStorageUse } from './useStorageUse'

/** The banner shown on every screen when the store is close to the quota, before writes fail. */
export function StorageWarning({ storage }: { storage?: StorageLike }) {
  const use = useStorageUse(storage)
  if (!use || !isStorageLow(use)) return null
  return (
    <Alert
      banner
      type="warning"
      showIcon
      data-testid="storage-warning"
      style={{ marginBottom: 16 }}
      title={backupText.storage.lowTitle}
      description={backupText.storage.low(
        formatBytes(freeBytes(use)),
        formatBytes(use.usage),
        formatBytes(use.quota),
      )}
    />
  )
}

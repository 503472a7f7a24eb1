import { App } from 'antd'
import { useCallback } from 'react'
import { getApi } from '../../../bridge'
import { useDb } from '../../../db/hooks'
import { readAttachment, type AttachmentInfo } from '../../../db/repos/attachments'
import { reportError } from '../../../errors/to-user-message'
import { attachmentsText as t } from '../../../i18n/attachments'

/**
 * Opens an attachment with the system viewer: its bytes are read here and handed to main (or to a
 * new browser tab), never a path.
 */
export function useOpenAttachment(): (file: Pick<AttachmentInfo, 'id' | 'name'>) => Promise<void> {
  const db = useDb()
  const { message } = App.useApp()
  return useCallback(
    async (file) => {
      try {
        const { name, type, data } = await readAttachment(db, file.id)
        const { opened } = await getApi().openAttachment({ name, type, data })
        if (!opened) message.warning(t.notOpened(name))
      } catch (error) {
        message.error(reportError(error))
      }
    },
    [db, message],
  )
}

import { PaperClipOutlined } from '@ant-design/icons'
import { Button, Flex } from 'antd'
import type { AttachmentInfo } from '../../../db/repos/attachments'
import { attachmentsText as t } from '../../../i18n/attachments'
import { useOpenAttachment } from './useOpenAttachment'

/** The files of one owner (an assessment's reports) as links that open them. */
export function AttachmentLinks({ files }: { files: readonly AttachmentInfo[] }) {
  const open = useOpenAttachment()
  if (files.length === 0) return <>{t.noReports}</>
  return (
    <Flex vertical align="start">
      {files.map((f) => (
        <Button
          key={f.id}
          type="link"
          size="small"
          icon={<PaperClipOutlined />}
          aria-label={t.openLabel(f.name)}
          onClick={() => void open(f)}
          style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }}
        >
          {f.name}
        </Button>
      ))}
    </Flex>
  )
}

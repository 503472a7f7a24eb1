import { FolderOpenOutlined } from '@ant-design/icons'
import { Button, Flex, Select, Typography } from 'antd'
import type { AttachmentInfo } from '../../../db/repos/attachments'
import { attachmentsText as t } from '../../../i18n/attachments'
import { useOpenAttachment } from './useOpenAttachment'

interface PartAttachmentSelectProps {
  /** The ticked part's `fileId`. */
  value: string | null | undefined
  /** The system's attachments (its assessments' included). */
  attachments: readonly AttachmentInfo[]
  onChange: (fileId: string | null) => void
  /** For the label: which part this links. */
  id: string
}

/** Links a ticked dossier part to the attachment that holds it (e.g. the scanned decision). */
export function PartAttachmentSelect({ value, attachments, onChange, id }: PartAttachmentSelectProps) {
  const open = useOpenAttachment()
  const linked = value ? attachments.find((a) => a.id === value) : undefined
  return (
    <Flex align="center" gap={8} wrap>
      <label htmlFor={id} style={{ whiteSpace: 'nowrap' }}>
        {t.link.label}
      </label>
      <Select
        id={id}
        size="small"
        allowClear
        style={{ minWidth: 200, flex: 1 }}
        placeholder={t.link.none}
        value={linked?.id ?? null}
        onChange={(next: string | undefined | null) => onChange(next ?? null)}
        options={attachments.map((a) => ({ value: a.id, label: a.name }))}
      />
      {linked && (
        <Button
          size="small"
          type="text"
          icon={<FolderOpenOutlined />}
          aria-label={t.openLabel(linked.name)}
          onClick={() => void open(linked)}
        />
      )}
      {value && !linked && <Typography.Text type="warning">{t.link.missing}</Typography.Text>}
    </Flex>
  )
}

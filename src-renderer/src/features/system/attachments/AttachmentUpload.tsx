import { InboxOutlined } from '@ant-design/icons'
import { App, Flex, Select, Upload } from 'antd'
import { useState } from 'react'
import { useDb } from '../../../db/hooks'
import { addAttachment } from '../../../db/repos/attachments'
import {
  ATTACHMENT_KINDS,
  attachmentMessages,
  MAX_ATTACHMENT_BYTES,
  type AttachmentKind,
} from '../../../domain/attachments'
import { formatViDate } from '../../../domain/calendar-date'
import { DomainError } from '../../../domain/errors'
import type { Assessment } from '../../../domain/types'
import { reportError } from '../../../errors/to-user-message'
import { attachmentsText as t } from '../../../i18n/attachments'

interface AttachmentUploadProps {
  systemId: string
  /** Newest first. */
  assessments: readonly Assessment[]
}

const SYSTEM = 'system'

/**
 * Where a new file goes (the system or one of its assessments), what it is, and the drop zone. The
 * zone takes any file, so a refused one is explained instead of silently filtered out by `accept`.
 */
export function AttachmentUpload({ systemId, assessments }: AttachmentUploadProps) {
  const db = useDb()
  const { message } = App.useApp()
  const [owner, setOwner] = useState<string>(SYSTEM)
  const [kind, setKind] = useState<AttachmentKind>('approval-decision')

  function chooseOwner(value: string) {
    setOwner(value)
    // An assessment's file is nearly always its report; a system's, its decision or opinion.
    setKind(value === SYSTEM ? 'approval-decision' : 'assessment-report')
  }

  async function attach(file: File) {
    const key = `attach-${file.name}`
    try {
      // Refused before the bytes are read: a 2 GB video must not be loaded to be turned down.
      if (file.size > MAX_ATTACHMENT_BYTES) {
        throw new DomainError('attachment_too_large', attachmentMessages.tooLarge(file.name))
      }
      message.loading({ key, content: t.adding(file.name) })
      const data = new Uint8Array(await file.arrayBuffer())
      await addAttachment(db, {
        owner: owner === SYSTEM ? { kind: 'system', id: systemId } : { kind: 'assessment', id: owner },
        name: file.name,
        data,
        kind,
        declaredType: file.type,
      })
      message.success({ key, content: t.added(file.name) })
    } catch (error) {
      message.error({ key, content: reportError(error), duration: 8 })
    }
  }

  return (
    <Flex vertical gap={12}>
      <Flex gap={12} wrap>
        <label style={{ display: 'flex', flexDirection: 'column', gap: 4, minWidth: 260, flex: 1 }}>
          {t.owner}
          <Select
            value={owner}
            onChange={chooseOwner}
            data-testid="attachment-owner"
            options={[
              { value: SYSTEM, label: t.ownerSystem },
              ...assessments.map((a) => ({ value: a.id, label: t.ownerAssessment(formatViDate(a.date)) })),
            ]}
          />
        </label>
        <label style={{ display: 'flex', flexDirection: 'column', gap: 4, minWidth: 220, flex: 1 }}>
          {t.kind}
          <Select
            value={kind}
            onChange={setKind}
            data-testid="attachment-kind"
            options={ATTACHMENT_KINDS.map((k) => ({ value: k, label: t.kinds[k] }))}
          />
        </label>
      </Flex>
      <div data-testid="attachment-drop">
        <Upload.Dragger
          multiple
          showUploadList={false}
          beforeUpload={(file) => {
            void attach(file)
            // Nothing is sent anywhere: the file is stored by the repo above.
            return false
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t.drop}</p>
          <p className="ant-upload-hint">{t.dropHint}</p>
        </Upload.Dragger>
      </div>
    </Flex>
  )
}

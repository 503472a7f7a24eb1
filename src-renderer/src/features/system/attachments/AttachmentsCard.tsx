/**
 * A system's attachments: its own files and its assessments' reports, each opened with the system
 * viewer or deleted (after a confirmation); new ones dropped or picked below the table.
 */
import { DeleteOutlined, FolderOpenOutlined, PaperClipOutlined } from '@ant-design/icons'
import {
  App,
  Button,
  Card,
  Flex,
  Popconfirm,
  Space,
  Table,
  Tooltip,
  Typography,
  type TableColumnsType,
} from 'antd'
import { useMemo } from 'react'
import { useDb } from '../../../db/hooks'
import { removeAttachment, type AttachmentInfo } from '../../../db/repos/attachments'
import { formatViDate, vietnamDate } from '../../../domain/calendar-date'
import type { Assessment } from '../../../domain/types'
import { reportError } from '../../../errors/to-user-message'
import { attachmentsText as t } from '../../../i18n/attachments'
import { formatBytes } from '../../backups/storage'
import { AttachmentUpload } from './AttachmentUpload'
import { useOpenAttachment } from './useOpenAttachment'

interface AttachmentsCardProps {
  systemId: string
  /** Newest first. */
  assessments: readonly Assessment[]
  attachments: readonly AttachmentInfo[]
}

export function AttachmentsCard({ systemId, assessments, attachments }: AttachmentsCardProps) {
  const db = useDb()
  const { message } = App.useApp()
  const open = useOpenAttachment()
  const assessmentDate = useMemo(() => new Map(assessments.map((a) => [a.id, a.date])), [assessments])

  async function remove(file: AttachmentInfo) {
    try {
      await removeAttachment(db, file.id)
      message.success(t.deleted(file.name))
    } catch (error) {
      message.error(reportError(error))
    }
  }

  const columns: TableColumnsType<AttachmentInfo> = [
    {
      key: 'name',
      title: t.columns.name,
      render: (_, f) => (
        <Button
          type="link"
          icon={<PaperClipOutlined />}
          onClick={() => void open(f)}
          aria-label={t.openLabel(f.name)}
          style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }}
        >
          {f.name}
        </Button>
      ),
    },
    { key: 'kind', title: t.columns.kind, width: 190, render: (_, f) => t.kinds[f.kind] },
    {
      key: 'owner',
      title: t.columns.owner,
      width: 230,
      render: (_, f) =>
        f.ownerKind === 'system'
          ? t.ownerSystem
          : t.ownerAssessment(formatViDate(assessmentDate.get(f.ownerId))),
    },
    { key: 'size', title: t.columns.size, width: 110, align: 'right', render: (_, f) => formatBytes(f.size) },
    {
      key: 'addedAt',
      title: t.columns.addedAt,
      width: 130,
      render: (_, f) => formatViDate(vietnamDate(new Date(f.addedAt))),
    },
    {
      key: 'actions',
      title: t.columns.actions,
      width: 90,
      render: (_, f) => (
        <Space size={4}>
          <Tooltip title={t.open}>
            <Button
              type="text"
              size="small"
              icon={<FolderOpenOutlined />}
              aria-label={t.openLabel(f.name)}
              onClick={() => void open(f)}
            />
          </Tooltip>
          <Popconfirm
            title={t.deleteConfirm(f.name)}
            okText={t.delete}
            okButtonProps={{ danger: true }}
            cancelText={t.cancel}
            onConfirm={() => remove(f)}
          >
            <Button
              type="text"
              size="small"
              danger
              icon={<DeleteOutlined />}
              aria-label={t.deleteLabel(f.name)}
            />
          </Popconfirm>
        </Space>
      ),
    },
  ]

  return (
    <Card title={t.title} data-testid="attachments-card">
      <Flex vertical gap={16}>
        <Typography.Text type="secondary">{t.intro}</Typography.Text>
        <div data-testid="attachments-table">
          <Table<AttachmentInfo>
            rowKey="id"
            size="small"
            tableLayout="fixed"
            columns={columns}
            dataSource={[...attachments]}
            pagination={false}
            locale={{ emptyText: t.empty }}
          />
        </div>
        <AttachmentUpload systemId={systemId} assessments={assessments} />
      </Flex>
    </Card>
  )
}

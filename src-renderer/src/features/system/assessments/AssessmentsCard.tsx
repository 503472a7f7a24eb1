import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons'
import { App, Button, Card, Popconfirm, Space, Table, Tooltip, type TableColumnsType } from 'antd'
import { useMemo, useState } from 'react'
import { useDb } from '../../../db/hooks'
import { deleteAssessment } from '../../../db/repos/assessments'
import type { AttachmentInfo } from '../../../db/repos/attachments'
import { formatViDate, type IsoDate } from '../../../domain/calendar-date'
import type { Evaluation } from '../../../domain/evaluate'
import type { RuleSet } from '../../../domain/rule-set'
import type { Assessment, SystemRecord } from '../../../domain/types'
import { ASSESSMENT_KIND_LABEL } from '../../../domain/vocabulary'
import { reportError } from '../../../errors/to-user-message'
import { attachmentsText } from '../../../i18n/attachments'
import { systemText } from '../../../i18n/system'
import { AttachmentLinks } from '../attachments/AttachmentLinks'
import { AssessmentModal } from './AssessmentModal'
import { NextAssessmentDue } from './NextAssessmentDue'

const t = systemText.assessments

interface AssessmentsCardProps {
  system: SystemRecord
  /** Newest first. */
  assessments: readonly Assessment[]
  evaluation: Evaluation
  ruleSet: RuleSet
  asOf: IsoDate
  /** The system's attachments: each assessment lists its own reports. */
  attachments?: readonly AttachmentInfo[]
}

/** A system's inspections and assessments, with the next due date they lead to. */
export function AssessmentsCard({
  system,
  assessments,
  evaluation,
  ruleSet,
  asOf,
  attachments = [],
}: AssessmentsCardProps) {
  const db = useDb()
  const { message } = App.useApp()
  // null: closed; 'new': recording one; an assessment: correcting it.
  const [editing, setEditing] = useState<Assessment | 'new' | null>(null)
  const reports = useMemo(() => {
    const byOwner = new Map<string, AttachmentInfo[]>()
    for (const f of attachments)
      if (f.ownerKind === 'assessment') byOwner.set(f.ownerId, [...(byOwner.get(f.ownerId) ?? []), f])
    return byOwner
  }, [attachments])

  async function remove(assessment: Assessment) {
    try {
      await deleteAssessment(db, assessment.id)
      message.success(t.deleted)
    } catch (error) {
      message.error(reportError(error))
    }
  }

  const columns: TableColumnsType<Assessment> = [
    {
      key: 'date',
      title: t.columns.date,
      dataIndex: 'date',
      width: 120,
      render: (d: string) => formatViDate(d),
    },
    { key: 'kind', title: t.columns.kind, width: 150, render: (_, a) => ASSESSMENT_KIND_LABEL[a.kind] },
    { key: 'assessor', title: t.columns.assessor, dataIndex: 'assessor' },
    { key: 'result', title: t.columns.result, dataIndex: 'result', width: 200 },
    { key: 'findings', title: t.columns.findings, dataIndex: 'findings' },
    {
      key: 'reports',
      title: attachmentsText.reports,
      width: 200,
      render: (_, a) => <AttachmentLinks files={reports.get(a.id) ?? []} />,
    },
    {
      key: 'actions',
      title: t.columns.actions,
      width: 90,
      render: (_, a) => (
        <Space size={4}>
          <Tooltip title={t.edit}>
            <Button
              type="text"
              size="small"
              icon={<EditOutlined />}
              aria-label={t.edit}
              onClick={() => setEditing(a)}
            />
          </Tooltip>
          <Popconfirm
            title={t.deleteConfirm(formatViDate(a.date))}
            okText={t.delete}
            okButtonProps={{ danger: true }}
            cancelText={systemText.dossier.cancel}
            onConfirm={() => remove(a)}
          >
            <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label={t.delete} />
          </Popconfirm>
        </Space>
      ),
    },
  ]

  return (
    <Card
      title={systemText.sections.assessments}
      extra={
        <Button icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          {t.add}
        </Button>
      }
    >
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <NextAssessmentDue evaluation={evaluation} level={system.level} ruleSet={ruleSet} asOf={asOf} />
        <div data-testid="assessments-table">
          <Table<Assessment>
            rowKey="id"
            size="small"
            tableLayout="fixed"
            columns={columns}
            dataSource={[...assessments]}
            pagination={false}
            locale={{ emptyText: t.empty }}
          />
        </div>
      </Space>
      {editing !== null && (
        <AssessmentModal
          systemId={system.id}
          level={system.level}
          assessment={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </Card>
  )
}

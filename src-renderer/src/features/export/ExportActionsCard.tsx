import { DownloadOutlined } from '@ant-design/icons'
import { Card, Space, Typography } from 'antd'
import { ReasonButton } from '../../components/ui/ReasonButton'
import { exportText as t } from '../../i18n/export'
import { ExportStatus } from './ExportStatus'
import type { ExportKind } from './export-options'
import { exportReason } from './export-reason'
import type { ProgressStore } from './export-progress'
import type { SavedExport } from './useReportExport'

interface ExportActionsCardProps {
  fileName: string
  registerSummary: string | null
  canExport: boolean
  progressStore: ProgressStore
  running: ExportKind | null
  saved: SavedExport | null
  onExport(): void
}

/** The suggested file, what goes into it, and the export button with its progress. */
export function ExportActionsCard(props: ExportActionsCardProps) {
  const { progressStore, running, saved } = props
  return (
    <Card title={t.fileCard}>
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        {props.registerSummary && <Typography.Text>{props.registerSummary}</Typography.Text>}
        <div>
          <Typography.Text type="secondary">{t.fileName}: </Typography.Text>
          <Typography.Text code data-testid="export-file-name">
            {props.fileName}
          </Typography.Text>
        </div>
        <ReasonButton
          type="primary"
          size="large"
          icon={<DownloadOutlined />}
          disabled={running !== null}
          reason={exportReason('report', { running, needsSheets: !props.canExport })}
          loading={running === 'report'}
          onClick={props.onExport}
        >
          {t.exportButton}
        </ReasonButton>
        <ExportStatus kind="report" progressStore={progressStore} saved={saved} />
      </Space>
    </Card>
  )
}

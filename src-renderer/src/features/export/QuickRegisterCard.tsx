import { FileExcelOutlined } from '@ant-design/icons'
import { Card, Space, Typography } from 'antd'
import { ReasonButton } from '../../components/ui/ReasonButton'
import { exportText as t } from '../../i18n/export'
import { ExportStatus } from './ExportStatus'
import type { ExportKind } from './export-options'
import { exportReason } from './export-reason'
import type { ProgressStore } from './export-progress'
import type { SavedExport } from './useReportExport'

interface QuickRegisterCardProps {
  fileName: string
  progressStore: ProgressStore
  running: ExportKind | null
  saved: SavedExport | null
  onExport(): void
}

/** The register sheet alone: the file a unit sends upward, or edits in Excel and imports again. */
export function QuickRegisterCard(props: QuickRegisterCardProps) {
  const { fileName, progressStore, running, saved, onExport } = props
  return (
    <Card title={t.quickTitle} data-testid="export-register-only">
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t.quickHint}</Typography.Text>
        <Typography.Text code>{fileName}</Typography.Text>
        <ReasonButton
          icon={<FileExcelOutlined />}
          disabled={running !== null}
          reason={exportReason('register', { running })}
          loading={running === 'register'}
          onClick={onExport}
        >
          {t.quickButton}
        </ReasonButton>
        <ExportStatus kind="register" progressStore={progressStore} saved={saved} />
      </Space>
    </Card>
  )
}

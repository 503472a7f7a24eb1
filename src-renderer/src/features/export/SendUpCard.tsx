import { CloudUploadOutlined } from '@ant-design/icons'
import { Card, Space, Typography } from 'antd'
import { Link } from 'react-router'
import { ReasonButton } from '../../components/ui/ReasonButton'
import { exchangeText as t } from '../../i18n/exchange'
import { PATHS } from '../../paths'
import { ExportStatus } from './ExportStatus'
import type { ExportKind } from './export-options'
import { exportReason } from './export-reason'
import type { ProgressStore } from './export-progress'
import type { SavedExport } from './useReportExport'

interface SendUpCardProps {
  officeName: string | undefined
  fileName: string
  canExport: boolean
  progressStore: ProgressStore
  running: ExportKind | null
  saved: SavedExport | null
  onExport(): void
}

/** "Gửi lên": the report workbook with the exchange sheet, for the level above to merge. */
export function SendUpCard(props: SendUpCardProps) {
  const { officeName, fileName, progressStore, running, saved, onExport } = props
  return (
    <Card title={t.sendTitle} data-testid="export-send-up">
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t.sendHint}</Typography.Text>
        <div>
          <Typography.Text type="secondary">{t.office}: </Typography.Text>
          <Typography.Text strong data-testid="send-up-office">
            {officeName ?? '…'}
          </Typography.Text>{' '}
          <Link
            to={PATHS.settingsTab('exchange')}
            data-testid="send-up-edit-office"
            style={{ whiteSpace: 'nowrap' }}
          >
            {t.editOffice}
          </Link>
        </div>
        <Typography.Text code data-testid="send-up-file-name">
          {fileName}
        </Typography.Text>
        <ReasonButton
          icon={<CloudUploadOutlined />}
          disabled={running !== null}
          reason={exportReason('exchange', {
            running,
            needsSheets: !props.canExport,
            officeLoading: officeName === undefined,
          })}
          loading={running === 'exchange'}
          onClick={onExport}
        >
          {t.sendButton}
        </ReasonButton>
        <ExportStatus kind="exchange" progressStore={progressStore} saved={saved} />
      </Space>
    </Card>
  )
}

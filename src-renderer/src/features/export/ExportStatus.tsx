import { Alert, Progress, Typography } from 'antd'
import { exportText } from '../../i18n/export'
import type { ExportKind } from './export-options'
import { useKindProgress, type ProgressStore } from './export-progress'
import type { SavedExport } from './useReportExport'

interface ExportStatusProps {
  kind: ExportKind
  progressStore: ProgressStore
  saved: SavedExport | null
}

/** Under an export button: the progress bar while it runs, then the file it saved. */
export function ExportStatus({ kind, progressStore, saved }: ExportStatusProps) {
  const progress = useKindProgress(progressStore, kind)
  if (progress) {
    return (
      <div data-testid="export-progress">
        <Typography.Text type="secondary">{exportText.phase[progress.phase]}</Typography.Text>
        <Progress percent={progress.percent} status="active" />
      </div>
    )
  }
  if (saved?.kind === kind) {
    return (
      <Alert type="success" showIcon title={exportText.saved(saved.fileName)} data-testid="export-saved" />
    )
  }
  return null
}

import { Button, Descriptions, Result, Space } from 'antd'
import { useHref } from 'react-router'
import { importText } from '../../i18n/import'
import { PATHS } from '../../paths'
import type { ImportOutcome } from './useImportSession'
import { formatCount } from '../../domain/number-format'

const t = importText.result
const n = (count: number): string => formatCount(count)

/** Step 3: what was written, and where to look at it. */
export function ResultStep({
  fileName,
  outcome,
  onAgain,
}: {
  fileName: string
  outcome: ImportOutcome
  onAgain(): void
}) {
  const registerHref = useHref(PATHS.register)
  const dashboardHref = useHref(PATHS.dashboard)
  const { imported, errorRows } = outcome
  const systemsChanged = imported.added.length + imported.updated.length > 0
  // Units created or given a block are a change too, though no system moved.
  const unitsChanged = imported.unitsCreated.length + imported.blocksAssigned > 0
  const changed = systemsChanged || unitsChanged
  const counts: [key: string, label: string, count: number][] = [
    ['added', t.added, imported.added.length],
    ['updated', t.updated, imported.updated.length],
    ['unchanged', t.unchanged, imported.unchanged],
    ['units', t.unitsCreated, imported.unitsCreated.length],
    ['blocks', t.blocksAssigned, imported.blocksAssigned],
    ['assessments', t.assessments, imported.assessmentsAdded],
    ['errors', t.errorRows, errorRows],
  ]
  if (imported.skipped.length > 0) counts.push(['skipped', t.skipped, imported.skipped.length])
  const items = counts.map(([key, label, count]) => ({
    key,
    label,
    children: <span data-testid={`result-${key}`}>{n(count)}</span>,
  }))
  return (
    <Result
      data-testid="import-result"
      status={changed ? 'success' : 'info'}
      title={changed ? t.title(fileName) : t.noChangeTitle(fileName)}
      subTitle={systemsChanged ? t.subtitle : unitsChanged ? t.unitsOnlySubtitle : t.noChangeSubtitle}
      extra={
        <Space wrap>
          <Button type="primary" href={registerHref}>
            {t.toRegister}
          </Button>
          <Button href={dashboardHref}>{t.toDashboard}</Button>
          <Button onClick={onAgain}>{t.again}</Button>
        </Space>
      }
    >
      <Descriptions
        data-testid="import-result-counts"
        bordered
        size="small"
        column={{ xs: 1, sm: 2, lg: 3 }}
        items={items}
      />
    </Result>
  )
}

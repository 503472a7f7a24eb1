import { Col, Row } from 'antd'
import { StatTile, type TileTone } from '../../components/ui/StatTile'
import { importText } from '../../i18n/import'

interface PlanCountsProps {
  add: number
  update: number
  unchanged: number
  errorRows: number
  errors: number
  blocked: number
}

const t = importText.counts

/** What the import would do, in five numbers. */
export function PlanCounts({ add, update, unchanged, errorRows, errors, blocked }: PlanCountsProps) {
  const tiles: { title: string; value: number; hint: string; tone: TileTone }[] = [
    { title: t.add, value: add, hint: t.addHint, tone: 'good' },
    { title: t.update, value: update, hint: t.updateHint, tone: 'warning' },
    { title: t.unchanged, value: unchanged, hint: t.unchangedHint, tone: 'neutral' },
    {
      title: t.errorRows,
      value: errorRows,
      hint: errors > 0 ? t.errorRowsHint(errors) : t.noErrorsHint,
      tone: errorRows > 0 ? 'danger' : 'neutral',
    },
  ]
  if (blocked > 0) tiles.push({ title: t.blocked, value: blocked, hint: t.blockedHint, tone: 'danger' })
  return (
    <Row gutter={[16, 16]} data-testid="import-counts">
      {tiles.map((tile) => (
        <Col key={tile.title} flex="1 1 200px">
          <StatTile title={tile.title} value={tile.value} hint={tile.hint} tone={tile.tone} />
        </Col>
      ))}
    </Row>
  )
}

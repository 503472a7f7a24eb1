import { Col, Row } from 'antd'
import { Link } from 'react-router'
import { approvalRate, deploymentRate, rate, type Counters } from '../../domain/aggregate'
import { vi } from '../../i18n/vi'
import { StatTile, type TileTone } from '../../components/ui/StatTile'
import { formatPercent } from './format'
import { COUNTER_FILTER, registerLink } from './links'

interface DashboardTilesProps {
  totals: Counters
  unitCount: number
  dueSoonDays: number
}

interface Tile {
  counter: keyof Counters
  title: string
  hint: string
  tone: TileTone
}

/** The eight counters of docs/domain.md §4; each opens the register filtered to what it counts. */
export function DashboardTiles({ totals, unitCount, dueSoonDays }: DashboardTilesProps) {
  const t = vi.dashboard
  const share = (n: number) => t.ofSystems(formatPercent(rate(n, totals.systems)))
  const tiles: Tile[] = [
    { counter: 'systems', title: t.systems, hint: t.unitCount(unitCount), tone: 'neutral' },
    {
      counter: 'approved',
      title: t.approved,
      hint: t.ofSystems(formatPercent(approvalRate(totals))),
      tone: 'good',
    },
    {
      counter: 'approvalOverdue',
      title: t.approvalOverdue,
      hint: share(totals.approvalOverdue),
      tone: 'danger',
    },
    {
      counter: 'deployed',
      title: t.deployed,
      hint: t.ofSystems(formatPercent(deploymentRate(totals))),
      tone: 'good',
    },
    {
      counter: 'deploymentOverdue',
      title: t.deploymentOverdue,
      hint: share(totals.deploymentOverdue),
      tone: 'danger',
    },
    {
      counter: 'assessmentOverdue',
      title: t.assessmentOverdue,
      hint: share(totals.assessmentOverdue),
      tone: 'danger',
    },
    {
      counter: 'assessmentDueSoon',
      title: t.assessmentDueSoon,
      hint: t.withinDays(dueSoonDays),
      tone: 'warning',
    },
    { counter: 'missingLevel', title: t.missingLevel, hint: share(totals.missingLevel), tone: 'warning' },
  ]
  return (
    <Row gutter={[16, 16]}>
      {tiles.map((tile) => (
        <Col key={tile.counter} xs={24} sm={12} xl={6}>
          {/* Named by what it shows, in reading order (title, number, hint): no aria-label that
              would differ from the visible text (WCAG 2.5.3, axe label-content-name-mismatch).
              data-counter lets the benchmark find the tiles. */}
          <Link to={registerLink(COUNTER_FILTER[tile.counter])} data-counter={tile.counter}>
            <StatTile title={tile.title} value={totals[tile.counter]} hint={tile.hint} tone={tile.tone} />
          </Link>
        </Col>
      ))}
    </Row>
  )
}

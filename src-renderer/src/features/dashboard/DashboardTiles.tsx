import { Col, Row } from 'antd'
import { approvalRate, deploymentRate, rate, type Counters } from '../../domain/aggregate'
import { vi } from '../../i18n/vi'
import { StatTile } from '../../components/ui/StatTile'
import { formatPercent } from './format'

interface DashboardTilesProps {
  totals: Counters
  unitCount: number
  dueSoonDays: number
}

export function DashboardTiles({ totals, unitCount, dueSoonDays }: DashboardTilesProps) {
  const t = vi.dashboard
  const share = (n: number) => t.ofSystems(formatPercent(rate(n, totals.systems)))
  const tiles = [
    {
      title: t.systems,
      value: totals.systems,
      hint: `${unitCount.toLocaleString('vi-VN')} ${t.units.toLowerCase()}`,
    },
    {
      title: t.approved,
      value: totals.approved,
      hint: t.ofSystems(formatPercent(approvalRate(totals))),
      tone: 'good' as const,
    },
    {
      title: t.approvalOverdue,
      value: totals.approvalOverdue,
      hint: share(totals.approvalOverdue),
      tone: 'danger' as const,
    },
    {
      title: t.deployed,
      value: totals.deployed,
      hint: t.ofSystems(formatPercent(deploymentRate(totals))),
      tone: 'good' as const,
    },
    {
      title: t.deploymentOverdue,
      value: totals.deploymentOverdue,
      hint: share(totals.deploymentOverdue),
      tone: 'danger' as const,
    },
    {
      title: t.assessmentOverdue,
      value: totals.assessmentOverdue,
      hint: share(totals.assessmentOverdue),
      tone: 'danger' as const,
    },
    {
      title: t.assessmentDueSoon,
      value: totals.assessmentDueSoon,
      hint: t.withinDays(dueSoonDays),
      tone: 'warning' as const,
    },
    {
      title: t.missingLevel,
      value: totals.missingLevel,
      hint: share(totals.missingLevel),
      tone: 'warning' as const,
    },
  ]
  return (
    <Row gutter={[16, 16]}>
      {tiles.map((tile) => (
        <Col key={tile.title} xs={24} sm={12} lg={6}>
          <StatTile title={tile.title} value={tile.value} hint={tile.hint} tone={tile.tone} />
        </Col>
      ))}
    </Row>
  )
}

import { Space, Spin, Typography } from 'antd'
import { useMemo } from 'react'
import { LEVEL_KEYS } from '../../domain/aggregate'
import { compareVi } from '../../domain/text'
import { LEVEL_LABEL } from '../../domain/vocabulary'
import { useActiveRuleSet, useRegister, useUnits } from '../../db/hooks'
import { vi } from '../../i18n/vi'
import { useAsOf } from '../../stores/as-of'
import { CountersTable, type CountersRow } from './CountersTable'
import { DashboardTiles } from './DashboardTiles'
import { EmptyRegister } from './EmptyRegister'

export function DashboardPage() {
  const asOf = useAsOf((s) => s.asOf)
  const register = useRegister(asOf)
  const units = useUnits()
  const ruleSet = useActiveRuleSet()

  const levelRows: CountersRow[] = useMemo(
    () =>
      register
        ? LEVEL_KEYS.map((k) => ({
            key: k,
            label: LEVEL_LABEL(k === 'unknown' ? null : Number(k)),
            counters: register.aggregates.byLevel[k],
          }))
        : [],
    [register],
  )
  const blockRows: CountersRow[] = useMemo(
    () =>
      register
        ? [...register.aggregates.byBlock.entries()]
            .sort(([a], [b]) => compareVi(a, b))
            .map(([block, counters]) => ({ key: block, label: block, counters }))
        : [],
    [register],
  )

  if (!register || !units || !ruleSet) {
    return <Spin size="large" />
  }
  if (register.rows.length === 0) {
    return <EmptyRegister />
  }
  return (
    <Space direction="vertical" size={20} style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {vi.dashboard.title}
      </Typography.Title>
      <DashboardTiles
        totals={register.aggregates.totals}
        unitCount={units.length}
        dueSoonDays={ruleSet.dueSoonDays}
      />
      <CountersTable testId="by-level" title={vi.dashboard.byLevel} firstColumn="Cấp độ" rows={levelRows} />
      <CountersTable testId="by-block" title={vi.dashboard.byBlock} firstColumn="Khối" rows={blockRows} />
    </Space>
  )
}

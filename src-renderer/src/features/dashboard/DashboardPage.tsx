import { Col, Row, Space, Spin, Typography } from 'antd'
import { useMemo } from 'react'
import { addCounters, emptyCounters, LEVEL_KEYS } from '../../domain/aggregate'
import { compareVi } from '../../domain/text'
import { assessmentsDueByMonth, todoItems } from '../../domain/todo'
import { LEVEL_LABEL } from '../../domain/vocabulary'
import { useActiveRuleSet, useRegister, useUnits } from '../../db/hooks'
import { vi } from '../../i18n/vi'
import { useAsOf } from '../../stores/as-of'
import { ApprovalChart } from './ApprovalChart'
import { BelowCriteriaNotice } from './BelowCriteriaNotice'
import { CountersTable, type CountersRow } from './CountersTable'
import { DashboardTiles } from './DashboardTiles'
import { DueByMonthChart } from './DueByMonthChart'
import { EmptyRegister } from './EmptyRegister'
import { TodoList } from './TodoList'

const t = vi.dashboard

export function DashboardPage() {
  const asOf = useAsOf((s) => s.asOf)
  const register = useRegister(asOf)
  const units = useUnits()
  const ruleSet = useActiveRuleSet()

  // Derived once per data change (or change of day), not per render.
  const derived = useMemo(() => {
    if (!register) return null
    const levelRows: CountersRow[] = LEVEL_KEYS.map((k) => ({
      key: k,
      label: LEVEL_LABEL(k === 'unknown' ? null : Number(k)),
      counters: register.aggregates.byLevel[k],
    }))
    const blockRows: CountersRow[] = [...register.aggregates.byBlock.entries()]
      .sort(([a], [b]) => compareVi(a, b))
      .map(([block, counters]) => ({ key: block, label: block, counters }))
    return {
      levelRows,
      blockRows,
      todo: todoItems(register.rows),
      dueByMonth: assessmentsDueByMonth(register.rows, register.asOf),
    }
  }, [register])

  if (!register || !units || !ruleSet || !derived) {
    return <Spin size="large" />
  }
  if (register.rows.length === 0) {
    return <EmptyRegister />
  }
  const total = (rows: CountersRow[]): CountersRow => ({
    key: 'total',
    label: t.total,
    counters: rows.reduce((sum, r) => addCounters(sum, r.counters), emptyCounters()),
  })
  return (
    <Space direction="vertical" size={20} style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t.title}
      </Typography.Title>
      <DashboardTiles
        totals={register.aggregates.totals}
        unitCount={units.length}
        dueSoonDays={ruleSet.dueSoonDays}
      />
      <BelowCriteriaNotice />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <ApprovalChart
            testId="approval-by-level"
            labelWidth={110}
            title={t.approvalByLevel}
            rows={derived.levelRows}
            filterOf={(r) => ({ levels: [r.key as (typeof LEVEL_KEYS)[number]] })}
          />
        </Col>
        <Col xs={24} xl={12}>
          <DueByMonthChart buckets={derived.dueByMonth} />
        </Col>
        <Col xs={24} xl={10}>
          <TodoList items={derived.todo} asOf={register.asOf} />
        </Col>
        <Col xs={24} xl={14}>
          <ApprovalChart
            testId="approval-by-block"
            labelWidth={280}
            title={t.approvalByBlock}
            rows={derived.blockRows}
            filterOf={(r) => ({ blocks: [r.key] })}
          />
        </Col>
      </Row>
      <CountersTable
        testId="by-level"
        title={t.byLevel}
        firstColumn={t.level}
        rows={derived.levelRows}
        summary={total(derived.levelRows)}
      />
      <CountersTable
        testId="by-block"
        title={t.byBlock}
        firstColumn={t.block}
        rows={derived.blockRows}
        summary={total(derived.blockRows)}
      />
    </Space>
  )
}

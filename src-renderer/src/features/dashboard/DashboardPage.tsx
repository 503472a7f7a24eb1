import { Col, Row, Space, Spin, Typography } from 'antd'
import { useMemo, useRef } from 'react'
import { addCounters, emptyCounters, LEVEL_KEYS } from '../../domain/aggregate'
import { constructionTransitionOf } from '../../domain/law/regime'
import { compareVi } from '../../domain/text'
import { assessmentsDueByMonth } from '../../domain/todo'
import { LEVEL_LABEL } from '../../domain/vocabulary'
import { todoItemsReusing, useActiveRuleSet, useRegister, useUnits } from '../../db/hooks'
import { vi } from '../../i18n/vi'
import { useAsOf } from '../../stores/as-of'
import { ApprovalChart } from './ApprovalChart'
import { approvalData, sameIfEqual, type ApprovalDatum } from './chart-data'
import { BelowCriteriaNotice } from './BelowCriteriaNotice'
import { CountersTable, type CountersRow } from './CountersTable'
import { DashboardTiles } from './DashboardTiles'
import { DueByMonthChart } from './DueByMonthChart'
import { EmptyRegister } from './EmptyRegister'
import { TodoList } from './TodoList'
import { OpenRoundsCard } from './OpenRoundsCard'
import { ReportDeadlineCard } from './ReportDeadlineCard'
import { TransitionCard } from './TransitionCard'

const t = vi.dashboard

// The register filter each chart's bars open.
const levelFilter = (r: CountersRow) => ({ levels: [r.key as (typeof LEVEL_KEYS)[number]] })
const blockFilter = (r: CountersRow) => ({ blocks: [r.key] })

interface Derived {
  levelRows: CountersRow[]
  blockRows: CountersRow[]
  levelChart: ApprovalDatum[]
  blockChart: ApprovalDatum[]
  todo: ReturnType<typeof todoItemsReusing>
  dueByMonth: ReturnType<typeof assessmentsDueByMonth>
}

export function DashboardPage() {
  const asOf = useAsOf((s) => s.asOf)
  const register = useRegister(asOf)
  const units = useUnits()
  const ruleSet = useActiveRuleSet()

  // The figures of the last render, reused where an edit left them unchanged (one edited system
  // moves one or two bars; the other charts need not redraw).
  const last = useRef<Derived | null>(null)
  // Derived once per data change (or change of day), not per render.
  const derived = useMemo((): Derived | null => {
    if (!register) return null
    const levelRows: CountersRow[] = LEVEL_KEYS.map((k) => ({
      key: k,
      label: LEVEL_LABEL(k === 'unknown' ? null : Number(k)),
      counters: register.aggregates.byLevel[k],
    }))
    const blockRows: CountersRow[] = [...register.aggregates.byBlock.entries()]
      .sort(([a], [b]) => compareVi(a, b))
      .map(([block, counters]) => ({ key: block, label: block, counters }))
    const previous = last.current
    last.current = {
      levelRows: sameIfEqual(levelRows, previous?.levelRows),
      blockRows: sameIfEqual(blockRows, previous?.blockRows),
      // Compared on what the charts draw, not on the rows: other counters may move under the same bars.
      levelChart: sameIfEqual(approvalData(levelRows, levelFilter), previous?.levelChart),
      blockChart: sameIfEqual(approvalData(blockRows, blockFilter), previous?.blockChart),
      // Lists only the systems changed since the last list (register-memo.ts).
      todo: todoItemsReusing(register.rows),
      dueByMonth: sameIfEqual(assessmentsDueByMonth(register.rows, register.asOf), previous?.dueByMonth),
    }
    return last.current
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
      <OpenRoundsCard />
      <ReportDeadlineCard ruleSet={ruleSet} asOf={register.asOf} />
      <TransitionCard
        rows={register.rows}
        rule={constructionTransitionOf(ruleSet)}
        asOf={register.asOf}
        dueSoonDays={ruleSet.dueSoonDays}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <ApprovalChart
            testId="approval-by-level"
            labelWidth={110}
            title={t.approvalByLevel}
            data={derived.levelChart}
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
            data={derived.blockChart}
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

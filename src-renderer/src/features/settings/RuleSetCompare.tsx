import { SwapOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Flex, Form, Select, Table, Typography } from 'antd'
import { useMemo, useState } from 'react'
import { findShippedRuleSet, type RuleSet } from '../../domain/rule-set'
import { diffRuleSets, type RuleSetDiffRow } from '../../domain/rule-set-diff'
import { settingsText } from '../../i18n/settings'

interface RuleSetCompareProps {
  ruleSets: readonly RuleSet[]
  active: RuleSet
}

/**
 * What to compare first: a copy against the set it was copied from; a shipped set against the
 * other shipped one, the older regime on the left so the table reads as what changed.
 */
function firstPair(ruleSets: readonly RuleSet[], active: RuleSet): [string, string] {
  if (active.basedOn) return [active.basedOn, active.id]
  const shipped = ruleSets.filter((r) => findShippedRuleSet(r.id)).map((r) => r.id)
  const other = shipped.find((id) => id !== active.id)
  if (!other) return [active.id, active.id]
  return shipped.indexOf(active.id) < shipped.indexOf(other) ? [active.id, other] : [other, active.id]
}

function ValueCell({ value, citation }: { value: string; citation: string | null }) {
  return (
    <>
      <div>{value}</div>
      {citation && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {settingsText.ruleSet.compare.citation}: {citation}
        </Typography.Text>
      )}
    </>
  )
}

/** "So sánh hai bộ quy tắc": every value on which two sets differ, each with the article it rests on. */
export function RuleSetCompare({ ruleSets, active }: RuleSetCompareProps) {
  const t = settingsText.ruleSet.compare
  const [pair, setPair] = useState(() => firstPair(ruleSets, active))
  const byId = (id: string) => ruleSets.find((r) => r.id === id) ?? active
  const [left, right] = [byId(pair[0]), byId(pair[1])]
  const rows = useMemo(() => diffRuleSets(left, right), [left, right])
  const options = ruleSets.map((r) => ({ value: r.id, label: r.name }))

  return (
    <Card title={t.title} size="small" data-testid="rule-set-compare">
      <Typography.Paragraph type="secondary">{t.intro}</Typography.Paragraph>
      <Form layout="vertical">
        <Flex gap={8} align="end" wrap>
          <Form.Item label={t.left} htmlFor="compare-left" style={{ flex: '1 1 320px', marginBottom: 16 }}>
            <Select
              id="compare-left"
              value={left.id}
              options={options}
              onChange={(id: string) => setPair([id, pair[1]])}
            />
          </Form.Item>
          <Button
            icon={<SwapOutlined />}
            aria-label={t.swap}
            title={t.swap}
            style={{ marginBottom: 16 }}
            onClick={() => setPair([pair[1], pair[0]])}
          />
          <Form.Item label={t.right} htmlFor="compare-right" style={{ flex: '1 1 320px', marginBottom: 16 }}>
            <Select
              id="compare-right"
              value={right.id}
              options={options}
              onChange={(id: string) => setPair([pair[0], id])}
            />
          </Form.Item>
        </Flex>
      </Form>
      {left.id === right.id ? (
        <Alert type="info" showIcon title={t.sameSet} />
      ) : rows.length === 0 ? (
        <Alert type="success" showIcon title={t.same} data-testid="rule-set-compare-same" />
      ) : (
        <>
          <Typography.Text strong data-testid="rule-set-compare-count">
            {t.count(rows.length)}
          </Typography.Text>
          <Table<RuleSetDiffRow>
            size="small"
            rowKey="key"
            pagination={false}
            style={{ marginTop: 8 }}
            dataSource={rows}
            columns={[
              { title: t.item, dataIndex: 'label', width: '26%' },
              {
                title: left.name,
                key: 'left',
                width: '37%',
                render: (_, row) => <ValueCell value={row.left} citation={row.citations.left} />,
              },
              {
                title: right.name,
                key: 'right',
                width: '37%',
                render: (_, row) => <ValueCell value={row.right} citation={row.citations.right} />,
              },
            ]}
          />
        </>
      )}
    </Card>
  )
}

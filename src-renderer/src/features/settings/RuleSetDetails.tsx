import { Descriptions, Table } from 'antd'
import type { DescriptionsProps } from 'antd'
import { formatViDate } from '../../domain/calendar-date'
import { findShippedRuleSet, type RuleSet, type TimeLimit } from '../../domain/rule-set'
import { reportScheduleText } from '../../domain/rule-set-text'
import { LEVELS, type Level } from '../../domain/types'
import { settingsText } from '../../i18n/settings'

interface RuleSetDetailsProps {
  ruleSet: RuleSet
  /** The editable numbers are in the editor below: do not show them twice. */
  editable: boolean
}

function limitText(limit: TimeLimit | null): string | null {
  return limit ? settingsText.ruleSet.authorities.limit(limit.days, limit.workingDays) : null
}

/** Who appraises and approves at each level, and the legal time limits (rule-set data, DOMAIN.md §3). */
export function AuthoritiesTable({ ruleSet }: { ruleSet: RuleSet }) {
  const t = settingsText.ruleSet.authorities
  const rows = LEVELS.map((level: Level) => ({ key: level, level, ...ruleSet.authorities[level] }))
  return (
    <Table
      size="small"
      pagination={false}
      dataSource={rows}
      columns={[
        { title: t.level, dataIndex: 'level', width: 80, align: 'center' },
        { title: t.appraiser, dataIndex: 'appraiser' },
        { title: t.approver, dataIndex: 'approver' },
        {
          title: t.limits,
          key: 'limits',
          width: 230,
          render: (_, row) =>
            [
              limitText(row.appraisalLimit) && t.appraisalLimit(limitText(row.appraisalLimit) ?? ''),
              limitText(row.approvalLimit) && t.approvalLimit(limitText(row.approvalLimit) ?? ''),
            ]
              .filter(Boolean)
              .map((line) => <div key={String(line)}>{line}</div>),
        },
      ]}
    />
  )
}

/** What a rule set says, read-only: its legal basis, its numbers, who decides at each level. */
export function RuleSetDetails({ ruleSet, editable }: RuleSetDetailsProps) {
  const t = settingsText.ruleSet.details
  const base = ruleSet.basedOn ? (findShippedRuleSet(ruleSet.basedOn)?.name ?? ruleSet.basedOn) : null
  const items: DescriptionsProps['items'] = [
    { key: 'name', label: t.name, children: ruleSet.name },
    {
      key: 'kind',
      label: t.kind,
      children: base ? t.customKind(base, ruleSet.version) : t.shippedKind,
    },
    {
      key: 'legal',
      label: t.legalBasis,
      children: (
        <ul style={{ margin: 0, paddingInlineStart: 18 }} data-testid="legal-basis">
          {ruleSet.legalBasis.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ),
    },
  ]
  if (!editable) {
    items.push(
      {
        key: 'cadence',
        label: t.cadence,
        children: LEVELS.map((l) => t.cadenceLevel(l, ruleSet.cadenceMonths[l])).join(' · '),
      },
      { key: 'approval', label: t.approvalDeadline, children: formatViDate(ruleSet.approvalDeadline) },
      { key: 'deployment', label: t.deploymentDeadline, children: formatViDate(ruleSet.deploymentDeadline) },
      { key: 'dueSoon', label: t.dueSoon, children: t.dueSoonValue(ruleSet.dueSoonDays) },
    )
  }
  items.push({ key: 'report', label: t.report, children: reportScheduleText(ruleSet.report) })
  if (ruleSet.transitionDeadline) {
    items.push({ key: 'transition', label: t.transition, children: formatViDate(ruleSet.transitionDeadline) })
  }
  items.push({
    key: 'budget',
    label: t.budget,
    children: t.budgetValue(Math.round(ruleSet.securityBudgetShareMin * 100)),
  })

  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      items={items}
      styles={{ label: { width: 300 } }}
      data-testid="rule-set-details"
    />
  )
}

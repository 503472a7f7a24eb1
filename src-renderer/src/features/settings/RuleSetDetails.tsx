import { Descriptions, Table, Typography } from 'antd'
import type { DescriptionsProps } from 'antd'
import type { ReactNode } from 'react'
import { formatViDate } from '../../domain/calendar-date'
import { constructionTransitionOf, intakeReplyLimitOf, regimeOf } from '../../domain/law/regime'
import { findShippedRuleSet, type RuleSet, type TimeLimit } from '../../domain/rule-set'
import { ruleCitation, type RuleTopic } from '../../domain/rule-set-citations'
import {
  cadenceIsProvincial,
  constructionTransitionText,
  limitText as limitWords,
  PROVINCIAL_CADENCE_NOTE,
  reportScheduleText,
} from '../../domain/rule-set-text'
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

/** Who appraises and approves at each level, and the legal time limits (rule-set data, docs/domain.md §3). */
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
        {
          title: t.appraiser,
          key: 'appraiser',
          render: (_, row) => (
            <>
              <div>{row.appraiser}</div>
              {(row.appraiserExceptions ?? []).length > 0 && (
                <div data-testid={`appraiser-exceptions-${row.level}`}>
                  <Typography.Text type="secondary">{t.exceptions}</Typography.Text>
                  <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                    {(row.appraiserExceptions ?? []).map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                </div>
              )}
            </>
          ),
        },
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

/** A value with the article it rests on underneath, in small print. */
function cited(value: ReactNode, citation: string | null): ReactNode {
  return (
    <>
      <div>{value}</div>
      {citation && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {settingsText.ruleSet.details.citation(citation)}
        </Typography.Text>
      )}
    </>
  )
}

/** What a rule set says, read-only: its legal basis, its numbers, who decides at each level. */
export function RuleSetDetails({ ruleSet, editable }: RuleSetDetailsProps) {
  const t = settingsText.ruleSet.details
  const regime = regimeOf(ruleSet)
  const cite = (topic: RuleTopic) => ruleCitation(regime, topic)
  const intake = intakeReplyLimitOf(ruleSet)
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
        children: (
          <div data-testid="rule-set-cadence">
            {cited(
              LEVELS.map((l) => t.cadenceLevel(l, ruleSet.cadenceMonths[l])).join(' · '),
              cite('cadence'),
            )}
            {cadenceIsProvincial(regime) && (
              <Typography.Text type="warning">{t.cadenceProvincial(PROVINCIAL_CADENCE_NOTE)}</Typography.Text>
            )}
          </div>
        ),
      },
      { key: 'approval', label: t.approvalDeadline, children: formatViDate(ruleSet.approvalDeadline) },
      { key: 'deployment', label: t.deploymentDeadline, children: formatViDate(ruleSet.deploymentDeadline) },
      { key: 'dueSoon', label: t.dueSoon, children: t.dueSoonValue(ruleSet.dueSoonDays) },
    )
  }
  items.push({ key: 'report', label: t.report, children: reportScheduleText(ruleSet.report) })
  if (intake) {
    items.push({
      key: 'intake',
      label: t.intake,
      children: cited(t.intakeValue(limitWords(intake)), cite('intakeLimit')),
    })
  }
  if (ruleSet.transitionDeadline) {
    items.push({
      key: 'transition',
      label: t.transition,
      children: cited(formatViDate(ruleSet.transitionDeadline), cite('transitionDeadline')),
    })
  }
  const construction = constructionTransitionOf(ruleSet)
  if (construction) {
    items.push({
      key: 'construction',
      label: t.construction,
      children: cited(constructionTransitionText(construction), cite('constructionTransition')),
    })
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

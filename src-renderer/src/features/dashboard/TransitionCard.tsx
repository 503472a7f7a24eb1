import { Card, Flex, Space, Tag, Typography } from 'antd'
import { dayNumber, formatViDate, type IsoDate } from '../../domain/calendar-date'
import { constructionSummary, CONSTRUCTION_TRANSITION_QUOTE, deadlineNearness } from '../../domain/law/transition'
import type { ConstructionTransition } from '../../domain/rule-set'
import type { EvaluatedSystem } from '../../domain/register'
import { lawText } from '../../i18n/law'
import { LinkButton } from '../register/LinkButton'
import { registerLink } from './links'

interface TransitionCardProps {
  rows: readonly EvaluatedSystem[]
  rule: ConstructionTransition | null
  asOf: IsoDate
  /** The active rule set's due-soon window, the one the reminders and the register use. */
  dueSoonDays: number
}

const t = lawText.construction

const NEARNESS_COLOR = { overdue: 'error', soon: 'warning', later: 'default' } as const

/**
 * Decree 331 Điều 39 khoản 1 on the dashboard: how many systems still being built on 01/7/2026
 * are not yet approved (deadline 01/01/2027) or not yet meeting the new measures (01/7/2027), each
 * with its countdown and a link to the register filtered to them.
 */
export function TransitionCard({ rows, rule, asOf, dueSoonDays }: TransitionCardProps) {
  if (!rule) return null
  const sum = constructionSummary(rows.map((r) => r.evaluation))
  const left = (deadline: IsoDate) => dayNumber(deadline) - dayNumber(asOf)
  const line = (
    testId: string,
    text: string,
    deadline: IsoDate,
    overdue: number,
    flag: 'approval' | 'measures',
    count: number,
  ) => (
    <Flex gap={8} align="center" wrap data-testid={testId}>
      <Typography.Text strong={count > 0}>{text}</Typography.Text>
      <Tag color={NEARNESS_COLOR[deadlineNearness(deadline, asOf, dueSoonDays)]}>
        {t.daysLeft(left(deadline))}
      </Tag>
      {overdue > 0 && <Tag color="error">{t.overdue(overdue)}</Tag>}
      {count > 0 && (
        <LinkButton size="small" to={registerLink({ construction: [flag] })}>
          {t.open}
        </LinkButton>
      )}
    </Flex>
  )
  return (
    <Card size="small" title={t.title} data-testid="transition-card">
      <Space orientation="vertical" size={6} style={{ width: '100%' }}>
        {sum.covered === 0 ? (
          <Typography.Text type="secondary">{t.none}</Typography.Text>
        ) : (
          <>
            {line(
              'transition-approval',
              t.approval(sum.approvalAtRisk, formatViDate(rule.approveBy)),
              rule.approveBy,
              sum.approvalOverdue,
              'approval',
              sum.approvalAtRisk,
            )}
            {line(
              'transition-measures',
              t.measures(sum.measuresAtRisk, formatViDate(rule.meetBy)),
              rule.meetBy,
              sum.measuresOverdue,
              'measures',
              sum.measuresAtRisk,
            )}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t.covered(sum.covered)} {t.measuresEvidence}
            </Typography.Text>
          </>
        )}
        <Typography.Text type="secondary" style={{ fontSize: 12 }} title={CONSTRUCTION_TRANSITION_QUOTE.text}>
          {lawText.deadlines.citation(t.citation)}
        </Typography.Text>
      </Space>
    </Card>
  )
}

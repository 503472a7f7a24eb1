import { Card, Flex, Space, Tag, Typography } from 'antd'
import { formatViDate, type IsoDate } from '../../domain/calendar-date'
import { nextReportDeadlines, type ReportDeadline } from '../../domain/report-deadlines'
import type { RuleSet } from '../../domain/rule-set'
import { reportDeadlineText as t } from '../../i18n/report-deadlines'
import { PATHS } from '../../paths'
import { LinkButton } from '../register/LinkButton'

/** One deadline's sentence: what is due, by when, and the article it comes from. */
export function reportDeadlineLine(d: ReportDeadline): string {
  const strict = d.kind !== 'quarterly'
  return `${t.countdown(d, t.what(d))} — ${t.due(strict, formatViDate(d.named), formatViDate(d.lastDay))} (${t.citation[d.kind]}).`
}

interface ReportDeadlineCardProps {
  ruleSet: Pick<RuleSet, 'report' | 'name' | 'dueSoonDays'>
  asOf: IsoDate
}

/** The dashboard's countdown to the next report deadlines of the active rule set. */
export function ReportDeadlineCard({ ruleSet, asOf }: ReportDeadlineCardProps) {
  const deadlines = nextReportDeadlines(ruleSet, asOf)
  return (
    <Card
      size="small"
      title={t.title}
      data-testid="report-deadline-card"
      extra={
        <LinkButton size="small" to={PATHS.export}>
          {t.export}
        </LinkButton>
      }
    >
      <Space orientation="vertical" size={6} style={{ width: '100%' }}>
        {deadlines.map((d) => (
          <Flex key={`${d.kind}-${d.named}`} gap={8} align="start" data-testid={`report-deadline-${d.kind}`}>
            <Tag
              color={d.daysLeft <= ruleSet.dueSoonDays ? (d.daysLeft <= 7 ? 'error' : 'warning') : 'default'}
            >
              {t.daysTag(d.daysLeft)}
            </Tag>
            <Typography.Text strong={d.daysLeft <= ruleSet.dueSoonDays}>
              {reportDeadlineLine(d)}
            </Typography.Text>
          </Flex>
        ))}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t.note}
        </Typography.Text>
      </Space>
    </Card>
  )
}

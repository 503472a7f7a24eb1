/**
 * Who appraises and approves at the system's level, the legal time limits (working days under
 * Decree 331) with their due dates counted from the submission, and the Decree 331 transition
 * deadline for a system approved under Decree 85. Working days are counted by the holiday
 * calendar of Settings.
 */
import { Descriptions, Tag, Typography } from 'antd'
import type { ReactNode } from 'react'
import { formatViDate, type IsoDate } from '../../../domain/calendar-date'
import { useHolidayCalendar } from '../../../db/hooks'
import { dossierDeadlines, timeLimitLabel } from '../../../domain/law/dossier-deadlines'
import { constructionTransitionOf, regimeOf } from '../../../domain/law/regime'
import {
  constructionStatus,
  CONSTRUCTION_TRANSITION_QUOTE,
  transitionRulesOf,
  transitionStatus,
  type ConstructionStep,
} from '../../../domain/law/transition'
import { ruleCitation } from '../../../domain/rule-set-citations'
import type { RuleSet, TimeLimit } from '../../../domain/rule-set'
import type { SystemRecord } from '../../../domain/types'
import { lawText } from '../../../i18n/law'
import { systemText } from '../../../i18n/system'

const t = systemText.dossier

const STEP_COLOR: Record<ConstructionStep['state'], string> = {
  done: 'success',
  late: 'warning',
  pending: 'processing',
  overdue: 'error',
}
const d = lawText.deadlines

interface DossierDeadlinesProps {
  system: SystemRecord
  ruleSet: RuleSet
  lastAssessedOn: IsoDate | null
  asOf: IsoDate
}

function limitText(
  limit: TimeLimit,
  due: IsoDate | null,
  testId: string,
  citation: string | null,
  note?: string,
): ReactNode {
  return (
    <span data-testid={testId}>
      {timeLimitLabel(limit)}
      {due && (
        <>
          {' — '}
          <Typography.Text strong>{d.dueOn(formatViDate(due))}</Typography.Text>
          {note && <Typography.Text type="secondary"> ({note})</Typography.Text>}
        </>
      )}
      {citation && (
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
          {d.citation(citation)}
        </Typography.Text>
      )}
    </span>
  )
}

export function DossierDeadlines({ system, ruleSet, lastAssessedOn, asOf }: DossierDeadlinesProps) {
  // The calendar of Settings (built-in days with the officer's changes); no due date until it is read.
  const holidays = useHolidayCalendar()
  const deadlines = holidays ? dossierDeadlines(system, ruleSet, holidays.calendar) : null
  const transition = transitionStatus(system, lastAssessedOn, asOf, transitionRulesOf(ruleSet))
  const regime = regimeOf(ruleSet)
  const cite = (topic: 'appraiser' | 'approver' | 'appraisalLimit' | 'approvalLimit' | 'intakeLimit') =>
    deadlines ? ruleCitation(regime, topic, deadlines.level) : null
  const items: { key: string; label: string; children: ReactNode }[] = deadlines
    ? [
        {
          key: 'appraiser',
          label: t.appraiser,
          children: (
            <span data-testid="appraiser">
              {deadlines.appraiser}
              {deadlines.appraiserExceptions.length > 0 && (
                <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }} data-testid="appraiser-exceptions">
                  {deadlines.appraiserExceptions.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              )}
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                {d.citation(cite('appraiser') ?? '')}
              </Typography.Text>
            </span>
          ),
        },
        { key: 'approver', label: t.approver, children: deadlines.approver },
        ...(deadlines.intakeLimit
          ? [
              {
                key: 'intake-limit',
                label: d.intake,
                children: limitText(
                  deadlines.intakeLimit,
                  deadlines.intakeDue,
                  'intake-due',
                  cite('intakeLimit'),
                ),
              },
            ]
          : []),
        // Levels 1–2 have no legal time limit: no row rather than a row saying so.
        ...(deadlines.appraisalLimit
          ? [
              {
                key: 'appraisal-limit',
                label: d.appraisal,
                children: limitText(
                  deadlines.appraisalLimit,
                  deadlines.appraisalDue,
                  'appraisal-due',
                  cite('appraisalLimit'),
                  deadlines.appraisalCarried ? d.carried : undefined,
                ),
              },
            ]
          : []),
        ...(deadlines.approvalLimit
          ? [
              {
                key: 'approval-limit',
                label: d.approval,
                children: limitText(
                  deadlines.approvalLimit,
                  deadlines.approvalDue,
                  'approval-due',
                  cite('approvalLimit'),
                  deadlines.approvalProjected ? d.projected : undefined,
                ),
              },
            ]
          : []),
      ]
    : []
  if (transition.deadline) {
    items.push({
      key: 'transition',
      label: d.transition,
      children: (
        <span data-testid="transition-deadline">
          {d.transitionDue(formatViDate(transition.deadline))}{' '}
          {transition.state === 'overdue' && <Tag color="error">{lawText.deadlines.transitionOverdue}</Tag>}
        </span>
      ),
    })
  }
  // Decree 331 Điều 39 khoản 1: a system still being built on 01/7/2026 shows both its deadlines.
  const build = constructionStatus(
    system,
    lastAssessedOn,
    asOf,
    constructionTransitionOf(ruleSet),
    ruleSet.dueSoonDays,
  )
  if (build) {
    const c = lawText.construction
    const stepText = (testId: string, s: ConstructionStep) => (
      <span data-testid={testId}>
        {d.dueOn(formatViDate(s.deadline))} <Tag color={STEP_COLOR[s.state]}>{c.state[s.state]}</Tag>
        <Typography.Text
          type="secondary"
          style={{ display: 'block', fontSize: 12 }}
          title={CONSTRUCTION_TRANSITION_QUOTE.text}
        >
          {d.citation(CONSTRUCTION_TRANSITION_QUOTE.citation)}
        </Typography.Text>
      </span>
    )
    items.push(
      {
        key: 'build-approval',
        label: c.systemApproval,
        children: stepText('build-approval', build.approval),
      },
      {
        key: 'build-measures',
        label: c.systemMeasures,
        children: stepText('build-measures', build.measures),
      },
    )
  }
  if (items.length === 0) return null
  const needsSubmission =
    deadlines !== null &&
    system.submittedOn === null &&
    (deadlines.intakeLimit || deadlines.appraisalLimit || deadlines.approvalLimit)
  return (
    <div data-testid="dossier-deadlines">
      <Descriptions size="small" column={1} items={items} />
      {needsSubmission && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {d.notSubmitted}
        </Typography.Text>
      )}
      {deadlines && !deadlines.calendarCovered && (
        <Typography.Text type="warning" style={{ fontSize: 12 }}>
          {d.calendarNotCovered}
        </Typography.Text>
      )}
    </div>
  )
}

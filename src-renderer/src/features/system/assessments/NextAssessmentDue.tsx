import { Flex, Tag, Typography } from 'antd'
import type { IsoDate } from '../../../domain/calendar-date'
import type { AssessmentStatus, Evaluation } from '../../../domain/evaluate'
import type { RuleSet } from '../../../domain/rule-set'
import type { Level } from '../../../domain/types'
import { ASSESSMENT_STATUS_LABEL } from '../../../domain/vocabulary'
import { systemText } from '../../../i18n/system'
import { nextDueText } from './due-text'

const STATUS_COLOR: Record<AssessmentStatus, string> = {
  ok: 'success',
  due_soon: 'warning',
  overdue: 'error',
  not_applicable: 'default',
}

interface NextAssessmentDueProps {
  evaluation: Evaluation
  level: Level | null
  ruleSet: RuleSet
  asOf: IsoDate
}

/** The next due date and its status, computed live from the latest assessment and the rule set. */
export function NextAssessmentDue({ evaluation, level, ruleSet, asOf }: NextAssessmentDueProps) {
  return (
    <div>
      <Flex gap={8} align="center" wrap>
        <Typography.Text strong data-testid="next-assessment-due">
          {nextDueText(evaluation.nextAssessmentDue, level, asOf)}
        </Typography.Text>
        {evaluation.assessment !== 'not_applicable' && (
          <Tag color={STATUS_COLOR[evaluation.assessment]}>
            {ASSESSMENT_STATUS_LABEL[evaluation.assessment]}
          </Tag>
        )}
      </Flex>
      {level !== null && (
        <Typography.Text type="secondary">
          {systemText.assessments.cadence(level, ruleSet.cadenceMonths[level], ruleSet.name)}
        </Typography.Text>
      )}
    </div>
  )
}

import { Flex, Tag, Typography } from 'antd'
import type { IsoDate } from '../../../domain/calendar-date'
import type { AssessmentStatus, Evaluation } from '../../../domain/evaluate'
import { regimeOf } from '../../../domain/law/regime'
import type { RuleSet } from '../../../domain/rule-set'
import { cadenceIsProvincial, PROVINCIAL_CADENCE_NOTE } from '../../../domain/rule-set-text'
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

/**
 * The next due date and its status, computed live from the latest assessment and the rule set.
 * Under Decree 331 the interval is the province's setting, and the line says so.
 */
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
        <Typography.Text type="secondary" data-testid="assessment-cadence">
          {cadenceIsProvincial(regimeOf(ruleSet))
            ? systemText.assessments.cadenceProvincial(
                level,
                ruleSet.cadenceMonths[level],
                PROVINCIAL_CADENCE_NOTE,
              )
            : systemText.assessments.cadence(level, ruleSet.cadenceMonths[level], ruleSet.name)}
        </Typography.Text>
      )}
    </div>
  )
}

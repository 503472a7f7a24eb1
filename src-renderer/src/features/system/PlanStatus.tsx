import { Flex, Tag, Typography } from 'antd'
import { formatViDate } from '../../domain/calendar-date'
import type { DeploymentStatus, Evaluation } from '../../domain/evaluate'
import { DEPLOYMENT_STATUS_LABEL } from '../../domain/vocabulary'
import { systemText } from '../../i18n/system'

const COLOR: Record<DeploymentStatus, string> = {
  deployed: 'success',
  pending: 'processing',
  overdue: 'error',
}

/** Where the saved protection plan stands against its deployment deadline. */
export function PlanStatus({ evaluation }: { evaluation: Evaluation }) {
  return (
    <Flex gap={8} align="center" data-testid="deployment-status">
      {evaluation.deployment !== 'deployed' && (
        <Typography.Text type="secondary">
          {systemText.plan.deploymentDue(formatViDate(evaluation.deploymentDue))}
        </Typography.Text>
      )}
      <Tag color={COLOR[evaluation.deployment]}>{DEPLOYMENT_STATUS_LABEL[evaluation.deployment]}</Tag>
    </Flex>
  )
}

import { Button, Card, Descriptions, Divider, Flex, Space, Tag, Typography } from 'antd'
import { useState } from 'react'
import { formatViDate, type IsoDate } from '../../../domain/calendar-date'
import type { ApprovalStatus, Evaluation } from '../../../domain/evaluate'
import type { RuleSet } from '../../../domain/rule-set'
import type { SystemRecord } from '../../../domain/types'
import { APPROVAL_STATUS_LABEL, DOSSIER_ACTION_LABEL, DOSSIER_STATE_LABEL } from '../../../domain/vocabulary'
import { allowedActions, type DossierAction } from '../../../domain/workflow'
import { systemText } from '../../../i18n/system'
import { ApprovalDecision } from './ApprovalDecision'
import { DossierActionModal } from './DossierActionModal'
import { DossierDeadlines } from './DossierDeadlines'
import { DossierSteps } from './DossierSteps'

const t = systemText.dossier

const APPROVAL_COLOR: Record<ApprovalStatus, string> = {
  approved: 'success',
  pending: 'processing',
  overdue: 'error',
}

/** Steps that move the dossier back rather than forward are shown as secondary buttons. */
const BACKWARD: readonly DossierAction[] = ['return_for_revision', 'start_revision']

interface DossierPanelProps {
  system: SystemRecord
  evaluation: Evaluation
  /** The active rule set: who appraises and approves at the system's level. */
  ruleSet: RuleSet
  /** Every rule set known, to name the one an approval was made under. */
  ruleSets: readonly RuleSet[]
  asOf: IsoDate
  formDirty: boolean
  /** The latest assessment: a re-assessment under Decree 331 ends the transition. */
  lastAssessedOn?: IsoDate | null
}

/**
 * The level-proposal dossier: its state as steps, the approval deadline and its status, who
 * decides at this level, the approval decision once there is one, and only the next steps the
 * workflow allows, each through its own small dialog.
 */
export function DossierPanel({
  system,
  evaluation,
  ruleSet,
  ruleSets,
  asOf,
  formDirty,
  lastAssessedOn = null,
}: DossierPanelProps) {
  const [action, setAction] = useState<DossierAction | null>(null)
  const actions = allowedActions(system)
  const showDecision =
    system.decisionNo !== '' && (system.dossierState === 'approved' || system.dossierState === 'revising')

  return (
    <Card title={systemText.sections.dossier}>
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Descriptions
          size="small"
          column={1}
          items={[
            {
              key: 'state',
              label: t.state,
              children: <Tag data-testid="dossier-state">{DOSSIER_STATE_LABEL[system.dossierState]}</Tag>,
            },
            {
              key: 'due',
              label: t.approvalDueLabel,
              children: (
                <Flex gap={8} align="center" wrap data-testid="approval-deadline">
                  <Typography.Text>{formatViDate(evaluation.approvalDue)}</Typography.Text>
                  <Tag color={APPROVAL_COLOR[evaluation.approval]}>
                    {APPROVAL_STATUS_LABEL[evaluation.approval]}
                  </Tag>
                </Flex>
              ),
            },
          ]}
        />
        <DossierSteps system={system} />
        <DossierDeadlines system={system} ruleSet={ruleSet} lastAssessedOn={lastAssessedOn} asOf={asOf} />
        {showDecision && <ApprovalDecision system={system} ruleSets={ruleSets} />}
      </Space>
      <Divider titlePlacement="start" plain>
        {t.nextSteps}
      </Divider>
      <Flex gap={8} wrap data-testid="dossier-actions">
        {actions.length === 0 && <Typography.Text type="secondary">{t.noNextStep}</Typography.Text>}
        {actions.map((a) => (
          <Button key={a} type={BACKWARD.includes(a) ? 'default' : 'primary'} onClick={() => setAction(a)}>
            {DOSSIER_ACTION_LABEL[a]}
          </Button>
        ))}
      </Flex>
      {action && (
        <DossierActionModal
          action={action}
          system={system}
          ruleSet={ruleSet}
          formDirty={formDirty}
          onClose={() => setAction(null)}
        />
      )}
    </Card>
  )
}

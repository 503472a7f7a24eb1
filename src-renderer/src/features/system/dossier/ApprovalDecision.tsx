import { Descriptions } from 'antd'
import { formatViDate } from '../../../domain/calendar-date'
import type { RuleSet } from '../../../domain/rule-set'
import type { SystemRecord } from '../../../domain/types'
import { systemText } from '../../../i18n/system'
import styles from './ApprovalDecision.module.css'

const t = systemText.dossier

/** The approval decision (số, ngày, cơ quan) of an approved dossier, or the previous one while revising. */
export function ApprovalDecision({
  system,
  ruleSets,
}: {
  system: SystemRecord
  ruleSets: readonly RuleSet[]
}) {
  const ruleSetName =
    ruleSets.find((r) => r.id === system.approvalRuleSetId)?.name ?? system.approvalRuleSetId
  const items = [
    { key: 'no', label: t.decisionNo, children: system.decisionNo },
    { key: 'date', label: t.decisionDate, children: formatViDate(system.approvedOn) },
    { key: 'issuer', label: t.issuer, children: system.approvalIssuer },
    ...(ruleSetName ? [{ key: 'rules', label: t.ruleSet, children: ruleSetName }] : []),
  ]
  return (
    <div data-testid="approval-decision" className={styles.decision}>
      <Descriptions
        size="small"
        column={1}
        title={system.dossierState === 'approved' ? t.decisionTitle : t.previousDecisionTitle}
        items={items}
      />
    </div>
  )
}

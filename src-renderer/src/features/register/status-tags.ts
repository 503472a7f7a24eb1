/**
 * The colour of each status tag in the register: red for overdue, orange for what is still
 * pending or due soon, green for what is done, grey where nothing applies yet. Labels are the
 * legal vocabulary of domain/vocabulary.ts.
 */
import type { ApprovalStatus, AssessmentStatus, DeploymentStatus } from '../../domain/evaluate'
import {
  APPROVAL_STATUS_LABEL,
  ASSESSMENT_STATUS_LABEL,
  DEPLOYMENT_STATUS_LABEL,
} from '../../domain/vocabulary'
import { lawText } from '../../i18n/law'

/** antd preset tag colours. */
export type TagColor = 'red' | 'orange' | 'green' | 'default'

export interface StatusTagSpec {
  color: TagColor
  label: string
}

const APPROVAL_COLOR: Record<ApprovalStatus, TagColor> = {
  approved: 'green',
  pending: 'orange',
  overdue: 'red',
}

const DEPLOYMENT_COLOR: Record<DeploymentStatus, TagColor> = {
  deployed: 'green',
  pending: 'orange',
  overdue: 'red',
}

const ASSESSMENT_COLOR: Record<AssessmentStatus, TagColor> = {
  ok: 'green',
  due_soon: 'orange',
  overdue: 'red',
  not_applicable: 'default',
}

export function approvalTag(status: ApprovalStatus): StatusTagSpec {
  return { color: APPROVAL_COLOR[status], label: APPROVAL_STATUS_LABEL[status] }
}

export function deploymentTag(status: DeploymentStatus): StatusTagSpec {
  return { color: DEPLOYMENT_COLOR[status], label: DEPLOYMENT_STATUS_LABEL[status] }
}

export function assessmentTag(status: AssessmentStatus): StatusTagSpec {
  return { color: ASSESSMENT_COLOR[status], label: ASSESSMENT_STATUS_LABEL[status] }
}

/** The proposed level is below what the saved level-wizard answers call for. */
export function belowCriteriaTag(): StatusTagSpec {
  return { color: 'orange', label: lawText.flag.shortTag }
}

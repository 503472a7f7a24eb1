/**
 * The Vietnamese words of the law for each state (docs/domain.md §3, Mẫu 08 of Decree 331). These are
 * legal vocabulary, shared by the UI, the exports and the CLI, so they live with the rules.
 */
import type { ApprovalStatus, AssessmentStatus, DeploymentStatus } from './evaluate'
import type { DossierAction } from './workflow'
import type {
  AssessmentKind,
  DeploymentState,
  DossierState,
  InformationType,
  SystemType,
} from './types'

export const DOSSIER_STATE_LABEL: Record<DossierState, string> = {
  not_started: 'Chưa xây dựng hồ sơ',
  drafting: 'Đang xây dựng',
  submitted: 'Đã trình thẩm định',
  appraised: 'Đã có ý kiến thẩm định',
  approved: 'Đã phê duyệt',
  revising: 'Đang xác định lại cấp độ',
}

/** Mẫu 08's wording of the approval status (a dossier not started has none). */
export const DOSSIER_STATE_MAU08: Record<DossierState, string> = {
  not_started: '',
  drafting: 'Đang dự thảo',
  submitted: 'Đã gửi thẩm định',
  appraised: 'Đã thẩm định',
  approved: 'Đã được phê duyệt',
  revising: 'Đang dự thảo',
}

export const DEPLOYMENT_STATE_LABEL: Record<DeploymentState, string> = {
  none: 'Chưa triển khai',
  partial: 'Đã triển khai một số hạng mục',
  full: 'Đã triển khai đầy đủ',
}

export const ASSESSMENT_KIND_LABEL: Record<AssessmentKind, string> = {
  pre_operation: 'Trước khi đưa vào sử dụng',
  periodic: 'Định kỳ',
  ad_hoc: 'Đột xuất',
  unknown: 'Chưa rõ hình thức',
}

export const SYSTEM_TYPE_LABEL: Record<SystemType, string> = {
  internal: 'Phục vụ hoạt động nội bộ',
  public_service: 'Phục vụ người dân, doanh nghiệp',
  infrastructure: 'Cơ sở hạ tầng thông tin',
  industrial_control: 'Điều khiển công nghiệp',
  other: 'Loại khác',
}

export const INFORMATION_TYPE_LABEL: Record<InformationType, string> = {
  public: 'Thông tin công cộng',
  private: 'Thông tin riêng',
  personal: 'Thông tin cá nhân',
  state_secret: 'Bí mật nhà nước',
}

export const APPROVAL_STATUS_LABEL: Record<ApprovalStatus, string> = {
  approved: 'Đã phê duyệt',
  pending: 'Chưa phê duyệt (trong hạn)',
  overdue: 'Quá hạn phê duyệt',
}

export const DEPLOYMENT_STATUS_LABEL: Record<DeploymentStatus, string> = {
  deployed: 'Đã triển khai đầy đủ',
  pending: 'Chưa triển khai xong (trong hạn)',
  overdue: 'Quá hạn triển khai',
}

export const ASSESSMENT_STATUS_LABEL: Record<AssessmentStatus, string> = {
  ok: 'Trong hạn',
  due_soon: 'Sắp đến hạn',
  overdue: 'Quá hạn kiểm tra',
  not_applicable: 'Chưa áp dụng',
}

export const DOSSIER_ACTION_LABEL: Record<DossierAction, string> = {
  start_drafting: 'Bắt đầu xây dựng hồ sơ',
  submit: 'Trình thẩm định',
  record_appraisal: 'Ghi nhận ý kiến thẩm định',
  approve: 'Phê duyệt',
  return_for_revision: 'Trả lại để bổ sung',
  start_revision: 'Bắt đầu xác định lại cấp độ',
}

export const LEVEL_LABEL = (level: number | null): string =>
  level === null ? 'Chưa xác định' : `Cấp độ ${level}`

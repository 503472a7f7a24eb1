/**
 * Vietnamese names of the stored fields, for validation messages and for showing a history
 * entry's changes ("Cấp độ: 2 → 3").
 */
export const FIELD_LABEL: Readonly<Record<string, string>> = {
  // systems
  name: 'Tên',
  unitId: 'Đơn vị quản lý, vận hành',
  owner: 'Chủ quản HTTT',
  level: 'Cấp độ',
  systemType: 'Loại hệ thống',
  informationTypes: 'Loại thông tin xử lý',
  description: 'Mô tả',
  notes: 'Ghi chú',
  dossierState: 'Tình trạng hồ sơ',
  submittedOn: 'Ngày trình thẩm định',
  appraisedOn: 'Ngày có ý kiến thẩm định',
  decisionNo: 'Số quyết định phê duyệt',
  approvedOn: 'Ngày phê duyệt',
  approvalIssuer: 'Cơ quan phê duyệt',
  approvalRuleSetId: 'Bộ quy tắc áp dụng khi phê duyệt',
  securityRulesNo: 'Số quy chế bảo đảm ATTT',
  securityRulesOn: 'Ngày ban hành quy chế',
  securityRulesIssuer: 'Cơ quan ban hành quy chế',
  deploymentState: 'Triển khai phương án bảo đảm ATTT',
  deployedOn: 'Ngày triển khai đầy đủ phương án',
  commissionedOn: 'Ngày đưa vào vận hành',
  investmentStartedOn: 'Ngày bắt đầu đầu tư, xây dựng',
  expectedApprovalOn: 'Dự kiến thời điểm phê duyệt',
  expectedDeploymentOn: 'Dự kiến thời điểm triển khai đầy đủ',
  levelJustification: 'Thuyết minh đề xuất cấp độ',
  dossierChecklist: 'Thành phần hồ sơ đã có',
  // units
  block: 'Khối',
  parentId: 'Đơn vị cấp trên',
  // assessments
  systemId: 'Hệ thống thông tin',
  date: 'Ngày kiểm tra, đánh giá',
  kind: 'Hình thức kiểm tra, đánh giá',
  assessor: 'Đơn vị kiểm tra, đánh giá',
  result: 'Kết quả',
  findings: 'Tồn tại, khuyến nghị',
  // attachments (schema v4), filed under their system or assessment
  attachments: 'Tệp đính kèm',
  // settings
  ruleSetId: 'Bộ quy tắc đang áp dụng',
  reportSettings: 'Thông tin báo cáo',
  customRuleSets: 'Bộ quy tắc tự điều chỉnh',
  holidayOverrides: 'Lịch ngày nghỉ lễ',
  // the exchange: an office's signing key pinned here (db/repos/exchange.ts)
  exchangeKey: 'Khóa ký trao đổi dữ liệu (dấu vân tay)',
}

export function fieldLabel(field: string): string {
  return FIELD_LABEL[field] ?? field
}

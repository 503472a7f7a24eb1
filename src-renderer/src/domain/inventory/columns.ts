/**
 * The columns of an inventory workbook: the field each one fills, the header CapDo writes, and
 * the headers it accepts from the spreadsheets people already keep (docs/domain.md §5, plus the
 * fields CapDo's own register export carries so that an export imports back without loss).
 * The export writes `header`; the import matches any of `aliases` (and `header`) folded:
 * no case, no diacritics, no punctuation, single spaces.
 */

export const INVENTORY_FIELDS = [
  'id',
  'name',
  'unit',
  'block',
  'owner',
  'level',
  'systemType',
  'informationTypes',
  'status',
  'submittedOn',
  'appraisedOn',
  'decisionNo',
  'approvedOn',
  'approvalIssuer',
  'securityRulesNo',
  'securityRulesOn',
  'securityRulesIssuer',
  'deployedOn',
  'expectedApprovalOn',
  'expectedDeploymentOn',
  'lastAssessedOn',
  'commissionedOn',
  'investmentStartedOn',
  'description',
  'notes',
] as const
export type InventoryField = (typeof INVENTORY_FIELDS)[number]

export interface InventoryColumn {
  field: InventoryField
  /** What CapDo writes as the header. */
  header: string
  /** Other headers accepted on import. */
  aliases: readonly string[]
  required?: boolean
}

export const INVENTORY_COLUMNS: readonly InventoryColumn[] = [
  { field: 'id', header: 'Mã hệ thống', aliases: ['Mã', 'Mã HTTT'] },
  {
    field: 'name',
    header: 'Tên hệ thống thông tin',
    aliases: ['Tên hệ thống', 'Tên HTTT', 'Hệ thống thông tin'],
    required: true,
  },
  {
    field: 'unit',
    header: 'Đơn vị quản lý, vận hành',
    aliases: ['Đơn vị vận hành', 'Đơn vị quản lý', 'Đơn vị', 'Cơ quan, đơn vị', 'Đơn vị vận hành HTTT'],
    required: true,
  },
  { field: 'block', header: 'Khối', aliases: ['Khối đơn vị', 'Khối cơ quan'] },
  {
    field: 'owner',
    header: 'Chủ quản HTTT',
    aliases: ['Chủ quản', 'Đơn vị chủ quản', 'Chủ quản hệ thống thông tin'],
  },
  {
    field: 'level',
    header: 'Cấp độ đề xuất',
    aliases: ['Cấp độ', 'Cấp độ ATTT', 'Đề xuất cấp độ'],
  },
  { field: 'systemType', header: 'Loại hệ thống', aliases: ['Loại hệ thống thông tin', 'Loại HTTT'] },
  { field: 'informationTypes', header: 'Loại thông tin xử lý', aliases: ['Loại thông tin'] },
  {
    field: 'status',
    header: 'Tình trạng hồ sơ',
    aliases: ['Trạng thái hồ sơ', 'Tình trạng phê duyệt', 'Trạng thái', 'Tình trạng phê duyệt cấp độ'],
  },
  { field: 'submittedOn', header: 'Ngày trình thẩm định', aliases: ['Ngày gửi thẩm định'] },
  { field: 'appraisedOn', header: 'Ngày có ý kiến thẩm định', aliases: ['Ngày thẩm định'] },
  {
    field: 'decisionNo',
    header: 'Số quyết định phê duyệt',
    aliases: ['Số QĐ phê duyệt', 'Quyết định phê duyệt', 'Số quyết định'],
  },
  {
    field: 'approvedOn',
    header: 'Ngày phê duyệt',
    aliases: ['Ngày quyết định', 'Ngày ban hành quyết định'],
  },
  {
    field: 'approvalIssuer',
    header: 'Cơ quan phê duyệt',
    aliases: ['Cơ quan ban hành quyết định', 'Cơ quan ban hành quyết định phê duyệt'],
  },
  {
    field: 'securityRulesNo',
    header: 'Số quy chế bảo đảm ATTT',
    aliases: ['Số quy chế', 'Quy chế bảo đảm ANM'],
  },
  { field: 'securityRulesOn', header: 'Ngày ban hành quy chế', aliases: ['Ngày quy chế'] },
  { field: 'securityRulesIssuer', header: 'Cơ quan ban hành quy chế', aliases: [] },
  {
    field: 'deployedOn',
    header: 'Triển khai phương án bảo đảm ATTT',
    aliases: [
      'Ngày hoàn thành triển khai phương án',
      'Ngày triển khai phương án',
      'Hoàn thành triển khai phương án',
      'Đã triển khai đầy đủ PA BĐANM',
    ],
  },
  { field: 'expectedApprovalOn', header: 'Dự kiến thời điểm phê duyệt', aliases: ['Dự kiến phê duyệt'] },
  {
    field: 'expectedDeploymentOn',
    header: 'Dự kiến thời điểm triển khai đầy đủ',
    aliases: ['Dự kiến triển khai đầy đủ'],
  },
  {
    field: 'lastAssessedOn',
    header: 'Ngày kiểm tra, đánh giá gần nhất',
    aliases: ['Kiểm tra đánh giá gần nhất', 'Ngày đánh giá gần nhất', 'Lần kiểm tra gần nhất'],
  },
  {
    field: 'commissionedOn',
    header: 'Ngày đưa vào vận hành',
    aliases: ['Ngày vận hành', 'Thời gian đưa vào vận hành'],
  },
  {
    // Decree 331 Điều 39 khoản 1 covers systems still being built on 01/7/2026.
    field: 'investmentStartedOn',
    header: 'Ngày bắt đầu đầu tư, xây dựng',
    aliases: [
      'Ngày khởi công',
      'Thời điểm bắt đầu đầu tư',
      'Bắt đầu đầu tư, xây dựng',
      'Ngày bắt đầu đầu tư',
    ],
  },
  { field: 'description', header: 'Mô tả', aliases: ['Mô tả hệ thống'] },
  { field: 'notes', header: 'Ghi chú', aliases: [] },
]

/**
 * Columns CapDo's own exports add that are computed, not data: an import skips them without
 * listing them as unknown. None of them may fold to an accepted alias above.
 */
export const DERIVED_HEADERS: readonly string[] = [
  'STT',
  'Phê duyệt so với hạn',
  'Hạn phê duyệt',
  'Triển khai so với hạn',
  'Hạn triển khai',
  'Kiểm tra, đánh giá so với hạn',
  'Hạn kiểm tra, đánh giá tiếp theo',
]

/** The strings of attachments: the system page's card, the assessments' reports, the checklist link. */
import type { AttachmentKind } from '../domain/attachments'

export const attachmentsText = {
  title: 'Tệp đính kèm',
  intro:
    'Bản quét quyết định phê duyệt, ý kiến thẩm định, báo cáo kiểm tra, đánh giá… (PDF hoặc ảnh JPEG, PNG, TIFF, WebP; mỗi tệp tối đa 20 MB). Tệp được lưu cùng sổ theo dõi và có trong mọi bản sao lưu, nhưng không được gửi kèm tệp Gửi lên.',
  owner: 'Đính kèm cho',
  ownerSystem: 'Hệ thống',
  ownerAssessment: (date: string) => `Lần kiểm tra, đánh giá ngày ${date}`,
  kind: 'Loại tài liệu',
  drop: 'Kéo tệp vào đây, hoặc bấm (Enter) để chọn tệp',
  dropHint: 'PDF, JPEG, PNG, TIFF hoặc WebP, tối đa 20 MB mỗi tệp.',
  adding: (name: string) => `Đang đính kèm “${name}”…`,
  added: (name: string) => `Đã đính kèm tệp “${name}”.`,
  empty: 'Chưa có tệp đính kèm.',
  columns: {
    name: 'Tên tệp',
    kind: 'Loại tài liệu',
    owner: 'Thuộc',
    size: 'Dung lượng',
    addedAt: 'Ngày đính kèm',
    actions: 'Thao tác',
  },
  open: 'Mở',
  openLabel: (name: string) => `Mở tệp “${name}”`,
  notOpened: (name: string) =>
    `Máy tính này chưa có chương trình để mở tệp “${name}”. Hãy cài chương trình đọc PDF hoặc xem ảnh rồi thử lại.`,
  delete: 'Xóa',
  deleteLabel: (name: string) => `Xóa tệp “${name}”`,
  deleteConfirm: (name: string) => `Xóa tệp đính kèm “${name}”? Tệp sẽ không còn trong sổ theo dõi.`,
  deleted: (name: string) => `Đã xóa tệp “${name}”.`,
  cancel: 'Hủy',
  reports: 'Báo cáo',
  noReports: '—',
  link: {
    label: 'Tệp',
    placeholder: 'Liên kết tệp đính kèm',
    none: 'Chưa liên kết tệp',
    missing: 'Tệp đã liên kết không còn trong sổ theo dõi.',
    saved: 'Đã cập nhật tệp liên kết.',
    /** A ticked part's words in the history when it names an attachment. */
    inHistory: 'có tệp đính kèm',
  },
  kinds: {
    'approval-decision': 'Quyết định phê duyệt',
    'appraisal-opinion': 'Ý kiến thẩm định',
    'assessment-report': 'Báo cáo kiểm tra, đánh giá',
    other: 'Tài liệu khác',
  } satisfies Record<AttachmentKind, string>,
} as const

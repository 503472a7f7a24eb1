/**
 * The strings of a system's page (its form, dossier panel, protection plan, assessments and
 * history). Legal vocabulary (states, statuses, kinds) comes from domain/vocabulary.ts.
 */
import { formatCount } from '../domain/number-format'

export const systemText = {
  newTitle: 'Thêm hệ thống thông tin',
  newIntro:
    'Nhập thông tin chung của hệ thống. Sau khi lưu, trang của hệ thống cho phép theo dõi hồ sơ đề xuất cấp độ, các lần kiểm tra, đánh giá và lịch sử thay đổi.',
  noUnits:
    'Chưa có đơn vị nào trong sổ theo dõi. Hãy thêm đơn vị (hoặc nạp dữ liệu mẫu ở trang Tổng quan) trước khi thêm hệ thống.',
  breadcrumbRegister: 'Sổ theo dõi HTTT',
  save: 'Lưu',
  saveShortcut: 'Lưu (Ctrl+S)',
  saved: 'Đã lưu thay đổi.',
  nothingToSave: 'Không có thay đổi cần lưu.',
  /** Why "Lưu" is disabled on a saved system's page. */
  saveUnavailable: 'Chưa có thay đổi nào để lưu: sửa một trường của biểu mẫu thì nút “Lưu” dùng được.',
  created: (name: string) => `Đã thêm hệ thống “${name}”.`,
  unsavedTag: 'Có thay đổi chưa lưu',
  /** The summary's next deadline, in the sticky header (`what` is vi.dashboard.todoKind's name). */
  nextDeadline: {
    overdue: (what: string, date: string) => `Quá hạn: ${what} (hạn ${date})`,
    dueSoon: (what: string, date: string) => `Sắp đến hạn: ${what} (${date})`,
    next: (what: string, date: string) => `Hạn tiếp theo: ${what} (${date})`,
    moreOverdue: (n: number) => `và ${formatCount(n)} việc quá hạn khác`,
  },
  /** The system page's navigation, in its sticky header. */
  sectionsNav: 'Các phần của trang',
  sectionLinks: {
    general: 'Thông tin chung',
    dossier: 'Hồ sơ, cấp độ',
    assessments: 'Kiểm tra, đánh giá',
    attachments: 'Tệp đính kèm',
    history: 'Lịch sử',
  },
  notFound: {
    title: 'Không tìm thấy hệ thống thông tin',
    description: 'Hệ thống này không có trong sổ theo dõi: có thể đã bị xóa, hoặc đường dẫn không đúng.',
    back: 'Về sổ theo dõi HTTT',
  },
  unsaved: {
    title: 'Bạn có thay đổi chưa lưu',
    content: 'Bạn có thay đổi chưa lưu trên trang này. Nếu rời đi bây giờ, các thay đổi đó sẽ bị mất.',
    stay: 'Ở lại',
    leave: 'Rời đi không lưu',
  },
  sections: {
    general: 'Thông tin chung',
    plan: 'Phương án bảo đảm ATTT',
    securityRules: 'Quy chế bảo đảm ATTT/ANM của hệ thống',
    dossier: 'Hồ sơ đề xuất cấp độ',
    assessments: 'Kiểm tra, đánh giá',
    history: 'Lịch sử thay đổi',
  },
  fields: {
    name: 'Tên hệ thống thông tin',
    unit: 'Đơn vị quản lý, vận hành',
    owner: 'Chủ quản HTTT',
    level: 'Cấp độ đề xuất',
    systemType: 'Loại hệ thống',
    informationTypes: 'Loại thông tin xử lý',
    commissionedOn: 'Ngày đưa vào vận hành',
    investmentStartedOn: 'Ngày bắt đầu đầu tư, xây dựng',
    description: 'Mô tả',
    notes: 'Ghi chú',
    deploymentState: 'Triển khai phương án',
    deployedOn: 'Ngày triển khai đầy đủ',
    expectedApprovalOn: 'Dự kiến thời điểm phê duyệt',
    expectedDeploymentOn: 'Dự kiến thời điểm triển khai đầy đủ',
    securityRulesNo: 'Số quy chế',
    securityRulesOn: 'Ngày ban hành',
    securityRulesIssuer: 'Cơ quan ban hành',
  },
  placeholders: {
    name: 'Ví dụ: Cổng thông tin điện tử của Sở',
    unit: 'Chọn hoặc gõ để tìm đơn vị',
    owner: 'Ví dụ: Ủy ban nhân dân thành phố',
    systemType: 'Chọn loại hệ thống',
    informationTypes: 'Chọn một hoặc nhiều loại',
    date: 'dd/mm/yyyy',
    securityRulesNo: 'Ví dụ: 15/QĐ-STTTT',
    securityRulesIssuer: 'Ví dụ: Sở Khoa học và Công nghệ',
  },
  hints: {
    expected: 'Mẫu 08: ghi cho hệ thống chưa được phê duyệt hoặc chưa triển khai đầy đủ.',
    commissionedOn: 'Hệ thống đưa vào vận hành sau hạn chung phải được phê duyệt trước ngày này.',
    // Quoted, not paraphrased: the decree counts from the Law's entry into force and says nothing
    // about commissioning; the dates themselves are the rule set's (domain/law/transition.ts).
    investmentStartedOn:
      'Ghi cho hệ thống đang đầu tư, xây dựng. Nghị định 331/2026/NĐ-CP, Điều 39 khoản 1: “Đối với hệ thống thông tin đang trong quá trình đầu tư, xây dựng trước ngày 01 tháng 7 năm 2026, trong thời hạn 06 tháng kể từ ngày Luật An ninh mạng số 116/2025/QH15 có hiệu lực thi hành, các cơ quan, tổ chức có liên quan hoàn thành việc thẩm định, phê duyệt cấp độ theo quy định tại Nghị định số 85/2016/NĐ-CP. Trong thời hạn 12 tháng kể từ ngày Luật An ninh mạng số 116/2025/QH15 có hiệu lực thi hành, phải bảo đảm điều kiện, tiêu chuẩn, biện pháp bảo vệ an ninh mạng tương ứng với cấp độ theo quy định của Nghị định này.” Các hạn cụ thể tính theo bộ quy tắc đang áp dụng (Cài đặt).',
  },
  validation: {
    nameRequired: 'Cần nhập tên hệ thống thông tin.',
    unitRequired: 'Cần chọn đơn vị quản lý, vận hành.',
    dateInvalid: (label: string, text: string) =>
      `${label}: “${text}” không phải là ngày hợp lệ. Nhập theo dạng dd/mm/yyyy, ví dụ 15/03/2025.`,
    dateInFuture: (label: string, date: string, today: string) =>
      `${label} (${date}) không được sau ngày hôm nay (${today}).`,
    kindRequired: 'Cần chọn hình thức kiểm tra, đánh giá.',
    decisionNoRequired: 'Cần nhập số quyết định phê duyệt, ví dụ 1234/QĐ-UBND.',
    decisionDateRequired: 'Cần nhập ngày quyết định phê duyệt (dd/mm/yyyy).',
    issuerRequired: 'Cần nhập cơ quan ban hành quyết định phê duyệt.',
    assessmentDateRequired: 'Cần nhập ngày kiểm tra, đánh giá.',
  },
  plan: {
    deploymentDue: (date: string) => `Hạn triển khai đầy đủ phương án: ${date}`,
  },
  dossier: {
    appraiser: 'Thẩm định',
    approver: 'Phê duyệt',
    nextSteps: 'Bước tiếp theo',
    noNextStep: 'Không có bước tiếp theo.',
    state: 'Tình trạng',
    approvalDueLabel: 'Hạn phê duyệt',
    decisionTitle: 'Quyết định phê duyệt cấp độ',
    previousDecisionTitle: 'Quyết định phê duyệt trước đây (đang điều chỉnh)',
    decisionNo: 'Số quyết định',
    decisionDate: 'Ngày quyết định',
    issuer: 'Cơ quan ban hành',
    ruleSet: 'Theo bộ quy tắc',
    submittedOn: (date: string) => `Trình ngày ${date}`,
    appraisedOn: (date: string) => `Có ý kiến ngày ${date}`,
    approvedOn: (date: string) => `Phê duyệt ngày ${date}`,
    levelShortcut: 'Cấp độ 1–2: có thể phê duyệt ngay sau khi trình',
    /** Under a step's date field: the recorded date it may not precede. */
    notBefore: (label: string, date: string) => `Không được trước ${label.toLowerCase()} (${date}).`,
    formDirty:
      'Biểu mẫu có thay đổi chưa lưu. Bước này dựa trên thông tin đã lưu của hệ thống (ví dụ cấp độ); hãy lưu trước nếu cần.',
    done: (action: string) => `${action}: đã ghi nhận.`,
    confirm: 'Ghi nhận',
    /** Why "Ghi nhận" is disabled while the approval's warnings are not yet confirmed. */
    confirmFirst:
      'Chưa thể ghi nhận: hãy xem các vấn đề nêu ở trên rồi đánh dấu “Tôi đã kiểm tra, vẫn phê duyệt”.',
    cancel: 'Hủy',
    intro: {
      start_drafting: 'Hồ sơ đề xuất cấp độ chuyển sang trạng thái “Đang xây dựng”.',
      submit: 'Ghi nhận việc trình hồ sơ để thẩm định.',
      record_appraisal: 'Ghi nhận ý kiến thẩm định của cơ quan có thẩm quyền.',
      approve: 'Ghi nhận quyết định phê duyệt cấp độ. Cần số, ngày và cơ quan ban hành quyết định.',
      return_for_revision: 'Trả hồ sơ về một bước để bổ sung, hoàn thiện.',
      start_revision:
        'Hệ thống thay đổi đến mức cần xác định lại cấp độ. Cấp độ và quyết định phê duyệt hiện hành vẫn có hiệu lực cho tới khi có quyết định mới; khi đó quyết định cũ được giữ trong lịch sử.',
    },
    fields: {
      submitDate: 'Ngày trình thẩm định',
      appraisalDate: 'Ngày có ý kiến thẩm định',
      decisionNo: 'Số quyết định phê duyệt',
      decisionDate: 'Ngày quyết định phê duyệt',
      issuer: 'Cơ quan ban hành quyết định',
      revisionNote: 'Nội dung cần bổ sung',
      startRevisionNote: 'Lý do xác định lại cấp độ',
    },
    placeholders: {
      decisionNo: 'Ví dụ: 1234/QĐ-UBND',
      issuer: 'Ví dụ: UBND thành phố Hải Phòng',
      note: 'Ghi vào lịch sử của hệ thống',
    },
  },
  assessments: {
    add: 'Thêm lần kiểm tra, đánh giá',
    addTitle: 'Thêm lần kiểm tra, đánh giá',
    editTitle: 'Sửa lần kiểm tra, đánh giá',
    edit: 'Sửa',
    delete: 'Xóa',
    deleteConfirm: (date: string) => `Xóa lần kiểm tra, đánh giá ngày ${date}?`,
    deleted: 'Đã xóa lần kiểm tra, đánh giá.',
    saved: 'Đã lưu lần kiểm tra, đánh giá.',
    empty: 'Chưa có lần kiểm tra, đánh giá nào.',
    columns: {
      date: 'Ngày',
      kind: 'Hình thức',
      assessor: 'Đơn vị kiểm tra, đánh giá',
      result: 'Kết quả',
      findings: 'Tồn tại, khuyến nghị',
      actions: 'Thao tác',
    },
    fields: {
      date: 'Ngày kiểm tra, đánh giá',
      kind: 'Hình thức',
      assessor: 'Đơn vị kiểm tra, đánh giá',
      result: 'Kết quả',
      findings: 'Tồn tại, khuyến nghị',
    },
    accreditedHint: 'Từ cấp độ 3, việc kiểm tra, đánh giá do tổ chức được cấp phép thực hiện.',
    nextDue: (date: string) => `Hạn kiểm tra, đánh giá tiếp theo: ${date}`,
    daysLeft: (days: number) => `còn ${formatCount(days)} ngày`,
    dueToday: 'đến hạn hôm nay',
    daysOverdue: (days: number) => `quá hạn ${formatCount(days)} ngày`,
    noLevel: 'Chưa tính được hạn kiểm tra, đánh giá: hệ thống chưa xác định cấp độ.',
    noStart:
      'Chưa tính được hạn kiểm tra, đánh giá: chưa có ngày phê duyệt cấp độ hoặc lần kiểm tra, đánh giá nào.',
    cadence: (level: number, months: number, ruleSet: string) =>
      `Chu kỳ với cấp độ ${level}: ${months} tháng một lần (${ruleSet}).`,
    cadenceProvincial: (level: number, months: number, note: string) =>
      `Chu kỳ với cấp độ ${level}: ${months} tháng một lần — ${note}.`,
  },
  history: {
    columns: { at: 'Thời gian', by: 'Người / nguồn', action: 'Thao tác', changes: 'Nội dung thay đổi' },
    empty: 'Chưa có thay đổi nào được ghi lại cho hệ thống này.',
    localUser: 'Trên máy này',
    /** After the source of a change (an import, another office): the officer who recorded it here. */
    recordedBy: (source: string, officer: string) => `${source}; người ghi nhận: ${officer}`,
    emptyValue: '(trống)',
    system: {
      create: 'Tạo hệ thống',
      update: 'Cập nhật thông tin',
      delete: 'Xóa hệ thống',
      transition: 'Chuyển bước hồ sơ',
      import: 'Nhập từ Excel',
    },
    assessment: {
      create: 'Thêm lần kiểm tra, đánh giá',
      update: 'Sửa lần kiểm tra, đánh giá',
      delete: 'Xóa lần kiểm tra, đánh giá',
      transition: 'Kiểm tra, đánh giá',
      import: 'Nhập kiểm tra, đánh giá từ Excel',
    },
  },
} as const

/**
 * The strings of the law as data on screen: the level wizard (xác định cấp độ), the dossier
 * checklist with its legal time limits, and the "level below the criteria" flag of the register
 * and the dashboard. Legal wording of criteria, parts and labels comes from domain/law.
 */
import { formatCount } from '../domain/number-format'
export const lawText = {
  wizard: {
    cardTitle: 'Xác định cấp độ',
    open: 'Xác định cấp độ',
    reopen: 'Xem lại câu trả lời',
    drawerTitle: (name: string) => `Xác định cấp độ — ${name}`,
    intro:
      'Trả lời các câu hỏi dưới đây về hệ thống. Cấp độ đề xuất và các điều, khoản quyết định cấp độ được tính ngay theo quy định đang áp dụng.',
    regime: (law: string) => `Áp dụng tiêu chí của ${law}`,
    none: 'Chưa xác định cấp độ bằng bộ câu hỏi. Trả lời các câu hỏi để có cấp độ đề xuất kèm căn cứ pháp lý và văn bản thuyết minh.',
    saved: (level: number, date: string, law: string) =>
      `Đã xác định cấp độ ${level} ngày ${date} theo ${law}.`,
    savedUndetermined: (date: string) =>
      `Đã lưu câu trả lời ngày ${date}; chưa đủ căn cứ để xác định cấp độ.`,
    formDirty:
      'Trang có thay đổi chưa lưu: cấp độ áp dụng ở đây sẽ được lưu ngay, còn các thay đổi khác trên trang vẫn chờ bạn lưu.',
    groups: {
      kind: 'Loại hệ thống và thông tin xử lý',
      people: 'Dữ liệu cá nhân và dịch vụ',
      scale: 'Phạm vi và yêu cầu vận hành',
      security: 'Quốc phòng, an ninh',
      decided: 'Quyết định hoặc đánh giá rủi ro',
      parts: 'Hệ thống thành phần',
    },
    questions: {
      systemType: 'Hệ thống thông tin thuộc loại nào?',
      information: 'Hệ thống xử lý những loại thông tin nào?',
      secretGrade: 'Độ mật cao nhất của bí mật nhà nước được xử lý',
      defenceOrSecurity: 'Hệ thống phục vụ quốc phòng, an ninh',
      harm: 'Nếu hệ thống bị phá hoại, hậu quả đối với an ninh quốc gia là',
      harmNd85: 'Nếu hệ thống bị phá hoại, hậu quả đối với quốc phòng, an ninh quốc gia là',
      basicSubjects: 'Số chủ thể có dữ liệu cá nhân cơ bản được xử lý',
      sensitiveSubjects: 'Số chủ thể có dữ liệu cá nhân nhạy cảm được xử lý',
      subjectsHelp:
        'Số người có dữ liệu trong hệ thống (Nghị định 85 tính theo số người sử dụng: số lớn hơn trong hai ô được dùng).',
      conditionalBusiness:
        'Cung cấp dịch vụ trực tuyến thuộc danh mục ngành, nghề đầu tư kinh doanh có điều kiện',
      conditionalBusinessNd85: 'Cung cấp dịch vụ trực tuyến thuộc danh mục dịch vụ kinh doanh có điều kiện',
      administrativeProcedures: 'Giải quyết thủ tục hành chính',
      onlineServiceLevel: 'Mức độ cao nhất của thông tin, dịch vụ công trực tuyến mà hệ thống cung cấp',
      onlineServiceLevelHelp:
        'Nghị định 85 phân theo mức độ 1–4. Từ Nghị định 42/2022/NĐ-CP: mức độ 1–2 là cung cấp thông tin trực tuyến, mức độ 3 thường được coi là dịch vụ công trực tuyến một phần, mức độ 4 là toàn trình.',
      scope: 'Hệ thống phục vụ trong phạm vi',
      operates247: 'Yêu cầu vận hành 24/7, không chấp nhận ngừng vận hành khi không có kế hoạch trước',
      nationalEgov: 'Là hệ thống thông tin quốc gia phục vụ phát triển Chính phủ điện tử',
      nationalCriticalData: 'Lưu trữ tập trung dữ liệu thuộc loại đặc biệt quan trọng của quốc gia',
      internationalGateway: 'Là hạ tầng thông tin quốc gia kết nối liên thông Việt Nam với quốc tế',
      nationalSecurityImportant:
        'Đáp ứng tiêu chí hệ thống thông tin quan trọng về an ninh quốc gia (Nghị định 331, Điều 16 khoản 1–3)',
      constructionGrade: 'Cấp của công trình xây dựng mà hệ thống điều khiển',
      decidedLevelNd331:
        'Cấp độ do Thủ tướng Chính phủ quyết định hoặc theo kết quả đánh giá rủi ro an ninh mạng',
      decidedLevelNd85: 'Thủ tướng Chính phủ đã quyết định hệ thống là cấp độ 5',
      decidedNone: 'Không có',
    },
    constructionGrade: {
      none: 'Không điều khiển công trình xây dựng',
      IV: 'Công trình cấp IV',
      III: 'Công trình cấp III',
      II: 'Công trình cấp II',
      I: 'Công trình cấp I',
      special: 'Công trình cấp đặc biệt',
      national_security: 'Công trình quan trọng liên quan đến an ninh quốc gia',
    },
    parts: {
      help: 'Hệ thống gồm nhiều hệ thống thành phần thì mỗi thành phần được xác định riêng; hệ thống lấy cấp độ cao nhất.',
      add: 'Thêm hệ thống thành phần',
      remove: 'Xóa thành phần',
      name: 'Tên hệ thống thành phần',
      defaultName: (n: number) => `Thành phần ${n}`,
    },
    result: {
      title: 'Cấp độ đề xuất',
      level: (level: number) => `Cấp độ ${level}`,
      undetermined: 'Chưa xác định được',
      decidingClauses: 'Căn cứ quyết định cấp độ (trích nguyên văn)',
      alsoMet: (levels: string) =>
        `Hệ thống còn đáp ứng tiêu chí của cấp độ ${levels}; áp dụng cấp độ cao nhất.`,
      part: (name: string) => `Thành phần “${name}”`,
      notesTitle: 'Hệ thống thông tin quan trọng về an ninh quốc gia',
      inferenceTitle: 'Độ mật của bí mật nhà nước',
      inferenceHigher: (level: number) =>
        `Cao hơn cấp độ theo tiêu chí: nếu hậu quả khi bị phá hoại đúng như suy luận, hãy chọn lại câu trả lời ở mục “Quốc phòng, an ninh” để có cấp độ ${level}.`,
      inferenceAgrees: 'Phù hợp với cấp độ theo tiêu chí.',
      current: (level: string) => `Cấp độ đề xuất hiện ghi trong sổ: ${level}`,
      belowWarning: (proposed: number, suggested: number) =>
        `Cấp độ đề xuất hiện tại (${proposed}) thấp hơn cấp độ mà tiêu chí xác định (${suggested}).`,
    },
    apply: 'Áp dụng',
    applyHelp: 'Ghi cấp độ đề xuất và lưu thuyết minh vào hồ sơ của hệ thống',
    applied: (level: number) => `Đã áp dụng cấp độ ${level} và lưu thuyết minh.`,
    export: 'Xuất thuyết minh',
    exported: (fileName: string) => `Đã lưu thuyết minh vào tệp ${fileName}.`,
    exportHelp: 'Bản dự thảo Word (.docx) của thuyết minh đề xuất cấp độ, theo các câu trả lời hiện tại',
    close: 'Đóng',
  },
  checklist: {
    title: 'Thành phần hồ sơ',
    intro: (level: number) => `Các thành phần hồ sơ đề xuất cấp độ ${level} theo quy định:`,
    noLevel: 'Chọn cấp độ đề xuất của hệ thống để biết hồ sơ cần những thành phần nào.',
    notRequired: (fromLevel: number) => `Chỉ bắt buộc từ cấp độ ${fromLevel}`,
    tickedOn: 'Ngày hoàn thành',
    badDate: 'Ngày không hợp lệ (dd/mm/yyyy)',
    missingTitle: (n: number) => `Còn thiếu ${n} thành phần`,
    complete: 'Hồ sơ đã đủ các thành phần bắt buộc.',
    rulesRecorded: 'Đã ghi quy chế trong phần Quy chế bảo đảm ATTT/ANM',
    saved: 'Đã cập nhật thành phần hồ sơ.',
  },
  deadlines: {
    title: 'Thời hạn thẩm định, phê duyệt',
    appraisal: 'Thẩm định trong',
    approval: 'Phê duyệt trong',
    intake: 'Phản hồi nếu hồ sơ chưa hợp lệ trong',
    exceptions: 'Trường hợp riêng',
    carried: 'ngày cuối của thời hạn là ngày nghỉ nên chuyển sang ngày làm việc tiếp theo',
    citation: (text: string) => `Căn cứ: ${text}`,
    dueOn: (date: string) => `hạn ${date}`,
    projected: 'tính từ hạn thẩm định, khi chưa có ý kiến thẩm định',
    notSubmitted: 'Hạn được tính từ ngày trình thẩm định.',
    calendarNotCovered:
      'Lịch nghỉ lễ của năm có hạn chưa được công bố: hạn chỉ trừ thứ Bảy, Chủ nhật và ngày lễ cố định.',
    transition: 'Hạn chuyển tiếp theo Luật An ninh mạng (hệ thống đã phân loại)',
    transitionDue: (date: string) => `Hạn đáp ứng quy định mới: ${date}`,
    transitionOverdue: 'Quá hạn chuyển tiếp',
  },
  construction: {
    title: 'Chuyển tiếp: hệ thống đang đầu tư, xây dựng trước 01/07/2026',
    citation: 'Nghị định 331/2026/NĐ-CP, Điều 39 khoản 1',
    approval: (n: number, date: string) =>
      `${formatCount(n)} hệ thống chưa được thẩm định, phê duyệt cấp độ theo Nghị định 85/2016/NĐ-CP — hạn ${date}`,
    measures: (n: number, date: string) =>
      `${formatCount(n)} hệ thống chưa đáp ứng biện pháp bảo vệ theo Nghị định 331/2026/NĐ-CP — hạn ${date}`,
    daysLeft: (days: number) =>
      days > 0
        ? `còn ${formatCount(days)} ngày`
        : days === 0
          ? 'hết hạn hôm nay'
          : `quá hạn ${formatCount(-days)} ngày`,
    overdue: (n: number) => `${formatCount(n)} quá hạn`,
    covered: (n: number) =>
      `${formatCount(n)} hệ thống có ngày bắt đầu đầu tư, xây dựng trước 01/07/2026 và chưa đưa vào vận hành trước ngày đó (cách ứng dụng hiểu “đang trong quá trình đầu tư, xây dựng” của Điều 39 khoản 1; Nghị định không nói rõ).`,
    none: 'Chưa có hệ thống nào được ghi ngày bắt đầu đầu tư, xây dựng trước 01/07/2026. Hãy ghi ngày này cho các hệ thống đang đầu tư, xây dựng để ứng dụng nhắc hai thời hạn chuyển tiếp.',
    measuresEvidence:
      'Ứng dụng coi là đã đáp ứng khi phương án đã triển khai đầy đủ và có lần kiểm tra, đánh giá từ 01/07/2026 (căn cứ ghi nhận, không phải lời văn của Nghị định).',
    open: 'Xem danh sách',
    systemApproval: 'Phê duyệt cấp độ theo Nghị định 85 (chuyển tiếp)',
    systemMeasures: 'Đáp ứng biện pháp theo Nghị định 331 (chuyển tiếp)',
    state: {
      done: 'Đã hoàn thành',
      late: 'Hoàn thành sau hạn',
      pending: 'Chưa hoàn thành',
      overdue: 'Quá hạn',
    },
  },
  approve: {
    warningsTitle: 'Trước khi phê duyệt, hồ sơ còn các vấn đề sau',
    confirm: 'Tôi đã kiểm tra, vẫn phê duyệt',
  },
  flag: {
    tag: 'Cấp độ thấp hơn tiêu chí',
    shortTag: 'Thấp hơn tiêu chí',
    tagTitle: (suggested: number) =>
      `Theo câu trả lời đã lưu, tiêu chí xác định cấp độ ${suggested}: cấp độ đề xuất đang thấp hơn.`,
    filterLabel: 'Đối chiếu tiêu chí',
    filterOption: 'Cấp độ thấp hơn tiêu chí',
    counter: (n: number) => `${formatCount(n)} hệ thống có cấp độ đề xuất thấp hơn tiêu chí`,
    tileHint:
      'Cấp độ đề xuất đang thấp hơn cấp độ mà câu trả lời xác định cấp độ đã lưu của hệ thống yêu cầu: cần rà soát lại.',
    open: 'Xem danh sách',
  },
  history: {
    justification: (level: string, law: string, date: string) => `${level} theo ${law} (${date})`,
    undetermined: 'chưa đủ căn cứ',
    checklist: (parts: string) => parts,
  },
} as const

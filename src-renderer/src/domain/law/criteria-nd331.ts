/**
 * Decree 331/2026/NĐ-CP, Điều 11–15: the level criteria, quoted verbatim from the text in
 * law/nd-331-2026-trich.md (a copy of luatnguyen.vn, to be checked against the Công báo). A point
 * of a list is quoted without its lead-in; the clause names the lead-in. Điều 16 is not a level
 * criterion: its khoản 4 says a level-5 system is important to national security, not the
 * converse; national-security.ts draws what follows from it.
 */
import type { LevelCriterion } from './criteria'

const ND = 'Nghị định 331/2026/NĐ-CP'
const SUBJECTS = { basic: 100_000, sensitive: 10_000 }
const PRIVATE_OR_PERSONAL = ['private', 'personal'] as const

export const ND331_CRITERIA: readonly LevelCriterion[] = [
  {
    id: 'ND331-11.1',
    level: 1,
    clause: `${ND}, Điều 11 khoản 1`,
    quote:
      'Hệ thống thông tin cấp độ 1 là hệ thống phục vụ hoạt động nội bộ của cơ quan, tổ chức và chỉ xử lý thông tin công cộng.',
    summary: 'Phục vụ hoạt động nội bộ và chỉ xử lý thông tin công cộng.',
    when: { systemTypes: ['internal'], informationOnly: ['public'] },
  },
  {
    id: 'ND331-11.2',
    level: 1,
    clause: `${ND}, Điều 11 khoản 2`,
    quote: 'Hệ thống thông tin được đánh giá rủi ro an ninh mạng theo Khung quản lý rủi ro an ninh mạng.',
    summary: 'Cấp độ 1 theo kết quả đánh giá rủi ro an ninh mạng.',
    when: { decidedLevel: 1 },
  },
  {
    id: 'ND331-12.1',
    level: 2,
    clause: `${ND}, Điều 12 khoản 1`,
    quote:
      'Hệ thống thông tin phục vụ hoạt động nội bộ của cơ quan, tổ chức và có xử lý thông tin riêng, thông tin cá nhân của người sử dụng nhưng không xử lý thông tin bí mật nhà nước.',
    summary: 'Phục vụ nội bộ, có xử lý thông tin riêng hoặc cá nhân, không xử lý bí mật nhà nước.',
    when: {
      systemTypes: ['internal'],
      informationAny: PRIVATE_OR_PERSONAL,
      informationNone: ['state_secret'],
    },
  },
  {
    id: 'ND331-12.2.a',
    level: 2,
    clause: `${ND}, Điều 12 khoản 2 điểm a`,
    quote: 'Cung cấp dịch vụ trực tuyến không thuộc danh mục ngành, nghề đầu tư kinh doanh có điều kiện;',
    summary:
      'Phục vụ người dân, doanh nghiệp; dịch vụ trực tuyến không thuộc ngành, nghề kinh doanh có điều kiện.',
    when: { systemTypes: ['public_service'], conditionalBusiness: false },
  },
  {
    id: 'ND331-12.2.b',
    level: 2,
    clause: `${ND}, Điều 12 khoản 2 điểm b`,
    quote:
      'Cung cấp dịch vụ trực tuyến khác có xử lý thông tin riêng, thông tin cá nhân của dưới 100.000 chủ thể dữ liệu đối với dữ liệu cá nhân cơ bản hoặc dưới 10.000 chủ thể dữ liệu đối với dữ liệu cá nhân nhạy cảm.',
    summary:
      'Phục vụ người dân, doanh nghiệp; xử lý dữ liệu cá nhân của dưới 100.000 (cơ bản) và dưới 10.000 (nhạy cảm) chủ thể.',
    when: { systemTypes: ['public_service'], informationAny: PRIVATE_OR_PERSONAL, subjectsBelow: SUBJECTS },
  },
  {
    id: 'ND331-12.3',
    level: 2,
    clause: `${ND}, Điều 12 khoản 3`,
    quote: 'Hệ thống cơ sở hạ tầng thông tin phục vụ hoạt động của một cơ quan, tổ chức.',
    summary: 'Hạ tầng thông tin của một cơ quan, tổ chức.',
    when: { systemTypes: ['infrastructure'], scopes: ['organisation'] },
  },
  {
    id: 'ND331-12.4',
    level: 2,
    clause: `${ND}, Điều 12 khoản 4`,
    quote:
      'Hệ thống thông tin khác do Thủ tướng Chính phủ quyết định hoặc được đánh giá rủi ro an ninh mạng theo Khung quản lý rủi ro an ninh mạng.',
    summary: 'Cấp độ 2 do Thủ tướng quyết định hoặc theo đánh giá rủi ro an ninh mạng.',
    when: { decidedLevel: 2 },
  },
  {
    id: 'ND331-13.1',
    level: 3,
    clause: `${ND}, Điều 13 khoản 1`,
    quote:
      'Hệ thống xử lý thông tin bí mật nhà nước hoặc hệ thống phục vụ quốc phòng, an ninh khi bị phá hoại sẽ làm tổn hại tới an ninh quốc gia.',
    summary:
      'Xử lý bí mật nhà nước hoặc phục vụ quốc phòng, an ninh; bị phá hoại sẽ tổn hại an ninh quốc gia.',
    when: { secretOrDefenceHarm: 'harm' },
  },
  {
    id: 'ND331-13.2.a',
    level: 3,
    clause: `${ND}, Điều 13 khoản 2 điểm a`,
    quote: 'Cung cấp dịch vụ trực tuyến thuộc danh mục ngành, nghề đầu tư kinh doanh có điều kiện;',
    summary: 'Dịch vụ trực tuyến thuộc ngành, nghề đầu tư kinh doanh có điều kiện.',
    when: { systemTypes: ['public_service'], conditionalBusiness: true },
  },
  {
    id: 'ND331-13.2.b',
    level: 3,
    clause: `${ND}, Điều 13 khoản 2 điểm b`,
    quote: 'Hệ thống thông tin giải quyết thủ tục hành chính;',
    summary: 'Phục vụ người dân, doanh nghiệp; giải quyết thủ tục hành chính.',
    when: { systemTypes: ['public_service'], administrativeProcedures: true },
  },
  {
    id: 'ND331-13.2.c',
    level: 3,
    clause: `${ND}, Điều 13 khoản 2 điểm c`,
    quote:
      'Cung cấp dịch vụ trực tuyến khác có xử lý thông tin riêng, thông tin cá nhân của từ 100.000 chủ thể dữ liệu đối với dữ liệu cá nhân cơ bản trở lên hoặc từ 10.000 chủ thể dữ liệu đối với dữ liệu cá nhân nhạy cảm trở lên.',
    summary: 'Xử lý dữ liệu cá nhân của từ 100.000 (cơ bản) hoặc từ 10.000 (nhạy cảm) chủ thể trở lên.',
    when: { systemTypes: ['public_service'], informationAny: PRIVATE_OR_PERSONAL, subjectsAtLeast: SUBJECTS },
  },
  {
    id: 'ND331-13.3',
    level: 3,
    clause: `${ND}, Điều 13 khoản 3`,
    quote:
      'Hệ thống cơ sở hạ tầng thông tin phục vụ hoạt động của các cơ quan, tổ chức trong phạm vi một bộ, một ngành, một tỉnh hoặc một số tỉnh.',
    summary: 'Hạ tầng thông tin của một bộ, ngành, tỉnh hoặc một số tỉnh.',
    // A nationwide infrastructure that need not run 24/7 (Điều 14 khoản 2) serves at least this widely.
    when: { systemTypes: ['infrastructure'], scopes: ['sector_or_province', 'national'] },
  },
  {
    id: 'ND331-13.4',
    level: 3,
    clause: `${ND}, Điều 13 khoản 4`,
    quote:
      'Hệ thống thông tin điều khiển công nghiệp trực tiếp phục vụ điều khiển, vận hành hoạt động bình thường của các công trình xây dựng cấp II, cấp III hoặc cấp IV theo phân cấp của pháp luật về xây dựng.',
    summary: 'Điều khiển công nghiệp của công trình xây dựng cấp II, III hoặc IV.',
    when: { systemTypes: ['industrial_control'], constructionGrades: ['II', 'III', 'IV'] },
  },
  {
    id: 'ND331-13.5',
    level: 3,
    clause: `${ND}, Điều 13 khoản 5`,
    quote:
      'Hệ thống thông tin khác do Thủ tướng Chính phủ quyết định hoặc được đánh giá rủi ro an ninh mạng theo Khung quản lý rủi ro an ninh mạng.',
    summary: 'Cấp độ 3 do Thủ tướng quyết định hoặc theo đánh giá rủi ro an ninh mạng.',
    when: { decidedLevel: 3 },
  },
  {
    id: 'ND331-14.1',
    level: 4,
    clause: `${ND}, Điều 14 khoản 1`,
    quote:
      'Hệ thống thông tin xử lý thông tin bí mật nhà nước hoặc hệ thống phục vụ quốc phòng, an ninh khi bị phá hoại sẽ làm tổn hại nghiêm trọng tới an ninh quốc gia.',
    summary: 'Xử lý bí mật nhà nước hoặc phục vụ quốc phòng, an ninh; bị phá hoại sẽ tổn hại nghiêm trọng.',
    when: { secretOrDefenceHarm: 'serious' },
  },
  {
    id: 'ND331-14.2.egov',
    level: 4,
    clause: `${ND}, Điều 14 khoản 2`,
    quote:
      'Hệ thống thông tin quốc gia phục vụ phát triển Chính phủ điện tử […], yêu cầu vận hành 24/7 và không chấp nhận ngừng vận hành mà không có kế hoạch trước.',
    summary: 'Hệ thống thông tin quốc gia phục vụ Chính phủ điện tử, vận hành 24/7.',
    when: { nationalEgov: true, operates247: true },
  },
  {
    id: 'ND331-14.2.infra',
    level: 4,
    clause: `${ND}, Điều 14 khoản 2`,
    quote:
      '[…] hệ thống cơ sở hạ tầng thông tin phục vụ hoạt động của các cơ quan, tổ chức trên phạm vi toàn quốc, yêu cầu vận hành 24/7 và không chấp nhận ngừng vận hành mà không có kế hoạch trước.',
    summary: 'Hạ tầng thông tin phạm vi toàn quốc, vận hành 24/7.',
    when: { systemTypes: ['infrastructure'], scopes: ['national'], operates247: true },
  },
  {
    id: 'ND331-14.3',
    level: 4,
    clause: `${ND}, Điều 14 khoản 3`,
    quote:
      'Hệ thống thông tin điều khiển công nghiệp trực tiếp phục vụ điều khiển, vận hành hoạt động bình thường của các công trình xây dựng cấp I theo phân cấp của pháp luật về xây dựng.',
    summary: 'Điều khiển công nghiệp của công trình xây dựng cấp I.',
    when: { systemTypes: ['industrial_control'], constructionGrades: ['I'] },
  },
  {
    id: 'ND331-14.4',
    level: 4,
    clause: `${ND}, Điều 14 khoản 4`,
    quote:
      'Hệ thống thông tin khác do Thủ tướng Chính phủ quyết định hoặc được đánh giá rủi ro an ninh mạng theo Khung quản lý rủi ro an ninh mạng.',
    summary: 'Cấp độ 4 do Thủ tướng quyết định hoặc theo đánh giá rủi ro an ninh mạng.',
    when: { decidedLevel: 4 },
  },
  {
    id: 'ND331-15.1',
    level: 5,
    clause: `${ND}, Điều 15 khoản 1`,
    quote:
      'Hệ thống thông tin xử lý thông tin bí mật nhà nước hoặc hệ thống phục vụ quốc phòng, an ninh, mang tính chiến lược khi bị phá hoại sẽ làm tổn hại đặc biệt nghiêm trọng tới an ninh quốc gia.',
    summary: 'Xử lý bí mật nhà nước hoặc phục vụ quốc phòng, an ninh; tổn hại đặc biệt nghiêm trọng.',
    when: { secretOrDefenceHarm: 'especially_serious' },
  },
  {
    id: 'ND331-15.2',
    level: 5,
    clause: `${ND}, Điều 15 khoản 2`,
    quote:
      'Hệ thống thông tin phục vụ lưu trữ dữ liệu tập trung đối với một số loại hình thông tin, dữ liệu đặc biệt quan trọng của quốc gia.',
    summary: 'Lưu trữ tập trung dữ liệu đặc biệt quan trọng của quốc gia.',
    when: { nationalCriticalData: true },
  },
  {
    id: 'ND331-15.3',
    level: 5,
    clause: `${ND}, Điều 15 khoản 3`,
    quote:
      'Hệ thống cơ sở hạ tầng thông tin quốc gia phục vụ kết nối liên thông hoạt động của Việt Nam với quốc tế.',
    summary: 'Hạ tầng thông tin quốc gia kết nối Việt Nam với quốc tế.',
    when: { internationalGateway: true },
  },
  {
    id: 'ND331-15.4',
    level: 5,
    clause: `${ND}, Điều 15 khoản 4`,
    quote:
      'Hệ thống thông tin điều khiển công nghiệp trực tiếp phục vụ điều khiển, vận hành hoạt động bình thường của công trình xây dựng cấp đặc biệt theo phân cấp của pháp luật về xây dựng hoặc công trình quan trọng liên quan đến an ninh quốc gia theo pháp luật về an ninh quốc gia.',
    summary:
      'Điều khiển công nghiệp của công trình cấp đặc biệt hoặc công trình quan trọng về an ninh quốc gia.',
    when: { systemTypes: ['industrial_control'], constructionGrades: ['special', 'national_security'] },
  },
  {
    id: 'ND331-15.5',
    level: 5,
    clause: `${ND}, Điều 15 khoản 5`,
    quote:
      'Hệ thống thông tin khác do Thủ tướng Chính phủ quyết định hoặc được đánh giá rủi ro an ninh mạng theo Khung quản lý rủi ro an ninh mạng.',
    summary: 'Cấp độ 5 do Thủ tướng quyết định hoặc theo đánh giá rủi ro an ninh mạng.',
    when: { decidedLevel: 5 },
  },
]

/** Điều 8 khoản 2: several criteria of different levels — the highest applies. */
export const ND331_HIGHEST_RULE = {
  clause: `${ND}, Điều 8 khoản 2`,
  quote:
    'Trường hợp hệ thống thông tin đồng thời đáp ứng nhiều tiêu chí thuộc các cấp độ khác nhau thì áp dụng cấp độ cao nhất.',
} as const

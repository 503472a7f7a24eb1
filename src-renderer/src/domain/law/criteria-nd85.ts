/**
 * Decree 85/2016/NĐ-CP, Điều 7–11: the level criteria most existing dossiers were approved under,
 * quoted verbatim from law/nd-85-2016-trich.md (Bộ pháp điển's copy). A point of a list is quoted
 * without its lead-in; the clause names it. Điều 8 khoản 2 and Điều 9 khoản 2 list alternatives
 * ("thuộc một trong các loại hình"): each point is its own criterion. Decree 85 counts users
 * (người sử dụng), 10.000 being the threshold, and grades online public services by mức độ.
 */
import type { LevelCriterion } from './criteria'

const ND = 'Nghị định 85/2016/NĐ-CP'
const USERS = 10_000
const PRIVATE_OR_PERSONAL = ['private', 'personal'] as const
const SERVES_PUBLIC = ['public_service'] as const

export const ND85_CRITERIA: readonly LevelCriterion[] = [
  {
    id: 'ND85-7',
    level: 1,
    clause: `${ND}, Điều 7`,
    quote:
      'Hệ thống thông tin cấp độ 1 là hệ thống thông tin phục vụ hoạt động nội bộ của cơ quan, tổ chức và chỉ xử lý thông tin công cộng.',
    summary: 'Phục vụ hoạt động nội bộ và chỉ xử lý thông tin công cộng.',
    when: { systemTypes: ['internal'], informationOnly: ['public'] },
  },
  {
    id: 'ND85-8.1',
    level: 2,
    clause: `${ND}, Điều 8 khoản 1`,
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
    id: 'ND85-8.2.a',
    level: 2,
    clause: `${ND}, Điều 8 khoản 2 điểm a`,
    quote:
      'Cung cấp thông tin và dịch vụ công trực tuyến từ mức độ 2 trở xuống theo quy định của pháp luật;',
    summary: 'Phục vụ người dân, doanh nghiệp; thông tin, dịch vụ công trực tuyến mức độ 1–2.',
    when: { systemTypes: SERVES_PUBLIC, onlineServiceLevels: [1, 2] },
  },
  {
    id: 'ND85-8.2.b',
    level: 2,
    clause: `${ND}, Điều 8 khoản 2 điểm b`,
    quote: 'Cung cấp dịch vụ trực tuyến không thuộc danh mục dịch vụ kinh doanh có điều kiện;',
    summary: 'Phục vụ người dân, doanh nghiệp; dịch vụ trực tuyến không thuộc danh mục kinh doanh có điều kiện.',
    when: { systemTypes: SERVES_PUBLIC, conditionalBusiness: false },
  },
  {
    id: 'ND85-8.2.c',
    level: 2,
    clause: `${ND}, Điều 8 khoản 2 điểm c`,
    quote:
      'Cung cấp dịch vụ trực tuyến khác có xử lý thông tin riêng, thông tin cá nhân của dưới 10.000 người sử dụng.',
    summary: 'Phục vụ người dân, doanh nghiệp; xử lý thông tin riêng, cá nhân của dưới 10.000 người sử dụng.',
    when: { systemTypes: SERVES_PUBLIC, informationAny: PRIVATE_OR_PERSONAL, usersBelow: USERS },
  },
  {
    id: 'ND85-8.3',
    level: 2,
    clause: `${ND}, Điều 8 khoản 3`,
    quote: 'Hệ thống cơ sở hạ tầng thông tin phục vụ hoạt động của một cơ quan, tổ chức.',
    summary: 'Hạ tầng thông tin của một cơ quan, tổ chức.',
    when: { systemTypes: ['infrastructure'], scopes: ['organisation'] },
  },
  {
    id: 'ND85-9.1',
    level: 3,
    clause: `${ND}, Điều 9 khoản 1`,
    quote:
      'Hệ thống thông tin xử lý thông tin bí mật nhà nước hoặc hệ thống phục vụ quốc phòng, an ninh khi bị phá hoại sẽ làm tổn hại tới quốc phòng, an ninh quốc gia.',
    summary: 'Xử lý bí mật nhà nước hoặc phục vụ quốc phòng, an ninh; bị phá hoại sẽ tổn hại.',
    when: { secretOrDefenceHarm: 'harm' },
  },
  {
    id: 'ND85-9.2.a',
    level: 3,
    clause: `${ND}, Điều 9 khoản 2 điểm a`,
    quote:
      'Cung cấp thông tin và dịch vụ công trực tuyến từ mức độ 3 trở lên theo quy định của pháp luật;',
    summary: 'Phục vụ người dân, doanh nghiệp; dịch vụ công trực tuyến mức độ 3–4 (một phần, toàn trình).',
    when: { systemTypes: SERVES_PUBLIC, onlineServiceLevels: [3, 4] },
  },
  {
    id: 'ND85-9.2.b',
    level: 3,
    clause: `${ND}, Điều 9 khoản 2 điểm b`,
    quote: 'Cung cấp dịch vụ trực tuyến thuộc danh mục dịch vụ kinh doanh có điều kiện;',
    summary: 'Phục vụ người dân, doanh nghiệp; dịch vụ trực tuyến thuộc danh mục kinh doanh có điều kiện.',
    when: { systemTypes: SERVES_PUBLIC, conditionalBusiness: true },
  },
  {
    id: 'ND85-9.2.c',
    level: 3,
    clause: `${ND}, Điều 9 khoản 2 điểm c`,
    quote:
      'Cung cấp dịch vụ trực tuyến khác có xử lý thông tin riêng, thông tin cá nhân của từ 10.000 người sử dụng trở lên.',
    summary: 'Phục vụ người dân, doanh nghiệp; xử lý thông tin riêng, cá nhân của từ 10.000 người sử dụng.',
    when: { systemTypes: SERVES_PUBLIC, informationAny: PRIVATE_OR_PERSONAL, usersAtLeast: USERS },
  },
  {
    id: 'ND85-9.3',
    level: 3,
    clause: `${ND}, Điều 9 khoản 3`,
    quote:
      'Hệ thống cơ sở hạ tầng thông tin dùng chung phục vụ hoạt động của các cơ quan, tổ chức trong phạm vi một ngành, một tỉnh hoặc một số tỉnh.',
    summary: 'Hạ tầng thông tin dùng chung của một ngành, một tỉnh hoặc một số tỉnh.',
    // A nationwide infrastructure that need not run 24/7 (Điều 10 khoản 3) serves at least this widely.
    when: { systemTypes: ['infrastructure'], scopes: ['sector_or_province', 'national'] },
  },
  {
    id: 'ND85-9.4',
    level: 3,
    clause: `${ND}, Điều 9 khoản 4`,
    quote:
      'Hệ thống thông tin điều khiển công nghiệp trực tiếp phục vụ điều khiển, vận hành hoạt động bình thường của các công trình xây dựng cấp II, cấp III hoặc cấp IV theo phân cấp của pháp luật về xây dựng.',
    summary: 'Điều khiển công nghiệp của công trình xây dựng cấp II, III hoặc IV.',
    when: { systemTypes: ['industrial_control'], constructionGrades: ['II', 'III', 'IV'] },
  },
  {
    id: 'ND85-10.1',
    level: 4,
    clause: `${ND}, Điều 10 khoản 1`,
    quote:
      'Hệ thống thông tin xử lý thông tin bí mật nhà nước hoặc hệ thống phục vụ quốc phòng, an ninh, khi bị phá hoại sẽ làm tổn hại nghiêm trọng quốc phòng, an ninh quốc gia.',
    summary: 'Xử lý bí mật nhà nước hoặc phục vụ quốc phòng, an ninh; bị phá hoại sẽ tổn hại nghiêm trọng.',
    when: { secretOrDefenceHarm: 'serious' },
  },
  {
    id: 'ND85-10.2',
    level: 4,
    clause: `${ND}, Điều 10 khoản 2`,
    quote:
      'Hệ thống thông tin quốc gia phục vụ phát triển Chính phủ điện tử, yêu cầu vận hành 24/7 và không chấp nhận ngừng vận hành mà không có kế hoạch trước.',
    summary: 'Hệ thống thông tin quốc gia phục vụ Chính phủ điện tử, vận hành 24/7.',
    when: { nationalEgov: true, operates247: true },
  },
  {
    id: 'ND85-10.3',
    level: 4,
    clause: `${ND}, Điều 10 khoản 3`,
    quote:
      'Hệ thống cơ sở hạ tầng thông tin dùng chung phục vụ hoạt động của các cơ quan, tổ chức trên phạm vi toàn quốc, yêu cầu vận hành 24/7 và không chấp nhận ngừng vận hành mà không có kế hoạch trước.',
    summary: 'Hạ tầng thông tin dùng chung phạm vi toàn quốc, vận hành 24/7.',
    when: { systemTypes: ['infrastructure'], scopes: ['national'], operates247: true },
  },
  {
    id: 'ND85-10.4',
    level: 4,
    clause: `${ND}, Điều 10 khoản 4`,
    quote:
      'Hệ thống thông tin điều khiển công nghiệp trực tiếp phục vụ điều khiển, vận hành hoạt động bình thường của các công trình xây dựng cấp I theo phân cấp của pháp luật về xây dựng.',
    summary: 'Điều khiển công nghiệp của công trình xây dựng cấp I.',
    when: { systemTypes: ['industrial_control'], constructionGrades: ['I'] },
  },
  {
    id: 'ND85-11.1',
    level: 5,
    clause: `${ND}, Điều 11 khoản 1`,
    quote:
      'Hệ thống thông tin xử lý thông tin bí mật nhà nước hoặc hệ thống phục vụ quốc phòng, an ninh, khi bị phá hoại sẽ làm tổn hại đặc biệt nghiêm trọng tới quốc phòng, an ninh quốc gia.',
    summary: 'Xử lý bí mật nhà nước hoặc phục vụ quốc phòng, an ninh; tổn hại đặc biệt nghiêm trọng.',
    when: { secretOrDefenceHarm: 'especially_serious' },
  },
  {
    id: 'ND85-11.2',
    level: 5,
    clause: `${ND}, Điều 11 khoản 2`,
    quote:
      'Hệ thống thông tin phục vụ lưu trữ dữ liệu tập trung đối với một số loại hình thông tin, dữ liệu đặc biệt quan trọng của quốc gia.',
    summary: 'Lưu trữ tập trung dữ liệu đặc biệt quan trọng của quốc gia.',
    when: { nationalCriticalData: true },
  },
  {
    id: 'ND85-11.3',
    level: 5,
    clause: `${ND}, Điều 11 khoản 3`,
    quote:
      'Hệ thống cơ sở hạ tầng thông tin quốc gia phục vụ kết nối liên thông hoạt động của Việt Nam với quốc tế.',
    summary: 'Hạ tầng thông tin quốc gia kết nối Việt Nam với quốc tế.',
    when: { internationalGateway: true },
  },
  {
    id: 'ND85-11.4',
    level: 5,
    clause: `${ND}, Điều 11 khoản 4`,
    quote:
      'Hệ thống thông tin điều khiển công nghiệp trực tiếp phục vụ điều khiển, vận hành hoạt động bình thường của công trình xây dựng cấp đặc biệt theo phân cấp của pháp luật về xây dựng hoặc công trình quan trọng liên quan đến an ninh quốc gia theo pháp luật về an ninh quốc gia.',
    summary:
      'Điều khiển công nghiệp của công trình cấp đặc biệt hoặc công trình quan trọng về an ninh quốc gia.',
    when: { systemTypes: ['industrial_control'], constructionGrades: ['special', 'national_security'] },
  },
  {
    id: 'ND85-11.5',
    level: 5,
    clause: `${ND}, Điều 11 khoản 5`,
    quote: 'Hệ thống thông tin khác theo quyết định của Thủ tướng Chính phủ.',
    summary: 'Hệ thống thông tin khác do Thủ tướng Chính phủ quyết định là cấp độ 5.',
    when: { decidedLevel: 5 },
  },
]

/**
 * Decree 85 has no clause like Decree 331 Điều 8 khoản 2 in the text we hold: its principles of
 * classification are in Điều 5, outside the excerpt, so the rule is cited without a quote.
 */
export const ND85_HIGHEST_RULE = {
  clause: `${ND}, Điều 5`,
  quote: '',
} as const

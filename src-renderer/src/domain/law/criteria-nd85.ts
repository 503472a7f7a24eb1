/**
 * Decree 85/2016/NĐ-CP, Điều 7–11: the level criteria most existing dossiers were approved under.
 * We do not hold the decree's verbatim text (shared/reference has Decree 331 only), so no clause
 * is quoted: `quote` is empty and `summary` states the well-known criterion in our own words.
 * Where the clause number is not certain, the citation names the article only. Check against the
 * Công báo text before relying on a citation. Decree 85 counts users (người sử dụng), 10 000 being
 * the threshold, and graded online public services (mức độ 3–4 at level 3); the wizard's question
 * on administrative procedures stands for the latter.
 */
import type { LevelCriterion } from './criteria'

const ND = 'Nghị định 85/2016/NĐ-CP'
const USERS = 10_000
const PRIVATE_OR_PERSONAL = ['private', 'personal'] as const

const criterion = (c: Omit<LevelCriterion, 'quote'>): LevelCriterion => ({ ...c, quote: '' })

export const ND85_CRITERIA: readonly LevelCriterion[] = [
  criterion({
    id: 'ND85-7',
    level: 1,
    clause: `${ND}, Điều 7`,
    summary: 'Phục vụ hoạt động nội bộ của cơ quan, tổ chức và chỉ xử lý thông tin công cộng.',
    when: { systemTypes: ['internal'], informationOnly: ['public'] },
  }),
  criterion({
    id: 'ND85-8.1',
    level: 2,
    clause: `${ND}, Điều 8 khoản 1`,
    summary:
      'Phục vụ hoạt động nội bộ, có xử lý thông tin riêng, thông tin cá nhân của người sử dụng, không xử lý bí mật nhà nước.',
    when: {
      systemTypes: ['internal'],
      informationAny: PRIVATE_OR_PERSONAL,
      informationNone: ['state_secret'],
    },
  }),
  criterion({
    id: 'ND85-8.2',
    level: 2,
    clause: `${ND}, Điều 8 khoản 2`,
    summary:
      'Phục vụ người dân, doanh nghiệp: cung cấp thông tin trực tuyến, dịch vụ trực tuyến không thuộc danh mục kinh doanh có điều kiện, hoặc xử lý thông tin riêng, cá nhân của dưới 10.000 người sử dụng.',
    when: { systemTypes: ['public_service'], conditionalBusiness: false, usersBelow: USERS },
  }),
  criterion({
    id: 'ND85-8.3',
    level: 2,
    clause: `${ND}, Điều 8 khoản 3`,
    summary: 'Hệ thống cơ sở hạ tầng thông tin phục vụ hoạt động của một cơ quan, tổ chức.',
    when: { systemTypes: ['infrastructure'], scopes: ['organisation'] },
  }),
  criterion({
    id: 'ND85-9.1',
    level: 3,
    clause: `${ND}, Điều 9 khoản 1`,
    summary:
      'Xử lý thông tin bí mật nhà nước hoặc phục vụ quốc phòng, an ninh, khi bị phá hoại sẽ gây tổn hại tới an ninh quốc gia.',
    when: { secretOrDefenceHarm: 'harm' },
  }),
  criterion({
    id: 'ND85-9.2.conditional',
    level: 3,
    clause: `${ND}, Điều 9 khoản 2`,
    summary: 'Cung cấp dịch vụ trực tuyến thuộc danh mục dịch vụ kinh doanh có điều kiện.',
    when: { systemTypes: ['public_service'], conditionalBusiness: true },
  }),
  criterion({
    id: 'ND85-9.2.users',
    level: 3,
    clause: `${ND}, Điều 9 khoản 2`,
    summary:
      'Cung cấp dịch vụ trực tuyến có xử lý thông tin riêng, cá nhân của từ 10.000 người sử dụng trở lên.',
    when: { systemTypes: ['public_service'], informationAny: PRIVATE_OR_PERSONAL, usersAtLeast: USERS },
  }),
  criterion({
    id: 'ND85-9.2.public-service',
    level: 3,
    clause: `${ND}, Điều 9 khoản 2`,
    summary:
      'Cung cấp dịch vụ công trực tuyến mức độ 3, mức độ 4 (giải quyết thủ tục hành chính trực tuyến).',
    when: { administrativeProcedures: true },
  }),
  criterion({
    id: 'ND85-9.3',
    level: 3,
    clause: `${ND}, Điều 9 khoản 3`,
    summary:
      'Hạ tầng thông tin dùng chung của các cơ quan, tổ chức trong một ngành, một tỉnh hoặc một số tỉnh.',
    when: { systemTypes: ['infrastructure'], scopes: ['sector_or_province', 'national'] },
  }),
  criterion({
    id: 'ND85-9.4',
    level: 3,
    clause: `${ND}, Điều 9 khoản 4`,
    summary: 'Điều khiển công nghiệp của công trình xây dựng cấp II, cấp III hoặc cấp IV.',
    when: { systemTypes: ['industrial_control'], constructionGrades: ['II', 'III', 'IV'] },
  }),
  criterion({
    id: 'ND85-10.secret',
    level: 4,
    clause: `${ND}, Điều 10`,
    summary:
      'Xử lý thông tin bí mật nhà nước hoặc phục vụ quốc phòng, an ninh, khi bị phá hoại sẽ gây tổn hại nghiêm trọng tới an ninh quốc gia.',
    when: { secretOrDefenceHarm: 'serious' },
  }),
  criterion({
    id: 'ND85-10.1',
    level: 4,
    clause: `${ND}, Điều 10 khoản 1`,
    summary:
      'Hệ thống thông tin quốc gia phục vụ phát triển Chính phủ điện tử, yêu cầu vận hành 24/7, không chấp nhận ngừng vận hành không có kế hoạch.',
    when: { nationalEgov: true, operates247: true },
  }),
  criterion({
    id: 'ND85-10.2',
    level: 4,
    clause: `${ND}, Điều 10 khoản 2`,
    summary: 'Hạ tầng thông tin dùng chung phạm vi toàn quốc, yêu cầu vận hành 24/7.',
    when: { systemTypes: ['infrastructure'], scopes: ['national'], operates247: true },
  }),
  criterion({
    id: 'ND85-10.3',
    level: 4,
    clause: `${ND}, Điều 10 khoản 3`,
    summary: 'Điều khiển công nghiệp của công trình xây dựng cấp I.',
    when: { systemTypes: ['industrial_control'], constructionGrades: ['I'] },
  }),
  criterion({
    id: 'ND85-11.secret',
    level: 5,
    clause: `${ND}, Điều 11`,
    summary:
      'Xử lý thông tin bí mật nhà nước hoặc phục vụ quốc phòng, an ninh mang tính chiến lược, khi bị phá hoại sẽ gây tổn hại đặc biệt nghiêm trọng tới an ninh quốc gia.',
    when: { secretOrDefenceHarm: 'especially_serious' },
  }),
  criterion({
    id: 'ND85-11.1',
    level: 5,
    clause: `${ND}, Điều 11 khoản 1`,
    summary:
      'Lưu trữ dữ liệu tập trung đối với loại hình thông tin, dữ liệu đặc biệt quan trọng của quốc gia.',
    when: { nationalCriticalData: true },
  }),
  criterion({
    id: 'ND85-11.2',
    level: 5,
    clause: `${ND}, Điều 11 khoản 2`,
    summary: 'Hạ tầng thông tin quốc gia phục vụ kết nối liên thông hoạt động của Việt Nam với quốc tế.',
    when: { internationalGateway: true },
  }),
  criterion({
    id: 'ND85-11.3',
    level: 5,
    clause: `${ND}, Điều 11 khoản 3`,
    summary:
      'Điều khiển công nghiệp của công trình xây dựng cấp đặc biệt hoặc công trình quan trọng về an ninh quốc gia.',
    when: { systemTypes: ['industrial_control'], constructionGrades: ['special', 'national_security'] },
  }),
  criterion({
    id: 'ND85-11.pm',
    level: 5,
    clause: `${ND}, Điều 11`,
    summary: 'Hệ thống thông tin khác do Thủ tướng Chính phủ quyết định là cấp độ 5.',
    when: { decidedLevel: 5 },
  }),
]

/** The principle that a system of parts takes the highest level of its parts (no quote held). */
export const ND85_HIGHEST_RULE = {
  clause: `${ND}, Điều 5`,
  quote: '',
} as const

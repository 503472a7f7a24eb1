/**
 * The answers of the level wizard (xác định cấp độ): the facts about a system that the level
 * criteria of Decree 331 (Điều 11–16) and Decree 85 (Điều 7–11) are worded in. A composite system
 * lists its parts, each with its own answers; it takes the highest level of its parts.
 */
import type { InformationType, Level, SystemType } from '../types'

/** Độ mật of state-secret information (Law on Protection of State Secrets 2018, Điều 8). */
export const SECRET_GRADES = ['mat', 'toi_mat', 'tuyet_mat'] as const
export type SecretGrade = (typeof SECRET_GRADES)[number]

/** Who the system serves: one organisation; a ministry, sector or province (or several); the nation. */
export const SCOPES = ['organisation', 'sector_or_province', 'national'] as const
export type Scope = (typeof SCOPES)[number]

/** How badly national security would be harmed if the system were sabotaged, in the decrees' words. */
export const HARMS = ['none', 'harm', 'serious', 'especially_serious'] as const
export type Harm = (typeof HARMS)[number]

/**
 * The level of the online public services the system provides (Decree 85 Điều 8 khoản 2 điểm a,
 * Điều 9 khoản 2 điểm a grade them by "mức độ"): 0 none, 1–2 information online (today's "cung cấp
 * thông tin trực tuyến"), 3 "một phần", 4 "toàn trình" (the names since Decree 42/2022).
 */
export const ONLINE_SERVICE_LEVELS = [0, 1, 2, 3, 4] as const
export type OnlineServiceLevel = (typeof ONLINE_SERVICE_LEVELS)[number]

/** Grade of the construction works an industrial control system runs (construction law). */
export const CONSTRUCTION_GRADES = ['none', 'IV', 'III', 'II', 'I', 'special', 'national_security'] as const
export type ConstructionGrade = (typeof CONSTRUCTION_GRADES)[number]

export interface LevelAnswers {
  systemType: SystemType
  /** Every kind of information the system processes. */
  information: InformationType[]
  /** The highest grade of the state secrets it processes, when it processes any. */
  secretGrade: SecretGrade | null
  /** Serves national defence or security. */
  defenceOrSecurity: boolean
  /** Consequence for national security if it were sabotaged. */
  harm: Harm
  /** Data subjects whose basic personal data it processes. */
  basicSubjects: number
  /** Data subjects whose sensitive personal data it processes. */
  sensitiveSubjects: number
  /** An online service in a conditional line of business (ngành, nghề đầu tư kinh doanh có điều kiện). */
  conditionalBusiness: boolean
  /** Handles administrative procedures (giải quyết thủ tục hành chính): Decree 331 Điều 13.2.b. */
  administrativeProcedures: boolean
  /**
   * The highest mức độ of the online public services it provides (Decree 85 Điều 8.2.a, 9.2.a).
   * Absent in answers saved before the question was asked: read as none.
   */
  onlineServiceLevel?: OnlineServiceLevel
  scope: Scope
  /** Must run 24/7 and may not stop without a plan made in advance. */
  operates247: boolean
  /** A national system serving e-government (hệ thống thông tin quốc gia phục vụ Chính phủ điện tử). */
  nationalEgov: boolean
  /** Stores centrally data of the nation's especially important kinds. */
  nationalCriticalData: boolean
  /** National infrastructure connecting Việt Nam's activity with other countries. */
  internationalGateway: boolean
  /**
   * Meets a criterion of Decree 331 Điều 16 khoản 1–3 (important to national security). Not a
   * level criterion: it calls for a proposal to the list (Điều 17) and, at level 3 or 4, the
   * level-5 procedure (Điều 20 khoản 4).
   */
  nationalSecurityImportant: boolean
  constructionGrade: ConstructionGrade
  /** A level set by the Prime Minister or by a risk assessment under the risk-management framework. */
  decidedLevel: Level | null
  /** Component systems of a composite system, each classified on its own. */
  parts?: readonly LevelPart[]
}

export interface LevelPart {
  name: string
  answers: LevelAnswers
}

/** A blank questionnaire: an internal system processing only public information. */
export function blankAnswers(overrides: Partial<LevelAnswers> = {}): LevelAnswers {
  return {
    systemType: 'internal',
    information: ['public'],
    secretGrade: null,
    defenceOrSecurity: false,
    harm: 'none',
    basicSubjects: 0,
    sensitiveSubjects: 0,
    conditionalBusiness: false,
    administrativeProcedures: false,
    onlineServiceLevel: 0,
    scope: 'organisation',
    operates247: false,
    nationalEgov: false,
    nationalCriticalData: false,
    internationalGateway: false,
    nationalSecurityImportant: false,
    constructionGrade: 'none',
    decidedLevel: null,
    ...overrides,
  }
}

/** Processes state secrets of the given grade (the grade only counts with the information type). */
export function secretGradeOf(a: Pick<LevelAnswers, 'secretGrade' | 'information'>): SecretGrade | null {
  return a.information.includes('state_secret') ? a.secretGrade : null
}

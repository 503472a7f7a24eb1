/**
 * Rule sets: the numbers of the law as data (docs/domain.md §4). A rule set is never edited in code;
 * Settings copies one and edits the copy. Each approval records the id of the set it was made
 * under, so two regimes can live side by side in one register.
 */
import type { IsoDate } from './calendar-date'
import type { Level } from './types'

export type ReportSchedule =
  | {
      kind: 'quarterly'
      /** Day of the quarter's last month the report is due (Công điện 33: 20). */
      dueDayOfLastMonth: number
    }
  | {
      kind: 'annual'
      /** `MM-DD` bounds of the data period (15/12 of the previous year to 14/12). */
      periodStart: string
      periodEnd: string
      /** `MM-DD`: units report to the owner before this day, the owner upward before the next. */
      unitDue: string
      ownerDue: string
    }

export interface Authority {
  appraiser: string
  /**
   * Who appraises instead for some systems (Decree 85 Điều 12 khoản 3 điểm b–c; Decree 331 Điều 18
   * khoản 3 điểm b–c: Bộ Quốc phòng, Ban Cơ yếu Chính phủ for their own systems). Optional so a
   * copy stored before it existed still loads.
   */
  appraiserExceptions?: string[]
  approver: string
  /** Legal time limit for the appraisal, counted from submission. */
  appraisalLimit: TimeLimit | null
  approvalLimit: TimeLimit | null
}

export interface TimeLimit {
  days: number
  workingDays: boolean
}

export interface RuleSet {
  id: string
  name: string
  /** Bumped when a copy is edited. */
  version: number
  /** The shipped set this one was copied from, for "what differs". */
  basedOn: string | null
  legalBasis: string[]
  cadenceMonths: Record<Level, number>
  approvalDeadline: IsoDate
  deploymentDeadline: IsoDate
  dueSoonDays: number
  report: ReportSchedule
  authorities: Record<Level, Authority>
  /** Systems classified under an earlier regime must meet this one by this date. */
  transitionDeadline: IsoDate | null
  /** Minimum share of an IT plan's budget spent on security. */
  securityBudgetShareMin: number
  /**
   * The legal regime whose level criteria, dossier parts and report form apply (domain/law).
   * Optional so sets stored before it existed still load; law/regime.ts falls back to `basedOn`.
   */
  regime?: LegalRegime
  /**
   * Which earlier approvals must meet this set by `transitionDeadline`: those recorded under one of
   * `fromRuleSetIds` (or a copy of one), or with no recorded set and approved before
   * `approvedBefore`. Re-assessed on or after `approvedBefore`, a system has made the transition.
   */
  transition?: TransitionRule
  /**
   * The limit for answering an incomplete dossier, from the day it is received (Decree 331 Điều 23
   * khoản 2; under Decree 85, Thông tư 03/2017/TT-BTTTT Điều 14 khoản 3). Optional so a copy stored
   * before it existed still loads: law/regime.ts reads it from the shipped set then.
   */
  intakeReplyLimit?: TimeLimit
  /**
   * Decree 331 Điều 39 khoản 1: a system still being invested in or built before `startedBefore`
   * must be appraised and approved under Decree 85 by `approveBy` and meet Decree 331's measures by
   * `meetBy`. The law applies whichever set is active, so both shipped sets carry it.
   */
  constructionTransition?: ConstructionTransition
}

export interface ConstructionTransition {
  /** The Law on Cyber Security's effect (01/7/2026): investment begun before it is covered. */
  startedBefore: IsoDate
  /** Six months from the Law's effect: appraised and approved under Decree 85. */
  approveBy: IsoDate
  /** Twelve months from the Law's effect: Decree 331's conditions, standards and measures met. */
  meetBy: IsoDate
}

/** Decree 85/2016 (with the 2024 directives) or Decree 331/2026. */
export type LegalRegime = 'ND85' | 'ND331'

export interface TransitionRule {
  fromRuleSetIds: string[]
  approvedBefore: IsoDate
}

// Decree 85 Điều 12 (an toàn thông tin); Decree 331 Điều 18 (an ninh mạng): each decree's own words.
const SECURITY_UNIT_85 = 'Đơn vị chuyên trách về an toàn thông tin của chủ quản hệ thống thông tin'
const SECURITY_UNIT_331 = 'Đơn vị chuyên trách về an ninh mạng của chủ quản hệ thống thông tin'
const OWNER = 'Chủ quản hệ thống thông tin'
/** Decree 85 Điều 17 khoản 2, Decree 331 Điều 24 khoản 2: every level. */
const APPROVAL_7_WORKING_DAYS: TimeLimit = { days: 7, workingDays: true }
/** Decree 331 Điều 23 khoản 2; Thông tư 03/2017/TT-BTTTT Điều 14 khoản 3 under Decree 85. */
const INTAKE_5_WORKING_DAYS: TimeLimit = { days: 5, workingDays: true }

const ND85_MINISTRY = {
  appraiser:
    'Bộ Thông tin và Truyền thông chủ trì, phối hợp với Bộ Quốc phòng, Bộ Công an (sau ý kiến chuyên môn của đơn vị chuyên trách về an toàn thông tin)',
  appraiserExceptions: [
    'Hệ thống thông tin do Bộ Quốc phòng quản lý: Bộ Quốc phòng chủ trì thẩm định (Điều 12 khoản 3 điểm b)',
    'Hệ thống thông tin do Bộ Công an quản lý: Bộ Công an chủ trì thẩm định (Điều 12 khoản 3 điểm c)',
  ],
}

const ND85_AUTHORITIES: Record<Level, Authority> = {
  1: {
    appraiser: SECURITY_UNIT_85,
    approver: SECURITY_UNIT_85,
    appraisalLimit: null,
    approvalLimit: APPROVAL_7_WORKING_DAYS,
  },
  2: {
    appraiser: SECURITY_UNIT_85,
    approver: SECURITY_UNIT_85,
    appraisalLimit: null,
    approvalLimit: APPROVAL_7_WORKING_DAYS,
  },
  // Điều 16 khoản 2: "15 ngày" and "30 ngày" are calendar days.
  3: {
    appraiser: SECURITY_UNIT_85,
    approver: OWNER,
    appraisalLimit: { days: 15, workingDays: false },
    approvalLimit: APPROVAL_7_WORKING_DAYS,
  },
  4: {
    ...ND85_MINISTRY,
    approver: OWNER,
    appraisalLimit: { days: 30, workingDays: false },
    approvalLimit: APPROVAL_7_WORKING_DAYS,
  },
  5: {
    ...ND85_MINISTRY,
    approver:
      'Chủ quản phê duyệt phương án bảo đảm an toàn thông tin; Thủ tướng Chính phủ phê duyệt Danh mục hệ thống thông tin cấp độ 5',
    appraisalLimit: { days: 30, workingDays: false },
    approvalLimit: APPROVAL_7_WORKING_DAYS,
  },
}

const BCA = {
  appraiser:
    'Bộ Công an chủ trì, phối hợp với chủ quản hệ thống thông tin (sau ý kiến chuyên môn của đơn vị chuyên trách về an ninh mạng)',
  appraiserExceptions: [
    'Hệ thống thông tin quân sự: Bộ Quốc phòng chủ trì thẩm định (Điều 18 khoản 3 điểm b)',
    'Hệ thống thông tin cơ yếu của cơ quan, tổ chức thuộc Ban Cơ yếu Chính phủ: Ban Cơ yếu Chính phủ chủ trì thẩm định (Điều 18 khoản 3 điểm c)',
  ],
}

const ND331_AUTHORITIES: Record<Level, Authority> = {
  1: {
    appraiser: SECURITY_UNIT_331,
    approver: SECURITY_UNIT_331,
    appraisalLimit: null,
    approvalLimit: APPROVAL_7_WORKING_DAYS,
  },
  2: {
    appraiser: SECURITY_UNIT_331,
    approver: SECURITY_UNIT_331,
    appraisalLimit: null,
    approvalLimit: APPROVAL_7_WORKING_DAYS,
  },
  3: {
    appraiser: SECURITY_UNIT_331,
    approver: OWNER,
    appraisalLimit: { days: 15, workingDays: true },
    approvalLimit: APPROVAL_7_WORKING_DAYS,
  },
  4: {
    ...BCA,
    approver: OWNER,
    appraisalLimit: { days: 25, workingDays: true },
    approvalLimit: APPROVAL_7_WORKING_DAYS,
  },
  5: {
    ...BCA,
    approver:
      'Chủ quản phê duyệt phương án bảo đảm an ninh mạng; Thủ tướng Chính phủ phê duyệt Danh mục hệ thống thông tin quan trọng về an ninh quốc gia',
    appraisalLimit: { days: 25, workingDays: true },
    approvalLimit: APPROVAL_7_WORKING_DAYS,
  },
}

/** Decree 331 Điều 39 khoản 1, counted from the Law on Cyber Security's effect on 01/7/2026. */
const CONSTRUCTION_TRANSITION: ConstructionTransition = {
  startedBefore: '2026-07-01',
  approveBy: '2027-01-01',
  meetBy: '2027-07-01',
}

export const ND85_CT09_2024: RuleSet = {
  id: 'ND85-CT09-2024',
  name: 'Nghị định 85/2016/NĐ-CP, Chỉ thị 09/CT-TTg (2024)',
  version: 1,
  basedOn: null,
  legalBasis: [
    'Luật An toàn thông tin mạng 2015',
    'Nghị định 85/2016/NĐ-CP',
    'Thông tư 12/2022/TT-BTTTT',
    'Chỉ thị 09/CT-TTg ngày 23/02/2024',
    'Công điện 33/CĐ-TTg ngày 07/4/2024',
  ],
  cadenceMonths: { 1: 24, 2: 24, 3: 12, 4: 12, 5: 6 },
  approvalDeadline: '2024-09-30',
  deploymentDeadline: '2024-12-31',
  dueSoonDays: 30,
  report: { kind: 'quarterly', dueDayOfLastMonth: 20 },
  authorities: ND85_AUTHORITIES,
  transitionDeadline: null,
  securityBudgetShareMin: 0.1,
  regime: 'ND85',
  intakeReplyLimit: INTAKE_5_WORKING_DAYS,
  constructionTransition: CONSTRUCTION_TRANSITION,
}

export const ND331_2026: RuleSet = {
  id: 'ND331-2026',
  name: 'Luật An ninh mạng 116/2025/QH15, Nghị định 331/2026/NĐ-CP',
  version: 1,
  basedOn: null,
  legalBasis: ['Luật An ninh mạng 116/2025/QH15', 'Nghị định 331/2026/NĐ-CP ngày 19/8/2026'],
  // Decree 331 sets no intervals ("định kỳ theo cấp độ … và mức độ rủi ro", Điều 28 khoản 5 điểm a;
  // details left to Bộ Công an, Điều 34 khoản 1 điểm đ): a provincial setting, shipped with Decree
  // 85 Điều 20 khoản 2 điểm c's values and labelled so on every screen (cadenceIsProvincial).
  cadenceMonths: { 1: 24, 2: 24, 3: 12, 4: 12, 5: 6 },
  approvalDeadline: '2024-09-30',
  deploymentDeadline: '2024-12-31',
  dueSoonDays: 30,
  report: {
    kind: 'annual',
    periodStart: '12-15',
    periodEnd: '12-14',
    unitDue: '12-20',
    ownerDue: '12-25',
  },
  authorities: ND331_AUTHORITIES,
  transitionDeadline: '2027-07-01',
  securityBudgetShareMin: 0.1,
  regime: 'ND331',
  // The Law on Cyber Security's own transition clause (not Decree 331 Điều 39, which is about
  // systems still being built): already-classified systems meet the new rules within 12 months.
  transition: { fromRuleSetIds: ['ND85-CT09-2024'], approvedBefore: '2026-07-01' },
  intakeReplyLimit: INTAKE_5_WORKING_DAYS,
  constructionTransition: CONSTRUCTION_TRANSITION,
}

export const SHIPPED_RULE_SETS: readonly RuleSet[] = [ND85_CT09_2024, ND331_2026]
export const DEFAULT_RULE_SET_ID = ND85_CT09_2024.id

export function findShippedRuleSet(id: string): RuleSet | undefined {
  return SHIPPED_RULE_SETS.find((r) => r.id === id)
}

/**
 * Rule sets: the numbers of the law as data (DOMAIN.md §4). A rule set is never edited in code;
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
}

/** Decree 85/2016 (with the 2024 directives) or Decree 331/2026. */
export type LegalRegime = 'ND85' | 'ND331'

export interface TransitionRule {
  fromRuleSetIds: string[]
  approvedBefore: IsoDate
}

const SECURITY_UNIT = 'Đơn vị chuyên trách về ATTT của chủ quản'

const ND85_AUTHORITIES: Record<Level, Authority> = {
  1: { appraiser: SECURITY_UNIT, approver: SECURITY_UNIT, appraisalLimit: null, approvalLimit: null },
  2: { appraiser: SECURITY_UNIT, approver: SECURITY_UNIT, appraisalLimit: null, approvalLimit: null },
  3: {
    appraiser: SECURITY_UNIT,
    approver: 'Chủ quản hệ thống thông tin',
    appraisalLimit: { days: 15, workingDays: false },
    approvalLimit: { days: 7, workingDays: true },
  },
  4: {
    appraiser: 'Bộ Thông tin và Truyền thông (sau ý kiến của đơn vị chuyên trách ATTT)',
    approver: 'Chủ quản hệ thống thông tin',
    appraisalLimit: { days: 30, workingDays: false },
    approvalLimit: { days: 7, workingDays: true },
  },
  5: {
    appraiser: 'Bộ Thông tin và Truyền thông (sau ý kiến của đơn vị chuyên trách ATTT)',
    approver: 'Chủ quản phê duyệt phương án; Thủ tướng Chính phủ phê duyệt danh mục cấp độ 5',
    appraisalLimit: { days: 30, workingDays: false },
    approvalLimit: { days: 7, workingDays: true },
  },
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
}

const BCA = 'Bộ Công an (sau ý kiến của đơn vị chuyên trách ATTT)'

export const ND331_2026: RuleSet = {
  id: 'ND331-2026',
  name: 'Luật An ninh mạng 116/2025/QH15, Nghị định 331/2026/NĐ-CP',
  version: 1,
  basedOn: null,
  legalBasis: ['Luật An ninh mạng 116/2025/QH15', 'Nghị định 331/2026/NĐ-CP ngày 19/8/2026'],
  // "Periodically, by level and risk": the province sets these; the defaults keep Decree 85's.
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
  authorities: {
    1: ND85_AUTHORITIES[1],
    2: ND85_AUTHORITIES[2],
    3: {
      ...ND85_AUTHORITIES[3],
      appraisalLimit: { days: 15, workingDays: true },
    },
    4: { ...ND85_AUTHORITIES[4], appraiser: BCA, appraisalLimit: { days: 25, workingDays: true } },
    5: { ...ND85_AUTHORITIES[5], appraiser: BCA, appraisalLimit: { days: 25, workingDays: true } },
  },
  transitionDeadline: '2027-07-01',
  securityBudgetShareMin: 0.1,
  regime: 'ND331',
  // Điều 39 khoản 1: 12 months from the Law on Cyber Security's effect (01/7/2026).
  transition: { fromRuleSetIds: ['ND85-CT09-2024'], approvedBefore: '2026-07-01' },
}

export const SHIPPED_RULE_SETS: readonly RuleSet[] = [ND85_CT09_2024, ND331_2026]
export const DEFAULT_RULE_SET_ID = ND85_CT09_2024.id

export function findShippedRuleSet(id: string): RuleSet | undefined {
  return SHIPPED_RULE_SETS.find((r) => r.id === id)
}

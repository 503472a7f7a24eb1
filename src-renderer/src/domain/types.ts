/**
 * The records of the register, as the rules see them (docs/domain.md §2–3). Flat on purpose: the
 * same shape is stored in IndexedDB (each filterable field indexable), read from and written to
 * Excel, and evaluated here. Dates are calendar dates (`YYYY-MM-DD`); `createdAt`/`updatedAt`
 * are instants (ISO timestamps) because they record when a person changed something.
 */
import type { IsoDate } from './calendar-date'
import type { TickedPart } from './law/dossier-checklist'
import type { LevelJustificationRecord } from './law/justification-record'

export const LEVELS = [1, 2, 3, 4, 5] as const
export type Level = (typeof LEVELS)[number]

export const DOSSIER_STATES = [
  'not_started',
  'drafting',
  'submitted',
  'appraised',
  'approved',
  'revising',
] as const
export type DossierState = (typeof DOSSIER_STATES)[number]

/** Protection-plan deployment, the three states of Mẫu 08. */
export const DEPLOYMENT_STATES = ['none', 'partial', 'full'] as const
export type DeploymentState = (typeof DEPLOYMENT_STATES)[number]

export const SYSTEM_TYPES = [
  'internal',
  'public_service',
  'infrastructure',
  'industrial_control',
  'other',
] as const
export type SystemType = (typeof SYSTEM_TYPES)[number]

export const INFORMATION_TYPES = ['public', 'private', 'personal', 'state_secret'] as const
export type InformationType = (typeof INFORMATION_TYPES)[number]

/**
 * 'unknown': an assessment whose date came from a file that did not say its kind (an inventory's
 * "Ngày kiểm tra, đánh giá gần nhất"): recorded as such rather than assumed periodic.
 */
export const ASSESSMENT_KINDS = ['pre_operation', 'periodic', 'ad_hoc', 'unknown'] as const
export type AssessmentKind = (typeof ASSESSMENT_KINDS)[number]

/** Stamps every stored record carries. */
export interface Stamped {
  id: string
  createdAt: string
  updatedAt: string
}

export interface Unit extends Stamped {
  name: string
  /** Khối: the group the unit is reported under. */
  block: string
  parentId: string | null
}

/** What the rules need to know about a system to evaluate it. */
export interface SystemFacts {
  level: Level | null
  dossierState: DossierState
  approvedOn: IsoDate | null
  deploymentState: DeploymentState
  deployedOn: IsoDate | null
  commissionedOn: IsoDate | null
  /**
   * Ngày bắt đầu đầu tư, xây dựng: with commissionedOn it tells whether the system was still being
   * invested in or built on 01/7/2026, the systems Decree 331 Điều 39 khoản 1 covers. A date, not a
   * yes/no, because "being built" stops being true once the system goes live. Optional: records
   * stored before it existed lack it (no index, so no schema version); absent reads as null.
   */
  investmentStartedOn?: IsoDate | null
}

export interface SystemRecord extends Stamped, SystemFacts {
  name: string
  unitId: string
  /** Chủ quản HTTT. */
  owner: string
  systemType: SystemType | null
  informationTypes: InformationType[]
  description: string
  notes: string
  submittedOn: IsoDate | null
  appraisedOn: IsoDate | null
  /** Số quyết định phê duyệt cấp độ, e.g. `1234/QĐ-UBND`. */
  decisionNo: string
  approvalIssuer: string
  /** The rule set (legal regime) the approval was made under. */
  approvalRuleSetId: string | null
  /** Quy chế bảo đảm ATTT/ANM of the system. */
  securityRulesNo: string
  securityRulesOn: IsoDate | null
  securityRulesIssuer: string
  /** Mẫu 08: expected dates for systems not there yet. */
  expectedApprovalOn: IsoDate | null
  expectedDeploymentOn: IsoDate | null
  /** The level wizard's answers and thuyết minh, once applied (schema v2). */
  levelJustification: LevelJustificationRecord | null
  /** The dossier parts ticked as present, in the order of the law (schema v2). */
  dossierChecklist: TickedPart[]
  /** Bumped on every change; the exchange between offices compares it. */
  revision: number
}

export interface Assessment extends Stamped {
  systemId: string
  date: IsoDate
  kind: AssessmentKind
  assessor: string
  result: string
  findings: string
}

export type HistoryAction = 'create' | 'update' | 'delete' | 'transition' | 'import'
export type HistoryEntity = 'system' | 'unit' | 'assessment' | 'settings' | 'round'

/** One field's change in a history entry. */
export interface FieldChange {
  field: string
  from: unknown
  to: unknown
}

export interface HistoryEntry {
  id?: number
  entity: HistoryEntity
  entityId: string
  /** The system a change belongs to, for a system's history page (also set for its assessments). */
  systemId: string | null
  action: HistoryAction
  changes: FieldChange[]
  at: string
  /** Free text: who or what made the change (user, "Nhập Excel", an office). */
  by: string
  note: string
  /**
   * The officer who used this installation when the entry was written ("Tên người sử dụng" in
   * Settings). Absent on entries written before it was asked, or while no name is set; an entry
   * taken in from another office's file names the officer who took it in (`by` names the office).
   */
  officer?: string
}

export function isLevel(value: unknown): value is Level {
  return typeof value === 'number' && (LEVELS as readonly number[]).includes(value)
}

/**
 * A system's fields before anyone has said anything about them: no level, no dossier, no plan.
 * New systems, imports, the demo generator and test fixtures all start from this one place.
 */
export const SYSTEM_DEFAULTS: Omit<SystemRecord, keyof Stamped | 'name' | 'unitId' | 'revision'> = {
  owner: '',
  level: null,
  systemType: null,
  informationTypes: [],
  description: '',
  notes: '',
  dossierState: 'not_started',
  submittedOn: null,
  appraisedOn: null,
  decisionNo: '',
  approvedOn: null,
  approvalIssuer: '',
  approvalRuleSetId: null,
  securityRulesNo: '',
  securityRulesOn: null,
  securityRulesIssuer: '',
  deploymentState: 'none',
  deployedOn: null,
  commissionedOn: null,
  investmentStartedOn: null,
  expectedApprovalOn: null,
  expectedDeploymentOn: null,
  levelJustification: null,
  dossierChecklist: [],
}

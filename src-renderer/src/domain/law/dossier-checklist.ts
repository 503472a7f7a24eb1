/**
 * What a level-proposal dossier must hold (Decree 331 Điều 21, 24 khoản 1 điểm b, 30 khoản 7;
 * Decree 85 Điều 15, 17 khoản 1 điểm b, and Circular 12/2022 for the security rules), the parts a
 * dossier still lacks, and the warnings the approve step shows.
 */
import { formatViDate, type IsoDate } from '../calendar-date'
import type { Level, SystemRecord } from '../types'
import type { LegalRegime } from './regime'

export const DOSSIER_PARTS = [
  'description',
  'design',
  'level_justification',
  'protection_plan',
  'security_unit_opinion',
  'appraisal_opinion',
  'security_rules',
] as const
export type DossierPart = (typeof DOSSIER_PARTS)[number]

export interface DossierPartSpec {
  part: DossierPart
  label: string
  /** The lowest level that needs the part (every level above needs it too). */
  fromLevel: Level
  citation: Record<LegalRegime, string>
}

const ND331 = 'Nghị định 331/2026/NĐ-CP'
const ND85 = 'Nghị định 85/2016/NĐ-CP'

export const DOSSIER_PART_SPECS: readonly DossierPartSpec[] = [
  {
    part: 'description',
    label: 'Tài liệu mô tả, thuyết minh tổng quan về hệ thống thông tin',
    fromLevel: 1,
    citation: { ND331: `${ND331}, Điều 21 khoản 1`, ND85: `${ND85}, Điều 15 khoản 1` },
  },
  {
    part: 'design',
    label: 'Tài liệu thiết kế (thiết kế sơ bộ, thiết kế thi công hoặc tài liệu tương đương)',
    fromLevel: 1,
    citation: { ND331: `${ND331}, Điều 21 khoản 2`, ND85: `${ND85}, Điều 15 khoản 2` },
  },
  {
    part: 'level_justification',
    label: 'Tài liệu thuyết minh về việc đề xuất cấp độ',
    fromLevel: 1,
    citation: { ND331: `${ND331}, Điều 21 khoản 3`, ND85: `${ND85}, Điều 15 khoản 3` },
  },
  {
    part: 'protection_plan',
    label: 'Tài liệu thuyết minh phương án bảo đảm an ninh mạng theo cấp độ',
    fromLevel: 1,
    citation: { ND331: `${ND331}, Điều 21 khoản 4`, ND85: `${ND85}, Điều 15 khoản 4` },
  },
  {
    part: 'security_unit_opinion',
    label: 'Ý kiến chuyên môn của đơn vị chuyên trách về an ninh mạng',
    fromLevel: 4,
    citation: { ND331: `${ND331}, Điều 21 khoản 5`, ND85: `${ND85}, Điều 15 khoản 5` },
  },
  {
    part: 'appraisal_opinion',
    label: 'Ý kiến thẩm định của cơ quan chủ trì thẩm định',
    fromLevel: 3,
    citation: { ND331: `${ND331}, Điều 24 khoản 1 điểm b`, ND85: `${ND85}, Điều 17 khoản 1 điểm b` },
  },
  {
    part: 'security_rules',
    label: 'Quy chế bảo đảm an ninh mạng của hệ thống, ban hành trước khi phê duyệt',
    fromLevel: 1,
    citation: { ND331: `${ND331}, Điều 30 khoản 7`, ND85: 'Thông tư 12/2022/TT-BTTTT' },
  },
]

/** A part ticked as present, with the day it was done and, once attachments exist, its file. */
export interface TickedPart {
  part: DossierPart
  on: IsoDate | null
  fileId?: string | null
}

/**
 * The checklist with every link to one of `fileIds` cleared (those files were deleted), or null
 * when no ticked part named them. The part stays ticked: the document existed, only its scan went.
 */
export function unlinkFiles(
  checklist: readonly TickedPart[],
  fileIds: ReadonlySet<string>,
): TickedPart[] | null {
  if (!checklist.some((t) => t.fileId && fileIds.has(t.fileId))) return null
  return checklist.map((t) => (t.fileId && fileIds.has(t.fileId) ? { ...t, fileId: null } : t))
}

export function requiredParts(level: Level): DossierPart[] {
  return DOSSIER_PART_SPECS.filter((s) => level >= s.fromLevel).map((s) => s.part)
}

export function partSpec(part: DossierPart): DossierPartSpec {
  const spec = DOSSIER_PART_SPECS.find((s) => s.part === part)
  if (!spec) throw new Error(`unknown dossier part ${part}`)
  return spec
}

type Ticked = readonly (DossierPart | TickedPart)[]

const partOf = (t: DossierPart | TickedPart): DossierPart => (typeof t === 'string' ? t : t.part)

/** The required parts not ticked, in the order of the law. */
export function missingParts(level: Level, ticked: Ticked): DossierPart[] {
  const have = new Set(ticked.map(partOf))
  return requiredParts(level).filter((p) => !have.has(p))
}

export interface ApprovalWarning {
  code: 'no_level' | 'missing_part' | 'security_rules_missing' | 'security_rules_after_approval'
  part?: DossierPart
  message: string
}

/**
 * What the approve step warns about: no level, each missing part, and security rules that are not
 * recorded or are dated after the approval (they must be issued before it).
 */
export function approvalWarnings(
  system: Pick<SystemRecord, 'level' | 'securityRulesNo' | 'securityRulesOn'>,
  ticked: Ticked,
  regime: LegalRegime,
  approvedOn: IsoDate | null = null,
): ApprovalWarning[] {
  if (system.level === null) {
    return [{ code: 'no_level', message: 'Hệ thống chưa có cấp độ đề xuất: chưa thể phê duyệt hồ sơ.' }]
  }
  // Security rules recorded on the system (number and date) count as that part ticked.
  const rulesRecorded = system.securityRulesNo.trim() !== '' && system.securityRulesOn !== null
  const missing = missingParts(system.level, rulesRecorded ? [...ticked, 'security_rules'] : ticked)
  const citation = partSpec('security_rules').citation[regime]
  const warnings: ApprovalWarning[] = missing.map((part) => {
    if (part === 'security_rules') {
      return {
        code: 'security_rules_missing',
        part,
        message: `Chưa có Quy chế bảo đảm an ninh mạng của hệ thống; quy chế phải được ban hành trước khi phê duyệt hồ sơ (${citation}).`,
      }
    }
    const spec = partSpec(part)
    return {
      code: 'missing_part',
      part,
      message: `Hồ sơ cấp độ ${system.level} còn thiếu: ${spec.label} (${spec.citation[regime]}).`,
    }
  })
  if (rulesRecorded && approvedOn && system.securityRulesOn && system.securityRulesOn > approvedOn) {
    warnings.push({
      code: 'security_rules_after_approval',
      part: 'security_rules',
      message: `Quy chế bảo đảm an ninh mạng ban hành ngày ${formatViDate(system.securityRulesOn)}, sau ngày phê duyệt ${formatViDate(approvedOn)}; quy chế phải được ban hành trước (${citation}).`,
    })
  }
  return warnings
}

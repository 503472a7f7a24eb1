/**
 * What a dossier document is drafted from: the system as the register holds it, its unit's name,
 * the issuing body and signer from Settings, the legal regime of the dossier and the day of the
 * draft. Everything else the documents say is derived here, so the forms stay plain data.
 */
import type { IsoDate } from '../calendar-date'
import { suggestLevel } from '../law/level-wizard'
import type { LegalRegime } from '../law/regime'
import type { ReportSettings } from '../report/settings'
import type { DossierPart } from '../law/dossier-checklist'
import type { SystemRecord } from '../types'
import { DOTS } from './official-document'

export interface DossierDocumentInput {
  system: SystemRecord
  /** Đơn vị vận hành: the system's unit. */
  unitName: string
  settings: ReportSettings
  regime: LegalRegime
  /** The day the draft is made. */
  on: IsoDate
}

/** The decree a dossier follows, as a "Căn cứ" line cites it. */
export const DECREE_BASIS: Record<LegalRegime, string> = {
  ND85: 'Căn cứ Nghị định số 85/2016/NĐ-CP ngày 01 tháng 7 năm 2016 của Chính phủ về bảo đảm an toàn hệ thống thông tin theo cấp độ;',
  ND331:
    'Căn cứ Nghị định số 331/2026/NĐ-CP ngày 19 tháng 8 năm 2026 của Chính phủ về bảo vệ an ninh mạng đối với hệ thống thông tin;',
}

/** Decree 85 speaks of "an toàn thông tin", Decree 331 of "an ninh mạng". */
export function securityWord(regime: LegalRegime): string {
  return regime === 'ND331' ? 'an ninh mạng' : 'an toàn thông tin'
}

export function levelText(input: DossierDocumentInput): string {
  const level = input.system.level
  return level === null ? DOTS : `Cấp độ ${level}`
}

/** Đơn vị vận hành as the documents name it, dotted when the system has no unit. */
export function operatorName(input: DossierDocumentInput): string {
  return input.unitName.trim() || DOTS
}

export function ownerName(input: DossierDocumentInput): string {
  return input.system.owner.trim() || input.settings.ownerName.trim() || DOTS
}

export function hasPart(input: DossierDocumentInput, part: DossierPart): boolean {
  return input.system.dossierChecklist.some((t) => t.part === part)
}

/**
 * Whether the proposed level is at least `level`. A system with no level yet counts as below every
 * threshold: its drafts name the security unit and list only the documents every dossier has.
 */
export function levelAtLeast(input: DossierDocumentInput, level: number): boolean {
  return (input.system.level ?? 0) >= level
}

/**
 * The deciding criteria of the saved wizard answers, "Điều 13 khoản 2 điểm b: “…”", judged under
 * the dossier's regime; empty when the level was never justified with the wizard.
 */
export function criteriaLines(input: DossierDocumentInput): string[] {
  const saved = input.system.levelJustification
  if (!saved) return []
  const suggestion = suggestLevel(saved.answers, input.regime)
  return suggestion.reasons.map((r) => {
    const where = r.part ? ` (hệ thống thành phần: ${r.part})` : ''
    const words = r.quote ? `“${r.quote}”` : r.summary
    return `${r.clause}${where}: ${words}`
  })
}

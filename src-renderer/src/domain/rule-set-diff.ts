/**
 * "So sánh hai bộ quy tắc": every value on which two rule sets differ, as rows a user reads — the
 * value's name, both values in Vietnamese, and the article each set's regime cites for it. Values
 * are compared as the user reads them, so two sets that print the same words show no row.
 * Level criteria and the status vocabulary follow the set's regime (law/regime.ts).
 */
import { formatViDate } from './calendar-date'
import { constructionTransitionOf, intakeReplyLimitOf, REGIME_LABEL, regimeOf } from './law/regime'
import { criteriaFor } from './law/level-wizard'
import type { LegalRegime, RuleSet } from './rule-set'
import { ruleCitation, type RuleTopic } from './rule-set-citations'
import {
  budgetShareText,
  cadenceText,
  constructionTransitionText,
  dateOrNone,
  dueSoonText,
  limitText,
  reportDueText,
  reportKindText,
  reportPeriodText,
} from './rule-set-text'
import { DOSSIER_STATES, LEVELS, type DossierState, type Level } from './types'
import { DOSSIER_STATE_LABEL, DOSSIER_STATE_MAU08 } from './vocabulary'

export interface RuleSetDiffRow {
  /** Stable: topic, plus the level or the state it is about (`cadence.3`, `vocabulary.submitted`). */
  key: string
  topic: RuleTopic
  label: string
  left: string
  right: string
  /** The article each side's regime cites for the value; null where it cites none. */
  citations: { left: string | null; right: string | null }
}

/** The words a regime uses for each dossier state: Decree 331 those of Mẫu 08's column (6). */
export function dossierStateWords(regime: LegalRegime): Record<DossierState, string> {
  if (regime === 'ND85') return DOSSIER_STATE_LABEL
  const words = { ...DOSSIER_STATE_MAU08 }
  for (const state of DOSSIER_STATES) if (!words[state]) words[state] = '(để trống trong Mẫu 08)'
  return words
}

function criteriaText(regime: LegalRegime): string {
  return `${REGIME_LABEL[regime]}: ${criteriaFor(regime).length} tiêu chí`
}

function transitionScopeText(rules: RuleSet): string {
  const t = rules.transition
  if (!t || !rules.transitionDeadline) return 'Không áp dụng'
  return `Hệ thống phê duyệt theo ${t.fromRuleSetIds.join(', ')} hoặc trước ${formatViDate(t.approvedBefore)}`
}

interface Value {
  key: string
  topic: RuleTopic
  /** The level a per-level value is about: its citation goes to that level's clause. */
  level?: Level
  label: string
  text: (rules: RuleSet, regime: LegalRegime) => string
}

const byLevel = (
  topic: RuleTopic,
  label: (level: Level) => string,
  text: (rules: RuleSet, level: Level, regime: LegalRegime) => string,
  keyPrefix: string = topic,
): Value[] =>
  LEVELS.map((level) => ({
    key: `${keyPrefix}.${level}`,
    topic,
    level,
    label: label(level),
    text: (rules, regime) => text(rules, level, regime),
  }))

/** Every value compared, in the order Settings shows them. */
const VALUES: readonly Value[] = [
  { key: 'legalBasis', topic: 'legalBasis', label: 'Căn cứ pháp lý', text: (r) => r.legalBasis.join('; ') },
  ...byLevel(
    'cadence',
    (l) => `Chu kỳ kiểm tra, đánh giá — cấp độ ${l}`,
    (r, l, regime) => cadenceText(r.cadenceMonths[l], regime),
  ),
  {
    key: 'dueSoon',
    topic: 'dueSoon',
    label: 'Cảnh báo sắp đến hạn kiểm tra',
    text: (r) => dueSoonText(r.dueSoonDays),
  },
  {
    key: 'approvalDeadline',
    topic: 'approvalDeadline',
    label: 'Hạn phê duyệt hồ sơ đề xuất cấp độ',
    text: (r) => formatViDate(r.approvalDeadline),
  },
  {
    key: 'deploymentDeadline',
    topic: 'deploymentDeadline',
    label: 'Hạn triển khai đầy đủ phương án bảo đảm ATTT',
    text: (r) => formatViDate(r.deploymentDeadline),
  },
  {
    key: 'transitionDeadline',
    topic: 'transitionDeadline',
    label: 'Hạn chuyển tiếp (hệ thống đã phê duyệt trước đó)',
    text: (r) => dateOrNone(r.transitionDeadline),
  },
  {
    key: 'transitionScope',
    topic: 'transitionScope',
    label: 'Hệ thống thuộc diện chuyển tiếp',
    text: transitionScopeText,
  },
  {
    key: 'constructionTransition',
    topic: 'constructionTransition',
    label: 'Hệ thống đang đầu tư, xây dựng (chuyển tiếp)',
    text: (r) => constructionTransitionText(constructionTransitionOf(r)),
  },
  { key: 'reportKind', topic: 'reportKind', label: 'Kỳ báo cáo', text: (r) => reportKindText(r.report) },
  {
    key: 'reportPeriod',
    topic: 'reportPeriod',
    label: 'Thời gian chốt số liệu báo cáo',
    text: (r) => reportPeriodText(r.report),
  },
  {
    key: 'reportDue',
    topic: 'reportDue',
    label: 'Thời hạn gửi báo cáo',
    text: (r) => reportDueText(r.report),
  },
  ...byLevel(
    'appraiser',
    (l) => `Thẩm định — cấp độ ${l}`,
    (r, l) => r.authorities[l].appraiser,
  ),
  ...byLevel(
    'appraiser',
    (l) => `Thẩm định riêng đối với một số hệ thống — cấp độ ${l}`,
    (r, l) => (r.authorities[l].appraiserExceptions ?? []).join('; ') || 'Không có',
    'appraiserExceptions',
  ),
  ...byLevel(
    'approver',
    (l) => `Phê duyệt — cấp độ ${l}`,
    (r, l) => r.authorities[l].approver,
  ),
  {
    key: 'intakeLimit',
    topic: 'intakeLimit',
    label: 'Thời hạn phản hồi hồ sơ chưa hợp lệ',
    text: (r) => limitText(intakeReplyLimitOf(r)),
  },
  ...byLevel(
    'appraisalLimit',
    (l) => `Thời hạn thẩm định — cấp độ ${l}`,
    (r, l) => limitText(r.authorities[l].appraisalLimit),
  ),
  ...byLevel(
    'approvalLimit',
    (l) => `Thời hạn phê duyệt — cấp độ ${l}`,
    (r, l) => limitText(r.authorities[l].approvalLimit),
  ),
  {
    key: 'criteria',
    topic: 'criteria',
    label: 'Tiêu chí xác định cấp độ',
    text: (_r, regime) => criteriaText(regime),
  },
  ...DOSSIER_STATES.map((state): Value => ({
    key: `vocabulary.${state}`,
    topic: 'vocabulary',
    label: `Tên gọi tình trạng hồ sơ "${DOSSIER_STATE_LABEL[state]}"`,
    text: (_r, regime) => dossierStateWords(regime)[state],
  })),
  {
    key: 'budget',
    topic: 'budget',
    label: 'Tỷ lệ kinh phí tối thiểu cho ATTT',
    text: (r) => budgetShareText(r.securityBudgetShareMin),
  },
]

export function diffRuleSets(left: RuleSet, right: RuleSet): RuleSetDiffRow[] {
  const regimes = { left: regimeOf(left), right: regimeOf(right) }
  const rows: RuleSetDiffRow[] = []
  for (const value of VALUES) {
    const a = value.text(left, regimes.left)
    const b = value.text(right, regimes.right)
    if (a === b) continue
    rows.push({
      key: value.key,
      topic: value.topic,
      label: value.label,
      left: a,
      right: b,
      citations: {
        left: ruleCitation(regimes.left, value.topic, value.level),
        right: ruleCitation(regimes.right, value.topic, value.level),
      },
    })
  }
  return rows
}

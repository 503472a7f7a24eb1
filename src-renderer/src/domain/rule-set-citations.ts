/**
 * Where each value of a rule set comes from, by legal regime: the article the officer can open to
 * check it. A copy edited in Settings keeps its regime's citations: the article still says who
 * decides what (e.g. Decree 331 Điều 28 leaves the assessment interval to the province), the copy
 * only fills in the number. Null where the law sets nothing (the due-soon window is CapDo's own).
 * The articles are those of the texts in law/ (nd-85-2016-trich.md, nd-331-2026-trich.md), each
 * to the clause and point; test/unit/law-quotes.test.ts checks that each one cited exists there.
 * The Law on Cyber Security's own transition clause (systems already classified) is cited as the
 * Law: the repository does not hold its text, so its article number is not given.
 */
import type { LegalRegime } from './rule-set'
import type { Level } from './types'

export type RuleTopic =
  | 'legalBasis'
  | 'cadence'
  | 'dueSoon'
  | 'approvalDeadline'
  | 'deploymentDeadline'
  | 'transitionDeadline'
  | 'transitionScope'
  | 'reportKind'
  | 'reportPeriod'
  | 'reportDue'
  | 'appraiser'
  | 'approver'
  | 'appraisalLimit'
  | 'approvalLimit'
  | 'intakeLimit'
  | 'constructionTransition'
  | 'criteria'
  | 'vocabulary'
  | 'budget'

const ND85 = 'Nghị định 85/2016/NĐ-CP'
const ND331 = 'Nghị định 331/2026/NĐ-CP'
const CT09 = 'Chỉ thị 09/CT-TTg ngày 23/02/2024'
const CT14 = 'Chỉ thị 14/CT-TTg năm 2019'
export const LAW_116 = 'Luật An ninh mạng số 116/2025/QH15'
export const BLDS_148_5 = 'Bộ luật Dân sự 2015, Điều 148 khoản 5'
/** Decree 331's transition for systems still being built applies under either set. */
const ND331_39_1 = `${ND331}, Điều 39 khoản 1`

export const RULE_CITATIONS: Record<LegalRegime, Partial<Record<RuleTopic, string>>> = {
  ND85: {
    approvalDeadline: CT09,
    deploymentDeadline: CT09,
    reportKind: 'Công điện 33/CĐ-TTg ngày 07/4/2024',
    reportPeriod: 'Công điện 33/CĐ-TTg ngày 07/4/2024',
    reportDue: 'Công điện 33/CĐ-TTg ngày 07/4/2024',
    cadence: `${ND85}, Điều 20 khoản 2 điểm c; ${CT09}`,
    appraiser: `${ND85}, Điều 12`,
    approver: `${ND85}, Điều 12`,
    appraisalLimit: `${ND85}, Điều 16 khoản 2 (ngày theo lịch; ${BLDS_148_5})`,
    approvalLimit: `${ND85}, Điều 17 khoản 2`,
    intakeLimit: 'Thông tư 03/2017/TT-BTTTT, Điều 14 khoản 3',
    constructionTransition: ND331_39_1,
    criteria: `${ND85}, Điều 7–11`,
    budget: CT14,
  },
  ND331: {
    // Decree 331 names no interval: the article says so, the months are the province's.
    cadence: `${ND331}, Điều 28 khoản 5 điểm a (không quy định chu kỳ); ${ND331}, Điều 34 khoản 1 điểm đ (Bộ Công an quy định chi tiết, chưa ban hành)`,
    approvalDeadline: CT09,
    deploymentDeadline: CT09,
    transitionDeadline: `${LAW_116}, điều khoản chuyển tiếp`,
    transitionScope: `${LAW_116}, điều khoản chuyển tiếp`,
    constructionTransition: ND331_39_1,
    reportKind: `${ND331}, Điều 35 khoản 2`,
    reportPeriod: `${ND331}, Điều 35 khoản 3`,
    reportDue: `${ND331}, Điều 35 khoản 4`,
    appraiser: `${ND331}, Điều 18`,
    approver: `${ND331}, Điều 18`,
    appraisalLimit: `${ND331}, Điều 23 khoản 3`,
    approvalLimit: `${ND331}, Điều 24 khoản 2`,
    intakeLimit: `${ND331}, Điều 23 khoản 2`,
    criteria: `${ND331}, Điều 11–16`,
    vocabulary: `${ND331}, Phụ lục, Mẫu số 08`,
    budget: CT14,
  },
}

type LevelTopic = 'appraiser' | 'approver' | 'appraisalLimit'

const perLevel = (law: string, article: string, clauses: Record<Level, string>): Record<Level, string> =>
  Object.fromEntries(Object.entries(clauses).map(([l, c]) => [l, `${law}, ${article} ${c}`])) as Record<
    Level,
    string
  >

/** Who decides at one level, cited to the clause and point (Decree 85 Điều 12, Decree 331 Điều 18). */
const LEVEL_CITATIONS: Record<LegalRegime, Record<LevelTopic, Partial<Record<Level, string>>>> = {
  ND85: {
    appraiser: perLevel(ND85, 'Điều 12', {
      1: 'khoản 1',
      2: 'khoản 1',
      3: 'khoản 2 điểm a',
      4: 'khoản 3 điểm a, b, c',
      5: 'khoản 3 điểm a, b, c',
    }),
    approver: perLevel(ND85, 'Điều 12', {
      1: 'khoản 1',
      2: 'khoản 1',
      3: 'khoản 2 điểm b',
      4: 'khoản 3 điểm d',
      5: 'khoản 3 điểm d, đ',
    }),
    appraisalLimit: {
      3: `${ND85}, Điều 16 khoản 2 điểm a (ngày theo lịch; ${BLDS_148_5})`,
      4: `${ND85}, Điều 16 khoản 2 điểm b (ngày theo lịch; ${BLDS_148_5})`,
      5: `${ND85}, Điều 16 khoản 2 điểm b (ngày theo lịch; ${BLDS_148_5})`,
    },
  },
  ND331: {
    appraiser: perLevel(ND331, 'Điều 18', {
      1: 'khoản 1',
      2: 'khoản 1',
      3: 'khoản 2 điểm a',
      4: 'khoản 3 điểm a, b, c',
      5: 'khoản 3 điểm a, b, c',
    }),
    approver: perLevel(ND331, 'Điều 18', {
      1: 'khoản 1',
      2: 'khoản 1',
      3: 'khoản 2 điểm b',
      4: 'khoản 3 điểm d',
      5: 'khoản 3 điểm d, đ',
    }),
    appraisalLimit: {
      3: `${ND331}, Điều 23 khoản 3 điểm a`,
      4: `${ND331}, Điều 23 khoản 3 điểm b`,
      5: `${ND331}, Điều 23 khoản 3 điểm b`,
    },
  },
}

/** The article for a topic, to the clause and point at `level` where the law splits it by level. */
export function ruleCitation(regime: LegalRegime, topic: RuleTopic, level?: Level): string | null {
  if (level !== undefined && (topic === 'appraiser' || topic === 'approver' || topic === 'appraisalLimit')) {
    const cited = LEVEL_CITATIONS[regime][topic][level]
    if (cited) return cited
  }
  return RULE_CITATIONS[regime][topic] ?? null
}

/**
 * Where each value of a rule set comes from, by legal regime: the article the officer can open to
 * check it. A copy edited in Settings keeps its regime's citations: the article still says who
 * decides what (e.g. Decree 331 Điều 28 leaves the assessment interval to the province), the copy
 * only fills in the number. Null where the law sets nothing (the due-soon window is CapDo's own).
 * The articles are those of the texts in law/ (nd-85-2016-trich.md, nd-331-2026-trich.md);
 * test/unit/law-quotes.test.ts checks that each one cited exists there.
 */
import type { LegalRegime } from './rule-set'

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
  | 'criteria'
  | 'vocabulary'
  | 'budget'

const ND85 = 'Nghị định 85/2016/NĐ-CP'
const ND331 = 'Nghị định 331/2026/NĐ-CP'
const CT09 = 'Chỉ thị 09/CT-TTg ngày 23/02/2024'
const CT14 = 'Chỉ thị 14/CT-TTg năm 2019'

export const RULE_CITATIONS: Record<LegalRegime, Partial<Record<RuleTopic, string>>> = {
  ND85: {
    cadence: CT09,
    approvalDeadline: CT09,
    deploymentDeadline: CT09,
    reportKind: 'Công điện 33/CĐ-TTg ngày 07/4/2024',
    reportPeriod: 'Công điện 33/CĐ-TTg ngày 07/4/2024',
    reportDue: 'Công điện 33/CĐ-TTg ngày 07/4/2024',
    appraiser: `${ND85}, Điều 12`,
    approver: `${ND85}, Điều 12`,
    appraisalLimit: `${ND85}, Điều 12`,
    approvalLimit: `${ND85}, Điều 12`,
    criteria: `${ND85}, Điều 7–11`,
    budget: CT14,
  },
  ND331: {
    cadence: `${ND331}, Điều 28 khoản 5 điểm a`,
    approvalDeadline: CT09,
    deploymentDeadline: CT09,
    transitionDeadline: `${ND331}, Điều 39 khoản 1`,
    transitionScope: `${ND331}, Điều 39 khoản 1`,
    reportKind: `${ND331}, Điều 35 khoản 2`,
    reportPeriod: `${ND331}, Điều 35 khoản 3`,
    reportDue: `${ND331}, Điều 35 khoản 4`,
    appraiser: `${ND331}, Điều 18`,
    approver: `${ND331}, Điều 18`,
    appraisalLimit: `${ND331}, Điều 23 khoản 3`,
    approvalLimit: `${ND331}, Điều 24 khoản 2`,
    criteria: `${ND331}, Điều 11–16`,
    vocabulary: `${ND331}, Phụ lục, Mẫu số 08`,
    budget: CT14,
  },
}

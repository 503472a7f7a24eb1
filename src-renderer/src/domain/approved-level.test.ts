import { describe, expect, it } from 'vitest'
import {
  approvalLevelChanges,
  assertLevelChange,
  canChangeLevel,
  holdsApproval,
  pendingProposal,
  type ApprovalFacts,
} from './approved-level'
import { evaluateSystem } from './evaluate'
import type { LevelJustificationRecord } from './law/justification-record'
import { blankAnswers } from './law/level-answers'
import { ND85_CT09_2024 } from './rule-set'

/** Approved at level 1 by decision 12/QĐ-UBND of 01/03/2024. */
const approved: ApprovalFacts = {
  level: 1,
  dossierState: 'approved',
  decisionNo: '12/QĐ-UBND',
  approvedOn: '2024-03-01',
}
const draft: ApprovalFacts = { level: 2, dossierState: 'drafting', decisionNo: '', approvedOn: null }

interface Case {
  name: string
  before: ApprovalFacts
  after: Partial<ApprovalFacts>
  ok: boolean
  code?: string
}

const CASES: Case[] = [
  { name: 'a proposal without approval changes freely', before: draft, after: { level: 4 }, ok: true },
  { name: 'a proposal may be cleared', before: draft, after: { level: null }, ok: true },
  { name: 'an approved system keeping its level', before: approved, after: { notes: 'x' } as never, ok: true },
  {
    name: 'an approved level raised without a decision',
    before: approved,
    after: { level: 3 },
    ok: false,
    code: 'approved_level_locked',
  },
  {
    name: 'an approved level cleared without a decision',
    before: approved,
    after: { level: null },
    ok: false,
    code: 'approved_level_locked',
  },
  {
    name: 'a level changed while re-determining (revising), same decision',
    before: { ...approved, dossierState: 'revising' },
    after: { level: 3 },
    ok: false,
    code: 'approved_level_locked',
  },
  {
    name: 'a level changed while the re-determination is at appraisal',
    before: { ...approved, dossierState: 'appraised' },
    after: { level: 3 },
    ok: false,
    code: 'approved_level_locked',
  },
  {
    name: 'a new decision number and date with the new level',
    before: approved,
    after: { level: 3, decisionNo: '45/QĐ-UBND', approvedOn: '2026-11-20' },
    ok: true,
  },
  {
    name: 'a new decision date alone (same number written again)',
    before: approved,
    after: { level: 3, approvedOn: '2026-11-20' },
    ok: true,
  },
  {
    name: 'a new decision number on the same day',
    before: approved,
    after: { level: 3, decisionNo: '13/QĐ-UBND' },
    ok: true,
  },
  {
    name: 'the same decision number written differently is not new',
    before: approved,
    after: { level: 3, decisionNo: ' 12/qđ-ubnd ' },
    ok: false,
    code: 'approved_level_locked',
  },
  {
    name: 'a re-determination ending in a new decision',
    before: { ...approved, dossierState: 'appraised' },
    after: { level: 3, dossierState: 'approved', decisionNo: '45/QĐ-UBND', approvedOn: '2026-11-20' },
    ok: true,
  },
  {
    name: 'a "new" decision dated before the one in force',
    before: approved,
    after: { level: 3, decisionNo: '45/QĐ-UBND', approvedOn: '2023-01-01' },
    ok: false,
    code: 'decision_before_approval',
  },
  {
    name: 'dropping the approval does not free the level',
    before: approved,
    after: { level: 3, dossierState: 'drafting', decisionNo: '', approvedOn: null },
    ok: false,
    code: 'approved_level_locked',
  },
  {
    name: 'a new number but the dossier not approved',
    before: approved,
    after: { level: 3, dossierState: 'revising', decisionNo: '45/QĐ-UBND', approvedOn: '2026-11-20' },
    ok: false,
    code: 'approved_level_locked',
  },
  {
    name: 'an approval recorded without a number, then a level change without a new date',
    before: { ...approved, decisionNo: '' },
    after: { level: 2 },
    ok: false,
    code: 'approved_level_locked',
  },
  {
    name: 'the first approval of a dossier (nothing held before)',
    before: { level: 2, dossierState: 'appraised', decisionNo: '', approvedOn: null },
    after: { level: 2, dossierState: 'approved', decisionNo: '1/QĐ', approvedOn: '2026-11-01' },
    ok: true,
  },
]

describe('an approved level changes only with a new approval decision', () => {
  it.each(CASES)('$name', ({ before, after, ok, code }) => {
    const verdict = canChangeLevel(before, { ...before, ...after } as ApprovalFacts)
    expect(verdict.ok).toBe(ok)
    if (!verdict.ok) expect(verdict.code).toBe(code)
  })

  it('the refusal names the approved level, its decision, the level refused and what to do', () => {
    const verdict = canChangeLevel(approved, { ...approved, level: 3 }, 'Cổng dịch vụ công')
    expect(verdict).toEqual({
      ok: false,
      code: 'approved_level_locked',
      message:
        'Hệ thống "Cổng dịch vụ công" đang ở Cấp độ 1 đã được phê duyệt theo Quyết định số 12/QĐ-UBND ' +
        'ngày 01/03/2024, nên không đổi sang Cấp độ 3 khi không có quyết định phê duyệt mới (số hoặc ngày ' +
        'quyết định khác). Cấp độ đã phê duyệt chỉ thay đổi cùng quyết định phê duyệt mới: hãy bắt đầu xác ' +
        'định lại cấp độ và ghi nhận quyết định phê duyệt mới khi có.',
    })
    expect(() => assertLevelChange(approved, { ...approved, level: 3 })).toThrow(/Cấp độ 1.*Cấp độ 3/)
  })

  it('an approval is held when approved, while re-determining, and at the later steps of a re-determination', () => {
    expect(holdsApproval(approved)).toBe(true)
    expect(holdsApproval({ dossierState: 'revising', approvedOn: '2024-03-01' })).toBe(true)
    expect(holdsApproval({ dossierState: 'submitted', approvedOn: '2024-03-01' })).toBe(true)
    expect(holdsApproval({ dossierState: 'submitted', approvedOn: null })).toBe(false)
    expect(holdsApproval({ dossierState: 'not_started', approvedOn: null })).toBe(false)
  })

  it('locks a level exactly when the counters and reports count the system as approved', () => {
    // "Đang xác định lại" imported without a decision date, and a first dossier with a stray date:
    // the evaluation counts neither as approved (evaluate.test.ts), so neither has a level to lock.
    const cases: ApprovalFacts[] = [
      { ...approved, dossierState: 'revising', approvedOn: null, decisionNo: '' },
      { ...approved, dossierState: 'not_started' },
    ]
    for (const before of cases) {
      const facts = { ...before, deploymentState: 'none', deployedOn: null, commissionedOn: null } as const
      const counted = evaluateSystem(facts, null, ND85_CT09_2024, '2025-01-01').approval === 'approved'
      expect(holdsApproval(before)).toBe(counted)
      expect(canChangeLevel(before, { ...before, level: 3 })).toEqual({ ok: true })
    }
  })
})

describe('a proposal kept beside the approval', () => {
  const justification = (proposedLevel?: 1 | 2 | 3): LevelJustificationRecord => ({
    answers: blankAnswers(),
    regime: 'ND331',
    ruleSetId: 'ND331-2026',
    suggestedLevel: 3,
    criterionIds: [],
    madeOn: '2026-12-01',
    text: 'Thuyết minh',
    ...(proposedLevel === undefined ? {} : { proposedLevel }),
  })

  it('is pending only on a system holding an approval, when it differs from the approved level', () => {
    expect(pendingProposal({ ...approved, levelJustification: justification(3) })).toBe(3)
    expect(pendingProposal({ ...approved, levelJustification: justification(1) })).toBeNull()
    expect(pendingProposal({ ...approved, levelJustification: justification() })).toBeNull()
    expect(pendingProposal({ ...draft, levelJustification: justification(3) })).toBeNull()
  })

  it('recording the new decision makes the proposal the level and ends the proposal', () => {
    const during = { ...approved, dossierState: 'appraised' as const, levelJustification: justification(3) }
    const changes = approvalLevelChanges(during)
    expect(changes.level).toBe(3)
    expect(changes.levelJustification).toEqual(justification())
    expect(changes.levelJustification && 'proposedLevel' in changes.levelJustification).toBe(false)
  })

  it('a decision with nothing proposed leaves the level as it is', () => {
    expect(approvalLevelChanges({ ...approved, levelJustification: null })).toEqual({})
    expect(approvalLevelChanges({ ...approved, levelJustification: justification() })).toEqual({})
  })
})

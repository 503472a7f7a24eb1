import { describe, expect, it } from 'vitest'
import { DomainError } from './errors'
import { DOSSIER_STATES, LEVELS, type DossierState, type Level } from './types'
import {
  allowedActions,
  DOSSIER_ACTIONS,
  earliestStepDate,
  transition,
  type DossierAction,
  type DossierChanges,
  type DossierFacts,
  type TransitionInput,
} from './workflow'

const AS_OF = '2024-09-30'
const INPUT: TransitionInput = {
  date: '2024-09-01',
  decisionNo: '1234/QĐ-UBND',
  issuer: 'UBND thành phố Hải Phòng',
  ruleSetId: 'ND85-CT09-2024',
}

/**
 * The whole state machine of docs/domain.md §3, written out by hand: for each state and action, where the
 * dossier goes (for levels 1–2 and for levels 3–5), or null when the step is refused.
 */
const EXPECTED: Record<DossierState, Record<DossierAction, [DossierState | null, DossierState | null]>> = {
  not_started: {
    start_drafting: ['drafting', 'drafting'],
    submit: [null, null],
    record_appraisal: [null, null],
    approve: [null, null],
    return_for_revision: [null, null],
    start_revision: [null, null],
  },
  drafting: {
    start_drafting: [null, null],
    submit: ['submitted', 'submitted'],
    record_appraisal: [null, null],
    approve: [null, null],
    return_for_revision: [null, null],
    start_revision: [null, null],
  },
  submitted: {
    start_drafting: [null, null],
    submit: [null, null],
    record_appraisal: ['appraised', 'appraised'],
    approve: ['approved', null],
    return_for_revision: ['drafting', 'drafting'],
    start_revision: [null, null],
  },
  appraised: {
    start_drafting: [null, null],
    submit: [null, null],
    record_appraisal: [null, null],
    approve: ['approved', 'approved'],
    return_for_revision: ['submitted', 'submitted'],
    start_revision: [null, null],
  },
  approved: {
    start_drafting: [null, null],
    submit: [null, null],
    record_appraisal: [null, null],
    approve: [null, null],
    return_for_revision: [null, null],
    start_revision: ['revising', 'revising'],
  },
  revising: {
    start_drafting: [null, null],
    submit: ['submitted', 'submitted'],
    record_appraisal: [null, null],
    approve: [null, null],
    return_for_revision: [null, null],
    start_revision: [null, null],
  },
}

function expectedTarget(state: DossierState, action: DossierAction, level: Level): DossierState | null {
  return EXPECTED[state][action][level <= 2 ? 0 : 1]
}

const CASES = DOSSIER_STATES.flatMap((state) =>
  DOSSIER_ACTIONS.flatMap((action) =>
    LEVELS.map((level) => ({ state, action, level, to: expectedTarget(state, action, level) })),
  ),
)

function refusal(run: () => unknown): DomainError {
  try {
    run()
  } catch (error) {
    if (error instanceof DomainError) return error
    throw error
  }
  throw new Error('expected the step to be refused')
}

describe('every state × action × level of the dossier workflow', () => {
  it('covers all six states, six actions and five levels', () => {
    expect(CASES).toHaveLength(6 * 6 * 5)
    expect(CASES.filter((c) => c.to !== null)).toHaveLength(8 * 5 + 2)
  })

  it.each(CASES.filter((c) => c.to !== null))(
    'a level-$level dossier that is $state may $action and becomes $to',
    ({ state, action, level, to }) => {
      const facts: DossierFacts = { dossierState: state, level }
      expect(allowedActions(facts)).toContain(action)
      expect(transition(facts, action, INPUT, AS_OF).dossierState).toBe(to)
    },
  )

  it.each(CASES.filter((c) => c.to === null))(
    'a level-$level dossier that is $state may not $action',
    ({ state, action, level }) => {
      const facts: DossierFacts = { dossierState: state, level }
      expect(allowedActions(facts)).not.toContain(action)
      const error = refusal(() => transition(facts, action, INPUT, AS_OF))
      expect(error.code).toBe('transition_refused')
      expect(error.message).toBe('Không thể thực hiện bước này ở trạng thái hiện tại của hồ sơ.')
      expect(error.details).toEqual({ from: state, action })
    },
  )
})

describe('allowed actions, in workflow order', () => {
  it('a submitted level-1 or level-2 dossier may be approved straight away (one security unit does both)', () => {
    expect(allowedActions({ dossierState: 'submitted', level: 1 })).toEqual([
      'record_appraisal',
      'approve',
      'return_for_revision',
    ])
    expect(allowedActions({ dossierState: 'submitted', level: 2 })).toContain('approve')
  })

  it('a submitted dossier of level 3–5 needs the appraisal opinion before approval', () => {
    for (const level of [3, 4, 5] as const) {
      expect(allowedActions({ dossierState: 'submitted', level })).toEqual([
        'record_appraisal',
        'return_for_revision',
      ])
    }
  })

  it('a submitted dossier with no level may not be approved straight away', () => {
    expect(allowedActions({ dossierState: 'submitted', level: null })).not.toContain('approve')
    expect(
      refusal(() => transition({ dossierState: 'submitted', level: null }, 'approve', INPUT, AS_OF)).code,
    ).toBe('transition_refused')
  })

  it('an approved dossier may only start a revision', () => {
    expect(allowedActions({ dossierState: 'approved', level: 4 })).toEqual(['start_revision'])
  })
})

describe('submitting a dossier', () => {
  it('requires a proposed level, with a Vietnamese message', () => {
    const error = refusal(() => transition({ dossierState: 'drafting', level: null }, 'submit', INPUT, AS_OF))
    expect(error.code).toBe('level_required')
    expect(error.message).toBe('Cần xác định cấp độ đề xuất trước khi trình thẩm định.')
  })

  it('records the submission date and clears an old appraisal date', () => {
    expect(
      transition({ dossierState: 'drafting', level: 3 }, 'submit', { date: '2024-09-01' }, AS_OF),
    ).toEqual({
      dossierState: 'submitted',
      submittedOn: '2024-09-01',
      appraisedOn: null,
    })
  })

  it('may be recorded without a date', () => {
    expect(transition({ dossierState: 'drafting', level: 3 }, 'submit', {}, AS_OF).submittedOn).toBeNull()
  })

  it('refuses a submission dated in the future', () => {
    const error = refusal(() =>
      transition({ dossierState: 'drafting', level: 3 }, 'submit', { date: '2024-10-01' }, AS_OF),
    )
    expect(error.code).toBe('date_in_future')
    expect(error.message).toBe('Ngày trình thẩm định (01/10/2024) không được sau ngày hôm nay (30/09/2024).')
  })
})

describe('recording the appraisal opinion', () => {
  it('records the appraisal date', () => {
    expect(
      transition({ dossierState: 'submitted', level: 4 }, 'record_appraisal', { date: AS_OF }, AS_OF),
    ).toEqual({
      dossierState: 'appraised',
      appraisedOn: AS_OF,
    })
  })

  it('refuses an appraisal dated in the future', () => {
    const error = refusal(() =>
      transition({ dossierState: 'submitted', level: 4 }, 'record_appraisal', { date: '2024-10-01' }, AS_OF),
    )
    expect(error.code).toBe('date_in_future')
    expect(error.message).toBe(
      'Ngày có ý kiến thẩm định (01/10/2024) không được sau ngày hôm nay (30/09/2024).',
    )
  })
})

describe('approving a dossier', () => {
  const appraised: DossierFacts = { dossierState: 'appraised', level: 3 }

  it('records the decision number, date, issuer and the rule set it was made under', () => {
    const changes: DossierChanges = transition(appraised, 'approve', INPUT, AS_OF)
    expect(changes).toEqual({
      dossierState: 'approved',
      decisionNo: '1234/QĐ-UBND',
      approvedOn: '2024-09-01',
      approvalIssuer: 'UBND thành phố Hải Phòng',
      approvalRuleSetId: 'ND85-CT09-2024',
    })
  })

  it('trims the decision number and the issuer', () => {
    const changes = transition(
      appraised,
      'approve',
      { ...INPUT, decisionNo: '  56/QĐ-UBND ', issuer: ' Sở KH&CN ' },
      AS_OF,
    )
    expect(changes.decisionNo).toBe('56/QĐ-UBND')
    expect(changes.approvalIssuer).toBe('Sở KH&CN')
  })

  it('records no rule set when none is given', () => {
    expect(
      transition(appraised, 'approve', { ...INPUT, ruleSetId: undefined }, AS_OF).approvalRuleSetId,
    ).toBeNull()
  })

  it('may be dated today', () => {
    expect(transition(appraised, 'approve', { ...INPUT, date: AS_OF }, AS_OF).approvedOn).toBe(AS_OF)
  })

  it.each([
    [
      { decisionNo: undefined },
      'decision_no_required',
      'Cần nhập số quyết định phê duyệt, ví dụ 1234/QĐ-UBND.',
    ],
    [{ decisionNo: '   ' }, 'decision_no_required', 'Cần nhập số quyết định phê duyệt, ví dụ 1234/QĐ-UBND.'],
    [{ issuer: undefined }, 'issuer_required', 'Cần nhập cơ quan ban hành quyết định phê duyệt.'],
    [{ issuer: ' ' }, 'issuer_required', 'Cần nhập cơ quan ban hành quyết định phê duyệt.'],
    [{ date: undefined }, 'date_required', 'Cần nhập ngày quyết định phê duyệt (dd/mm/yyyy).'],
    [{ date: null }, 'date_required', 'Cần nhập ngày quyết định phê duyệt (dd/mm/yyyy).'],
    [{ date: '2024-02-30' }, 'date_required', 'Cần nhập ngày quyết định phê duyệt (dd/mm/yyyy).'],
    [{ date: '30/09/2024' }, 'date_required', 'Cần nhập ngày quyết định phê duyệt (dd/mm/yyyy).'],
    [
      { date: '2024-10-01' },
      'date_in_future',
      'Ngày quyết định phê duyệt (01/10/2024) không được sau ngày hôm nay (30/09/2024).',
    ],
  ] as const)('refuses %j with %s', (patch, code, message) => {
    const error = refusal(() => transition(appraised, 'approve', { ...INPUT, ...patch }, AS_OF))
    expect(error.code).toBe(code)
    expect(error.message).toBe(message)
  })

  it('requires a level', () => {
    const error = refusal(() =>
      transition({ dossierState: 'appraised', level: null }, 'approve', INPUT, AS_OF),
    )
    expect(error.code).toBe('level_required')
    expect(error.message).toBe('Cần xác định cấp độ trước khi phê duyệt.')
  })
})

describe('each step is dated no earlier than the one it rests on', () => {
  const TODAY = '2026-12-07'

  it('the issue’s dates: an appraisal opinion of 15/09/2026 on a dossier submitted 01/10/2026 is refused', () => {
    const submitted: DossierFacts = { dossierState: 'submitted', level: 3, submittedOn: '2026-10-01' }
    const error = refusal(() => transition(submitted, 'record_appraisal', { date: '2026-09-15' }, TODAY))
    expect(error.code).toBe('dates_out_of_order')
    expect(error.message).toBe(
      'Ngày có ý kiến thẩm định (15/09/2026) không được trước ngày trình thẩm định (01/10/2026).',
    )
  })

  it('the issue’s dates: an approval of 01/09/2026 resting on an opinion of 15/09/2026 is refused', () => {
    const appraised: DossierFacts = {
      dossierState: 'appraised',
      level: 3,
      submittedOn: '2026-09-01',
      appraisedOn: '2026-09-15',
    }
    const error = refusal(() => transition(appraised, 'approve', { ...INPUT, date: '2026-09-01' }, TODAY))
    expect(error.code).toBe('dates_out_of_order')
    expect(error.message).toBe(
      'Ngày phê duyệt (01/09/2026) không được trước ngày có ý kiến thẩm định (15/09/2026).',
    )
  })

  it('a level-2 approval straight from submission may not predate the submission', () => {
    const submitted: DossierFacts = { dossierState: 'submitted', level: 2, submittedOn: '2026-10-01' }
    const error = refusal(() => transition(submitted, 'approve', { ...INPUT, date: '2026-09-30' }, TODAY))
    expect(error.message).toBe(
      'Ngày phê duyệt (30/09/2026) không được trước ngày trình thẩm định (01/10/2026).',
    )
  })

  it.each([
    ['record_appraisal', { dossierState: 'submitted', level: 3, submittedOn: '2026-10-01' }],
    [
      'approve',
      { dossierState: 'appraised', level: 3, submittedOn: '2026-09-20', appraisedOn: '2026-10-01' },
    ],
  ] as const)('%s on the same day as the step before is accepted', (action, facts) => {
    expect(() => transition(facts, action, { ...INPUT, date: '2026-10-01' }, TODAY)).not.toThrow()
  })

  it('a re-determination may be submitted after the approval still in force', () => {
    const revising: DossierFacts = {
      dossierState: 'revising',
      level: 3,
      submittedOn: '2024-06-01',
      appraisedOn: '2024-07-01',
      approvedOn: '2024-08-01',
    }
    expect(transition(revising, 'submit', { date: '2026-10-01' }, TODAY)).toEqual({
      dossierState: 'submitted',
      submittedOn: '2026-10-01',
      appraisedOn: null,
    })
  })
})

describe('returning a dossier for revision (Cần bổ sung) goes one step back', () => {
  it('a submitted dossier goes back to drafting and loses its submission date', () => {
    expect(transition({ dossierState: 'submitted', level: 3 }, 'return_for_revision', {}, AS_OF)).toEqual({
      dossierState: 'drafting',
      submittedOn: null,
    })
  })

  it('an appraised dossier goes back to submitted and loses its appraisal date', () => {
    expect(transition({ dossierState: 'appraised', level: 3 }, 'return_for_revision', {}, AS_OF)).toEqual({
      dossierState: 'submitted',
      appraisedOn: null,
    })
  })
})

describe('revising an approved dossier', () => {
  it('keeps the old decision number, date, issuer and rule set on the record', () => {
    const changes = transition({ dossierState: 'approved', level: 3 }, 'start_revision', {}, AS_OF)
    expect(changes).toEqual({ dossierState: 'revising' })
    for (const field of ['decisionNo', 'approvedOn', 'approvalIssuer', 'approvalRuleSetId'] as const) {
      expect(changes).not.toHaveProperty(field)
    }
  })

  it('a level-3 dossier goes through the whole workflow and back into revision', () => {
    let facts: DossierFacts = { dossierState: 'not_started', level: 3 }
    const path: DossierAction[] = [
      'start_drafting',
      'submit',
      'record_appraisal',
      'approve',
      'start_revision',
      'submit',
      'record_appraisal',
      'approve',
    ]
    const states = path.map((action) => {
      const next = transition(facts, action, INPUT, AS_OF).dossierState
      if (!next) throw new Error(`no state after ${action}`)
      facts = { ...facts, dossierState: next }
      return next
    })
    expect(states).toEqual([
      'drafting',
      'submitted',
      'appraised',
      'approved',
      'revising',
      'submitted',
      'appraised',
      'approved',
    ])
  })
})

describe('the date a step may not precede, as its dialog states it', () => {
  const facts: DossierFacts = {
    dossierState: 'appraised',
    level: 3,
    submittedOn: '2026-03-01',
    appraisedOn: '2026-03-20',
    approvedOn: null,
  }
  it('is the appraisal opinion for an approval, the submission for an opinion, none for other steps', () => {
    expect(earliestStepDate(facts, 'approve')).toEqual({ field: 'appraisedOn', date: '2026-03-20' })
    expect(earliestStepDate({ ...facts, appraisedOn: null }, 'approve')).toEqual({
      field: 'submittedOn',
      date: '2026-03-01',
    })
    expect(earliestStepDate(facts, 'record_appraisal')).toEqual({ field: 'submittedOn', date: '2026-03-01' })
    expect(earliestStepDate(facts, 'submit')).toBeNull()
    expect(earliestStepDate({ ...facts, submittedOn: null, appraisedOn: null }, 'approve')).toBeNull()
  })
})

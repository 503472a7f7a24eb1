import { describe, expect, it } from 'vitest'
import {
  assertDossierDates,
  dossierDateViolations,
  isDossierDateError,
  newDateViolations,
  type DossierDates,
} from './dossier-dates'
import { DomainError } from './errors'

const TODAY = '2026-12-07'

describe('the order of a dossier’s dates (Decree 331 Điều 20, 24; Decree 85 Điều 14, 17)', () => {
  it.each<[string, DossierDates, string[]]>([
    [
      'the issue’s dates: submitted 01/10, appraised 15/09, approved 01/09',
      {
        dossierState: 'approved',
        submittedOn: '2026-10-01',
        appraisedOn: '2026-09-15',
        approvedOn: '2026-09-01',
      },
      [
        'Ngày có ý kiến thẩm định (15/09/2026) không được trước ngày trình thẩm định (01/10/2026).',
        'Ngày phê duyệt (01/09/2026) không được trước ngày có ý kiến thẩm định (15/09/2026).',
        'Ngày phê duyệt (01/09/2026) không được trước ngày trình thẩm định (01/10/2026).',
      ],
    ],
    [
      'an approval the day before its appraisal opinion',
      {
        dossierState: 'approved',
        submittedOn: '2026-09-01',
        appraisedOn: '2026-09-15',
        approvedOn: '2026-09-14',
      },
      ['Ngày phê duyệt (14/09/2026) không được trước ngày có ý kiến thẩm định (15/09/2026).'],
    ],
    [
      'a level-2 approval (no appraisal step) before its submission',
      { dossierState: 'approved', submittedOn: '2026-09-10', appraisedOn: null, approvedOn: '2026-09-09' },
      ['Ngày phê duyệt (09/09/2026) không được trước ngày trình thẩm định (10/09/2026).'],
    ],
    [
      'an appraisal opinion the day before the submission, not yet approved',
      { dossierState: 'appraised', submittedOn: '2026-10-01', appraisedOn: '2026-09-30' },
      ['Ngày có ý kiến thẩm định (30/09/2026) không được trước ngày trình thẩm định (01/10/2026).'],
    ],
  ])('refuses %s, naming both dates', (_case, dates, messages) => {
    expect(dossierDateViolations(dates).map((v) => v.message)).toEqual(messages)
  })

  it.each<[string, DossierDates]>([
    [
      'every step on the same day',
      {
        dossierState: 'approved',
        submittedOn: '2026-09-01',
        appraisedOn: '2026-09-01',
        approvedOn: '2026-09-01',
      },
    ],
    [
      'each step a day after the one before',
      {
        dossierState: 'approved',
        submittedOn: '2026-09-01',
        appraisedOn: '2026-09-02',
        approvedOn: '2026-09-03',
      },
    ],
    [
      'dates not recorded',
      { dossierState: 'approved', submittedOn: null, appraisedOn: null, approvedOn: null },
    ],
    [
      'a re-determination submitted after the earlier approval (the approval stays in force)',
      { dossierState: 'submitted', submittedOn: '2026-10-01', appraisedOn: null, approvedOn: '2024-09-01' },
    ],
    [
      're-determination appraised, the earlier approval still the one recorded',
      {
        dossierState: 'appraised',
        submittedOn: '2026-10-01',
        appraisedOn: '2026-10-20',
        approvedOn: '2024-09-01',
      },
    ],
    [
      'a system being re-determined with a new dossier dated after its approval',
      { dossierState: 'revising', submittedOn: '2026-10-01', appraisedOn: null, approvedOn: '2024-09-01' },
    ],
    [
      'a plan deployed before the approval (not a rule of the decrees: see the file header)',
      { dossierState: 'approved', approvedOn: '2026-09-01', deployedOn: '2025-01-01' },
    ],
    [
      'security rules issued after the approval (warned at approval, not refused)',
      { dossierState: 'approved', approvedOn: '2026-09-01', securityRulesOn: '2026-10-01' },
    ],
  ])('accepts %s', (_case, dates) => {
    expect(dossierDateViolations(dates)).toEqual([])
  })
})

describe('dates that record something done cannot be in the future', () => {
  it.each<[keyof DossierDates, string]>([
    ['submittedOn', 'Ngày trình thẩm định (08/12/2026) không được sau ngày hôm nay (07/12/2026).'],
    ['appraisedOn', 'Ngày có ý kiến thẩm định (08/12/2026) không được sau ngày hôm nay (07/12/2026).'],
    ['approvedOn', 'Ngày phê duyệt (08/12/2026) không được sau ngày hôm nay (07/12/2026).'],
    ['securityRulesOn', 'Ngày ban hành quy chế (08/12/2026) không được sau ngày hôm nay (07/12/2026).'],
    ['deployedOn', 'Ngày triển khai đầy đủ phương án (08/12/2026) không được sau ngày hôm nay (07/12/2026).'],
  ])('%s the day after today is refused; today itself is accepted', (field, message) => {
    const tomorrow = { dossierState: 'drafting', [field]: '2026-12-08' } as DossierDates
    expect(dossierDateViolations(tomorrow, TODAY).map((v) => v.message)).toEqual([message])
    const today = { dossierState: 'drafting', [field]: TODAY } as DossierDates
    expect(dossierDateViolations(today, TODAY)).toEqual([])
  })

  it('checks no date against the clock when no today is given', () => {
    expect(dossierDateViolations({ dossierState: 'approved', approvedOn: '2099-01-01' })).toEqual([])
  })
})

describe('a write is refused only for what it changes', () => {
  const legacy: DossierDates = {
    dossierState: 'approved',
    submittedOn: '2026-10-01',
    appraisedOn: '2026-09-15',
    approvedOn: '2026-10-20',
  }

  it('a record stored out of order before this rule may still be renamed', () => {
    expect(newDateViolations(legacy, { ...legacy })).toEqual([])
  })

  it('changing one date of a pair out of order is judged again', () => {
    expect(
      newDateViolations(legacy, { ...legacy, appraisedOn: '2026-09-16' }).map((v) =>
        v.kind === 'order' ? v.later : v.field,
      ),
    ).toEqual(['appraisedOn'])
  })

  it('throws a typed error carrying the pair and both dates', () => {
    let caught: unknown
    try {
      assertDossierDates(null, { ...legacy, approvedOn: '2026-09-01' })
    } catch (error) {
      caught = error
    }
    expect(isDossierDateError(caught)).toBe(true)
    expect(caught).toBeInstanceOf(DomainError)
    if (!isDossierDateError(caught)) return
    expect(caught.code).toBe('dates_out_of_order')
    expect(caught.violation).toMatchObject({
      earlier: 'submittedOn',
      later: 'appraisedOn',
      earlierDate: '2026-10-01',
      laterDate: '2026-09-15',
    })
  })
})

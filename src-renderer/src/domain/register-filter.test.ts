import { describe, expect, it } from 'vitest'
import { ND85_CT09_2024 } from './rule-set'
import { evaluateRegister, UNKNOWN_BLOCK } from './register'
import {
  EMPTY_FILTER,
  filterFromSearchParams,
  filterRegister,
  filterToSearchParams,
  isFilterEmpty,
} from './register-filter'
import { belowCriteriaLevels } from './law/justification-record'
import { blankAnswers, type LevelAnswers } from './law/level-answers'
import { SYSTEM_DEFAULTS, type SystemRecord, type Unit } from './types'

const stamp = { createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' }
const units: Unit[] = [
  { id: 'u1', name: 'Sở Y tế', block: 'Khối sở', parentId: null, ...stamp },
  { id: 'u2', name: 'Sở Tài chính', block: 'Khối sở', parentId: null, ...stamp },
  { id: 'u3', name: 'UBND phường Hồng Bàng', block: 'Khối phường', parentId: null, ...stamp },
]

function system(id: string, unitId: string, name: string, patch: Partial<SystemRecord> = {}): SystemRecord {
  return {
    ...SYSTEM_DEFAULTS,
    id,
    unitId,
    name,
    owner: 'UBND thành phố',
    level: 2,
    dossierState: 'drafting',
    revision: 1,
    ...stamp,
    ...patch,
  }
}

const systems = [
  system('s1', 'u1', 'Hệ thống quản lý bệnh viện', {
    level: 3,
    dossierState: 'approved',
    approvedOn: '2024-05-01',
  }),
  system('s2', 'u1', 'Cổng thông tin điện tử', { level: null }),
  system('s3', 'u2', 'Phần mềm kế toán', { level: 3, dossierState: 'approved', approvedOn: '2026-01-15' }),
  system('s4', 'u3', 'Một cửa điện tử', { level: 2 }),
]
const { rows } = evaluateRegister({ units, systems, assessments: [] }, ND85_CT09_2024, '2026-11-23')
const ids = (filter: Partial<typeof EMPTY_FILTER>) =>
  filterRegister(rows, { ...EMPTY_FILTER, ...filter }).map((r) => r.system.id)

describe('register filters', () => {
  it('an empty filter keeps every system', () => {
    expect(ids({})).toEqual(['s1', 's2', 's3', 's4'])
  })

  it('typing "so y te" finds the systems of Sở Y tế', () => {
    expect(ids({ query: 'so y te' })).toEqual(['s1', 's2'])
  })

  it('search ignores case and diacritics in system names too', () => {
    expect(ids({ query: 'MOT CUA' })).toEqual(['s4'])
    expect(ids({ query: 'benh vien y te' })).toEqual(['s1'])
  })

  it('the unknown level is a level of its own', () => {
    expect(ids({ levels: ['unknown'] })).toEqual(['s2'])
    expect(ids({ levels: ['3', 'unknown'] })).toEqual(['s1', 's2', 's3'])
  })

  it('filters combine: every filter must pass', () => {
    expect(ids({ blocks: ['Khối sở'], levels: ['3'] })).toEqual(['s1', 's3'])
    expect(ids({ unitIds: ['u2'], dossierStates: ['drafting'] })).toEqual([])
  })

  it('status filters read the evaluation for the day', () => {
    // s1 approved 01/5/2024, level 3: due 01/5/2025, overdue on 23/11/2026; s3's is due 15/01/2027.
    expect(ids({ assessment: ['overdue'] })).toEqual(['s1'])
    expect(ids({ approval: ['overdue'] })).toEqual(['s2', 's4'])
  })

  it('a due-date window keeps the systems whose next assessment falls in it', () => {
    // s1 due 01/5/2025, s3 due 15/01/2027; s2 and s4 have none.
    expect(ids({ dueFrom: '2027-01-01', dueTo: '2027-01-31' })).toEqual(['s3'])
    expect(ids({ dueTo: '2026-12-31' })).toEqual(['s1'])
    const params = filterToSearchParams({ ...EMPTY_FILTER, dueFrom: '2027-01-01', dueTo: '2027-01-31' })
    expect(params.toString()).toBe('dueFrom=2027-01-01&dueTo=2027-01-31')
    expect(filterFromSearchParams(new URLSearchParams('dueFrom=2027-02-30')).dueFrom).toBeNull()
  })

  it('a filter survives the trip through the URL, and unknown values are dropped', () => {
    const filter = {
      ...EMPTY_FILTER,
      query: 'sở y tế',
      levels: ['3' as const, 'unknown' as const],
      approval: ['overdue' as const],
    }
    const params = filterToSearchParams(filter)
    expect(filterFromSearchParams(params)).toEqual(filter)
    expect(filterFromSearchParams(new URLSearchParams('level=9&approval=maybe&level=2')).levels).toEqual([
      '2',
    ])
    expect(isFilterEmpty(filterFromSearchParams(new URLSearchParams('')))).toBe(true)
    expect(isFilterEmpty(filter)).toBe(false)
  })
})

describe('the level below the criteria', () => {
  const justification = (answers: Partial<LevelAnswers>, regime: 'ND85' | 'ND331' = 'ND331') => ({
    answers: blankAnswers(answers),
    regime,
    ruleSetId: regime === 'ND331' ? 'ND331-2026' : 'ND85-CT09-2024',
    suggestedLevel: null,
    criterionIds: [],
    madeOn: '2026-11-01',
    text: '',
  })
  const judged = [
    // Handles administrative procedures (level 3) but proposed at 2: flagged.
    system('j1', 'u1', 'Dịch vụ công', {
      level: 2,
      levelJustification: justification({ systemType: 'public_service', administrativeProcedures: true }),
    }),
    // Proposed above what the answers call for: not flagged.
    system('j2', 'u1', 'Quản lý văn bản', { level: 3, levelJustification: justification({}) }),
    // An "other" system with no risk assessment yet: undetermined, never flagged.
    system('j3', 'u2', 'Camera', { level: 1, levelJustification: justification({ systemType: 'other' }) }),
    // No level yet: missing a level, not below.
    system('j4', 'u2', 'Chưa có cấp độ', {
      level: null,
      levelJustification: justification({ administrativeProcedures: true }),
    }),
  ]
  const judgedRows = evaluateRegister(
    { units, systems: [...systems, ...judged], assessments: [] },
    ND85_CT09_2024,
    '2026-11-23',
  ).rows

  it('keeps only the systems proposed below what their saved answers call for', () => {
    expect(belowCriteriaLevels(judged)).toEqual(new Map([['j1', 3]]))
    const kept = filterRegister(judgedRows, { ...EMPTY_FILTER, criteria: ['below'] }).map((r) => r.system.id)
    expect(kept).toEqual(['j1'])
  })

  it('travels in the URL as criteria=below', () => {
    const params = filterToSearchParams({ ...EMPTY_FILTER, criteria: ['below'] })
    expect(params.toString()).toBe('criteria=below')
    expect(filterFromSearchParams(new URLSearchParams('criteria=below&criteria=above')).criteria).toEqual([
      'below',
    ])
  })
})

describe('free-text search of the register', () => {
  const more = [
    ...systems,
    system('s5', 'u3', 'Cơ sở dữ liệu y tế phường'),
    system('s6', 'u2', 'Phần mềm quản lý hồ sơ', { notes: 'Liên thông Viettel' }),
  ]
  const evaluated = evaluateRegister({ units, systems: more, assessments: [] }, ND85_CT09_2024, '2026-11-23')
  const found = (query: string) =>
    filterRegister(evaluated.rows, { ...EMPTY_FILTER, query }).map((r) => r.system.id)

  it('"so y te" keeps the systems that hold the words as one phrase: Sở Y tế, not "cơ sở dữ liệu y tế"', () => {
    // The three words are also scattered in s5 (cơ "sở" … "y tế") and in s6 (hồ "sơ", l"ý", Viet"te"l).
    expect(found('so y te')).toEqual(['s1', 's2'])
  })

  it('without such a phrase, the words may match anywhere and in any order', () => {
    expect(found('te so')).toEqual(['s1', 's2', 's5', 's6'])
    expect(found('benh vien y te')).toEqual(['s1'])
  })
})

describe('the block of a unit that has none', () => {
  it('is filtered by the name the aggregates give it, so a dashboard link to "(Chưa phân khối)" works', () => {
    const noBlock: Unit = { id: 'u4', name: 'Ban Dân tộc', block: '', parentId: null, ...stamp }
    const evaluated = evaluateRegister(
      {
        units: [...units, noBlock],
        systems: [...systems, system('s7', 'u4', 'Cơ sở dữ liệu dân tộc')],
        assessments: [],
      },
      ND85_CT09_2024,
      '2026-11-23',
    )
    const blocks = (value: string) =>
      filterRegister(evaluated.rows, { ...EMPTY_FILTER, blocks: [value] }).map((r) => r.system.id)
    expect([...evaluated.aggregates.byBlock.keys()]).toContain(UNKNOWN_BLOCK)
    expect(blocks(UNKNOWN_BLOCK)).toEqual(['s7'])
    expect(blocks('Khối phường')).toEqual(['s4'])
  })
})

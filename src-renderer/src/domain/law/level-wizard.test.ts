import { describe, expect, it } from 'vitest'
import type { Level } from '../types'
import { ND331_CRITERIA } from './criteria-nd331'
import { ND85_CRITERIA } from './criteria-nd85'
import { blankAnswers, type LevelAnswers } from './level-answers'
import { isBelowCriteria, suggestLevel } from './level-wizard'
import type { LegalRegime } from './regime'

interface Case {
  name: string
  answers: Partial<LevelAnswers>
  level: Level
  clause: string
}

const ND331 = 'Nghị định 331/2026/NĐ-CP'
const ND85 = 'Nghị định 85/2016/NĐ-CP'
const secret = (grade: LevelAnswers['secretGrade']): Partial<LevelAnswers> => ({
  information: ['state_secret'],
  secretGrade: grade,
})

const ND331_CASES: Case[] = [
  {
    name: 'an internal system with public information only',
    answers: {},
    level: 1,
    clause: `${ND331}, Điều 11 khoản 1`,
  },
  {
    name: 'an "other" system the risk assessment puts at level 1',
    answers: { systemType: 'other', decidedLevel: 1 },
    level: 1,
    clause: `${ND331}, Điều 11 khoản 2`,
  },
  {
    name: 'an internal system with its users’ personal information',
    answers: { information: ['public', 'personal'] },
    level: 2,
    clause: `${ND331}, Điều 12 khoản 1`,
  },
  {
    name: 'an online service outside the conditional business lines, no personal data',
    answers: { systemType: 'public_service' },
    level: 2,
    clause: `${ND331}, Điều 12 khoản 2 điểm a`,
  },
  {
    name: 'an online service with personal data of 99 999 people',
    answers: {
      systemType: 'public_service',
      information: ['personal'],
      basicSubjects: 99_999,
      sensitiveSubjects: 9_999,
    },
    level: 2,
    clause: `${ND331}, Điều 12 khoản 2 điểm b`,
  },
  {
    name: 'the network infrastructure of one agency',
    answers: { systemType: 'infrastructure' },
    level: 2,
    clause: `${ND331}, Điều 12 khoản 3`,
  },
  {
    name: 'an "other" system the risk assessment puts at level 2',
    answers: { systemType: 'other', decidedLevel: 2 },
    level: 2,
    clause: `${ND331}, Điều 12 khoản 4`,
  },
  {
    name: 'a system processing Mật secrets',
    answers: secret('mat'),
    level: 3,
    clause: `${ND331}, Điều 13 khoản 1`,
  },
  {
    name: 'an online service in a conditional business line',
    answers: { systemType: 'public_service', conditionalBusiness: true },
    level: 3,
    clause: `${ND331}, Điều 13 khoản 2 điểm a`,
  },
  {
    name: 'the province’s administrative-procedure system',
    answers: { systemType: 'public_service', administrativeProcedures: true },
    level: 3,
    clause: `${ND331}, Điều 13 khoản 2 điểm b`,
  },
  {
    name: 'an online service with sensitive data of 10 000 people',
    answers: { systemType: 'public_service', information: ['personal'], sensitiveSubjects: 10_000 },
    level: 3,
    clause: `${ND331}, Điều 13 khoản 2 điểm c`,
  },
  {
    name: 'a province’s shared data centre',
    answers: { systemType: 'infrastructure', scope: 'sector_or_province' },
    level: 3,
    clause: `${ND331}, Điều 13 khoản 3`,
  },
  {
    name: 'the control system of a grade-II works',
    answers: { systemType: 'industrial_control', constructionGrade: 'II' },
    level: 3,
    clause: `${ND331}, Điều 13 khoản 4`,
  },
  {
    name: 'an "other" system the risk assessment puts at level 3',
    answers: { systemType: 'other', decidedLevel: 3 },
    level: 3,
    clause: `${ND331}, Điều 13 khoản 5`,
  },
  {
    name: 'a system processing Tối mật secrets',
    answers: secret('toi_mat'),
    level: 4,
    clause: `${ND331}, Điều 14 khoản 1`,
  },
  {
    name: 'a national e-government system that must run 24/7',
    answers: { systemType: 'public_service', nationalEgov: true, operates247: true },
    level: 4,
    clause: `${ND331}, Điều 14 khoản 2`,
  },
  {
    name: 'a nationwide infrastructure that must run 24/7',
    answers: { systemType: 'infrastructure', scope: 'national', operates247: true },
    level: 4,
    clause: `${ND331}, Điều 14 khoản 2`,
  },
  {
    name: 'the control system of a grade-I works',
    answers: { systemType: 'industrial_control', constructionGrade: 'I' },
    level: 4,
    clause: `${ND331}, Điều 14 khoản 3`,
  },
  {
    name: 'an "other" system the risk assessment puts at level 4',
    answers: { systemType: 'other', decidedLevel: 4 },
    level: 4,
    clause: `${ND331}, Điều 14 khoản 4`,
  },
  {
    name: 'a system processing Tuyệt mật secrets',
    answers: secret('tuyet_mat'),
    level: 5,
    clause: `${ND331}, Điều 15 khoản 1`,
  },
  {
    name: 'a central store of the nation’s critical data',
    answers: { systemType: 'infrastructure', nationalCriticalData: true },
    level: 5,
    clause: `${ND331}, Điều 15 khoản 2`,
  },
  {
    name: 'the national gateway to international networks',
    answers: { systemType: 'infrastructure', internationalGateway: true },
    level: 5,
    clause: `${ND331}, Điều 15 khoản 3`,
  },
  {
    name: 'the control system of a special-grade works',
    answers: { systemType: 'industrial_control', constructionGrade: 'special' },
    level: 5,
    clause: `${ND331}, Điều 15 khoản 4`,
  },
  {
    name: 'a system the Prime Minister puts at level 5',
    answers: { systemType: 'other', decidedLevel: 5 },
    level: 5,
    clause: `${ND331}, Điều 15 khoản 5`,
  },
  {
    name: 'a system important to national security (Điều 16)',
    answers: { nationalSecurityImportant: true },
    level: 5,
    clause: `${ND331}, Điều 16 khoản 4`,
  },
]

const ND85_CASES: Case[] = [
  {
    name: 'an internal system with public information only',
    answers: {},
    level: 1,
    clause: `${ND85}, Điều 7`,
  },
  {
    name: 'an internal system with private information',
    answers: { information: ['private'] },
    level: 2,
    clause: `${ND85}, Điều 8 khoản 1`,
  },
  {
    name: 'an online information portal',
    answers: { systemType: 'public_service', basicSubjects: 9_999, information: ['public', 'personal'] },
    level: 2,
    clause: `${ND85}, Điều 8 khoản 2`,
  },
  {
    name: 'one agency’s infrastructure',
    answers: { systemType: 'infrastructure' },
    level: 2,
    clause: `${ND85}, Điều 8 khoản 3`,
  },
  {
    name: 'a system processing Mật secrets',
    answers: secret('mat'),
    level: 3,
    clause: `${ND85}, Điều 9 khoản 1`,
  },
  {
    name: 'an online service in a conditional business line',
    answers: { systemType: 'public_service', conditionalBusiness: true },
    level: 3,
    clause: `${ND85}, Điều 9 khoản 2`,
  },
  {
    name: 'an online service with personal data of 10 000 users',
    answers: { systemType: 'public_service', information: ['personal'], basicSubjects: 10_000 },
    level: 3,
    clause: `${ND85}, Điều 9 khoản 2`,
  },
  {
    name: 'a level-3/4 online public service',
    answers: { systemType: 'public_service', administrativeProcedures: true },
    level: 3,
    clause: `${ND85}, Điều 9 khoản 2`,
  },
  {
    name: 'a province’s shared infrastructure',
    answers: { systemType: 'infrastructure', scope: 'sector_or_province' },
    level: 3,
    clause: `${ND85}, Điều 9 khoản 3`,
  },
  {
    name: 'the control system of a grade-IV works',
    answers: { systemType: 'industrial_control', constructionGrade: 'IV' },
    level: 3,
    clause: `${ND85}, Điều 9 khoản 4`,
  },
  {
    name: 'a system processing Tối mật secrets',
    answers: secret('toi_mat'),
    level: 4,
    clause: `${ND85}, Điều 10`,
  },
  {
    name: 'a national e-government system that must run 24/7',
    answers: { nationalEgov: true, operates247: true },
    level: 4,
    clause: `${ND85}, Điều 10 khoản 1`,
  },
  {
    name: 'a nationwide shared infrastructure that must run 24/7',
    answers: { systemType: 'infrastructure', scope: 'national', operates247: true },
    level: 4,
    clause: `${ND85}, Điều 10 khoản 2`,
  },
  {
    name: 'the control system of a grade-I works',
    answers: { systemType: 'industrial_control', constructionGrade: 'I' },
    level: 4,
    clause: `${ND85}, Điều 10 khoản 3`,
  },
  {
    name: 'a system processing Tuyệt mật secrets',
    answers: secret('tuyet_mat'),
    level: 5,
    clause: `${ND85}, Điều 11`,
  },
  {
    name: 'a central store of the nation’s critical data',
    answers: { nationalCriticalData: true },
    level: 5,
    clause: `${ND85}, Điều 11 khoản 1`,
  },
  {
    name: 'the national gateway to international networks',
    answers: { internationalGateway: true },
    level: 5,
    clause: `${ND85}, Điều 11 khoản 2`,
  },
  {
    name: 'the control system of a works important to national security',
    answers: { systemType: 'industrial_control', constructionGrade: 'national_security' },
    level: 5,
    clause: `${ND85}, Điều 11 khoản 3`,
  },
  {
    name: 'a system the Prime Minister puts at level 5',
    answers: { systemType: 'other', decidedLevel: 5 },
    level: 5,
    clause: `${ND85}, Điều 11`,
  },
]

function check(regime: LegalRegime, c: Case) {
  const result = suggestLevel(blankAnswers(c.answers), regime)
  expect(result.determined).toBe(true)
  expect(result.level).toBe(c.level)
  expect(result.reasons.map((r) => r.clause)).toContain(c.clause)
}

describe('the level wizard under Decree 331 (Điều 11–16)', () => {
  it.each(ND331_CASES.map((c) => [c.name, c] as const))('%s', (_n, c) => check('ND331', c))

  it('has a case for every criterion', () => {
    const covered = new Set(
      ND331_CASES.map((c) =>
        suggestLevel(blankAnswers(c.answers), 'ND331').reasons.map((r) => r.criterionId),
      ).flat(),
    )
    expect(ND331_CRITERIA.filter((c) => !covered.has(c.id)).map((c) => c.id)).toEqual([])
  })

  it('quotes each deciding clause verbatim', () => {
    const result = suggestLevel(
      blankAnswers({ systemType: 'public_service', administrativeProcedures: true }),
      'ND331',
    )
    expect(result.reasons).toEqual([
      expect.objectContaining({
        clause: `${ND331}, Điều 13 khoản 2 điểm b`,
        quote: 'Hệ thống thông tin giải quyết thủ tục hành chính;',
      }),
    ])
  })

  it('applies the highest level a system meets and keeps the lower ones as met', () => {
    const result = suggestLevel(
      blankAnswers({ systemType: 'public_service', information: ['personal'], basicSubjects: 250_000 }),
      'ND331',
    )
    expect(result.level).toBe(3)
    expect(result.met.map((r) => r.criterionId)).toEqual(['ND331-13.2.c', 'ND331-12.2.a'])
  })

  it('gives a composite system the highest level of its parts, naming the part', () => {
    const result = suggestLevel(
      blankAnswers({
        parts: [
          { name: 'Cổng thông tin', answers: blankAnswers({ systemType: 'public_service' }) },
          {
            name: 'Một cửa điện tử',
            answers: blankAnswers({ systemType: 'public_service', administrativeProcedures: true }),
          },
        ],
      }),
      'ND331',
    )
    expect(result.level).toBe(3)
    expect(result.reasons).toEqual([
      expect.objectContaining({ criterionId: 'ND331-13.2.b', part: 'Một cửa điện tử' }),
    ])
  })

  it('cannot decide an "other" system without a risk assessment', () => {
    const result = suggestLevel(blankAnswers({ systemType: 'other' }), 'ND331')
    expect(result.determined).toBe(false)
    expect(result.reasons).toEqual([])
  })
})

describe('the level wizard under Decree 85 (Điều 7–11)', () => {
  it.each(ND85_CASES.map((c) => [c.name, c] as const))('%s', (_n, c) => check('ND85', c))

  it('has a case for every criterion', () => {
    const covered = new Set(
      ND85_CASES.map((c) =>
        suggestLevel(blankAnswers(c.answers), 'ND85').reasons.map((r) => r.criterionId),
      ).flat(),
    )
    expect(ND85_CRITERIA.filter((c) => !covered.has(c.id)).map((c) => c.id)).toEqual([])
  })

  it('quotes nothing it does not hold verbatim, but says what the clause requires', () => {
    const result = suggestLevel(blankAnswers({ information: ['private'] }), 'ND85')
    expect(result.reasons[0]?.quote).toBe('')
    expect(result.reasons[0]?.summary).toMatch(/nội bộ/)
  })

  it('counts users at 10 000 where Decree 331 counts 100 000 data subjects', () => {
    const answers = blankAnswers({
      systemType: 'public_service',
      information: ['personal'],
      basicSubjects: 50_000,
    })
    expect(suggestLevel(answers, 'ND85').level).toBe(3)
    expect(suggestLevel(answers, 'ND331').level).toBe(2)
  })
})

describe('a proposed level below the criteria', () => {
  it('is flagged when the proposal is lower than the suggestion', () => {
    const suggestion = suggestLevel(
      blankAnswers({ systemType: 'public_service', administrativeProcedures: true }),
      'ND331',
    )
    expect(isBelowCriteria(2, suggestion)).toBe(true)
    expect(isBelowCriteria(3, suggestion)).toBe(false)
    expect(isBelowCriteria(4, 3)).toBe(false)
  })

  it('is not flagged for a system with no proposed level or an undetermined suggestion', () => {
    expect(isBelowCriteria(null, 3)).toBe(false)
    expect(isBelowCriteria(1, suggestLevel(blankAnswers({ systemType: 'other' }), 'ND331'))).toBe(false)
  })
})

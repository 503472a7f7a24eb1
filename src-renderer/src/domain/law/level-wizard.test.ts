/**
 * The level criteria, clause by clause: one case per clause and point of Decree 85 Điều 7–11 and
 * Decree 331 Điều 11–16 (law/), the alternatives of Decree 85 Điều 8 khoản 2 and Điều 9 khoản 2
 * each on its own, the thresholds at their limits, and the facts on which the two decrees differ.
 */
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
  /** Null: no criterion is met. */
  level: Level | null
  /** A deciding clause, or the clause the case is about when no criterion decides. */
  clause: string
}

const ND331 = 'Nghị định 331/2026/NĐ-CP'
const ND85 = 'Nghị định 85/2016/NĐ-CP'
const secret = (harm: LevelAnswers['harm']): Partial<LevelAnswers> => ({ information: ['state_secret'], harm })
const defence = (harm: LevelAnswers['harm']): Partial<LevelAnswers> => ({ defenceOrSecurity: true, harm })
const service = (a: Partial<LevelAnswers> = {}): Partial<LevelAnswers> => ({ systemType: 'public_service', ...a })

const ND85_CASES: Case[] = [
  { name: 'Điều 7: an internal system with public information only', answers: {}, level: 1, clause: `${ND85}, Điều 7` },
  {
    name: 'Điều 8.1: an internal system with its users’ private information',
    answers: { information: ['public', 'private'] },
    level: 2,
    clause: `${ND85}, Điều 8 khoản 1`,
  },
  {
    name: 'Điều 8.2.a: information online at mức độ 1',
    answers: service({ onlineServiceLevel: 1 }),
    level: 2,
    clause: `${ND85}, Điều 8 khoản 2 điểm a`,
  },
  {
    name: 'Điều 8.2.a: online public services at mức độ 2',
    answers: service({ onlineServiceLevel: 2 }),
    level: 2,
    clause: `${ND85}, Điều 8 khoản 2 điểm a`,
  },
  {
    name: 'Điều 8.2.b: a public information portal with 50.000 users, outside the conditional services',
    answers: service({ basicSubjects: 50_000 }),
    level: 2,
    clause: `${ND85}, Điều 8 khoản 2 điểm b`,
  },
  {
    name: 'Điều 8.2.c: an online service with personal information of 9.999 users',
    answers: service({ information: ['personal'], basicSubjects: 9_999 }),
    level: 2,
    clause: `${ND85}, Điều 8 khoản 2 điểm c`,
  },
  { name: 'Điều 8.3: one agency’s infrastructure', answers: { systemType: 'infrastructure' }, level: 2, clause: `${ND85}, Điều 8 khoản 3` },
  { name: 'Điều 9.1: state secrets whose sabotage would harm', answers: secret('harm'), level: 3, clause: `${ND85}, Điều 9 khoản 1` },
  { name: 'Điều 9.1: a defence system whose sabotage would harm', answers: defence('harm'), level: 3, clause: `${ND85}, Điều 9 khoản 1` },
  {
    name: 'Điều 9.2.a: online public services at mức độ 3 (một phần)',
    answers: service({ onlineServiceLevel: 3 }),
    level: 3,
    clause: `${ND85}, Điều 9 khoản 2 điểm a`,
  },
  {
    name: 'Điều 9.2.a: online public services at mức độ 4 (toàn trình)',
    answers: service({ onlineServiceLevel: 4 }),
    level: 3,
    clause: `${ND85}, Điều 9 khoản 2 điểm a`,
  },
  {
    name: 'Điều 9.2.b: an online service on the list of conditional services',
    answers: service({ conditionalBusiness: true }),
    level: 3,
    clause: `${ND85}, Điều 9 khoản 2 điểm b`,
  },
  {
    name: 'Điều 9.2.c: an online service with personal information of 10.000 users',
    answers: service({ information: ['personal'], sensitiveSubjects: 10_000 }),
    level: 3,
    clause: `${ND85}, Điều 9 khoản 2 điểm c`,
  },
  {
    name: 'Điều 9.3: a province’s shared infrastructure',
    answers: { systemType: 'infrastructure', scope: 'sector_or_province' },
    level: 3,
    clause: `${ND85}, Điều 9 khoản 3`,
  },
  {
    name: 'Điều 9.4: the control system of a grade-IV works',
    answers: { systemType: 'industrial_control', constructionGrade: 'IV' },
    level: 3,
    clause: `${ND85}, Điều 9 khoản 4`,
  },
  { name: 'Điều 10.1: state secrets whose sabotage would harm seriously', answers: secret('serious'), level: 4, clause: `${ND85}, Điều 10 khoản 1` },
  {
    name: 'Điều 10.2: a national e-government system that must run 24/7',
    answers: service({ nationalEgov: true, operates247: true }),
    level: 4,
    clause: `${ND85}, Điều 10 khoản 2`,
  },
  {
    name: 'Điều 10.3: a nationwide shared infrastructure that must run 24/7',
    answers: { systemType: 'infrastructure', scope: 'national', operates247: true },
    level: 4,
    clause: `${ND85}, Điều 10 khoản 3`,
  },
  {
    name: 'Điều 10.4: the control system of a grade-I works',
    answers: { systemType: 'industrial_control', constructionGrade: 'I' },
    level: 4,
    clause: `${ND85}, Điều 10 khoản 4`,
  },
  {
    name: 'Điều 11.1: a defence system whose sabotage would harm especially seriously',
    answers: defence('especially_serious'),
    level: 5,
    clause: `${ND85}, Điều 11 khoản 1`,
  },
  {
    name: 'Điều 11.2: a central store of the nation’s especially important data',
    answers: { systemType: 'infrastructure', nationalCriticalData: true },
    level: 5,
    clause: `${ND85}, Điều 11 khoản 2`,
  },
  {
    name: 'Điều 11.3: the national infrastructure connecting Việt Nam with other countries',
    answers: { systemType: 'infrastructure', scope: 'national', internationalGateway: true },
    level: 5,
    clause: `${ND85}, Điều 11 khoản 3`,
  },
  {
    name: 'Điều 11.4: the control system of a works important to national security',
    answers: { systemType: 'industrial_control', constructionGrade: 'national_security' },
    level: 5,
    clause: `${ND85}, Điều 11 khoản 4`,
  },
  {
    name: 'Điều 11.5: a system the Prime Minister decides',
    answers: { systemType: 'other', decidedLevel: 5 },
    level: 5,
    clause: `${ND85}, Điều 11 khoản 5`,
  },
]

const ND331_CASES: Case[] = [
  { name: 'Điều 11.1: an internal system with public information only', answers: {}, level: 1, clause: `${ND331}, Điều 11 khoản 1` },
  {
    name: 'Điều 11.2: an "other" system the risk assessment puts at level 1',
    answers: { systemType: 'other', decidedLevel: 1 },
    level: 1,
    clause: `${ND331}, Điều 11 khoản 2`,
  },
  {
    name: 'Điều 12.1: an internal system with its users’ personal information',
    answers: { information: ['public', 'personal'] },
    level: 2,
    clause: `${ND331}, Điều 12 khoản 1`,
  },
  {
    name: 'Điều 12.2.a: an online service outside the conditional business lines',
    answers: service(),
    level: 2,
    clause: `${ND331}, Điều 12 khoản 2 điểm a`,
  },
  {
    name: 'Điều 12.2.b: personal data of 99.999 (basic) and 9.999 (sensitive) subjects',
    answers: service({ information: ['personal'], basicSubjects: 99_999, sensitiveSubjects: 9_999 }),
    level: 2,
    clause: `${ND331}, Điều 12 khoản 2 điểm b`,
  },
  { name: 'Điều 12.3: the network infrastructure of one agency', answers: { systemType: 'infrastructure' }, level: 2, clause: `${ND331}, Điều 12 khoản 3` },
  {
    name: 'Điều 12.4: an "other" system the risk assessment puts at level 2',
    answers: { systemType: 'other', decidedLevel: 2 },
    level: 2,
    clause: `${ND331}, Điều 12 khoản 4`,
  },
  { name: 'Điều 13.1: state secrets whose sabotage would harm', answers: secret('harm'), level: 3, clause: `${ND331}, Điều 13 khoản 1` },
  {
    name: 'Điều 13.2.a: an online service in a conditional business line',
    answers: service({ conditionalBusiness: true }),
    level: 3,
    clause: `${ND331}, Điều 13 khoản 2 điểm a`,
  },
  {
    name: 'Điều 13.2.b: the province’s administrative-procedure system',
    answers: service({ administrativeProcedures: true }),
    level: 3,
    clause: `${ND331}, Điều 13 khoản 2 điểm b`,
  },
  {
    name: 'Điều 13.2.c: basic personal data of 100.000 subjects',
    answers: service({ information: ['personal'], basicSubjects: 100_000 }),
    level: 3,
    clause: `${ND331}, Điều 13 khoản 2 điểm c`,
  },
  {
    name: 'Điều 13.2.c: sensitive personal data of 10.000 subjects',
    answers: service({ information: ['personal'], sensitiveSubjects: 10_000 }),
    level: 3,
    clause: `${ND331}, Điều 13 khoản 2 điểm c`,
  },
  {
    name: 'Điều 13.3: a province’s shared data centre',
    answers: { systemType: 'infrastructure', scope: 'sector_or_province' },
    level: 3,
    clause: `${ND331}, Điều 13 khoản 3`,
  },
  {
    name: 'Điều 13.4: the control system of a grade-II works',
    answers: { systemType: 'industrial_control', constructionGrade: 'II' },
    level: 3,
    clause: `${ND331}, Điều 13 khoản 4`,
  },
  {
    name: 'Điều 13.5: an "other" system the risk assessment puts at level 3',
    answers: { systemType: 'other', decidedLevel: 3 },
    level: 3,
    clause: `${ND331}, Điều 13 khoản 5`,
  },
  { name: 'Điều 14.1: a defence system whose sabotage would harm seriously', answers: defence('serious'), level: 4, clause: `${ND331}, Điều 14 khoản 1` },
  {
    name: 'Điều 14.2: a national e-government system that must run 24/7',
    answers: service({ nationalEgov: true, operates247: true }),
    level: 4,
    clause: `${ND331}, Điều 14 khoản 2`,
  },
  {
    name: 'Điều 14.2: a nationwide infrastructure that must run 24/7',
    answers: { systemType: 'infrastructure', scope: 'national', operates247: true },
    level: 4,
    clause: `${ND331}, Điều 14 khoản 2`,
  },
  {
    name: 'Điều 14.3: the control system of a grade-I works',
    answers: { systemType: 'industrial_control', constructionGrade: 'I' },
    level: 4,
    clause: `${ND331}, Điều 14 khoản 3`,
  },
  {
    name: 'Điều 14.4: an "other" system the risk assessment puts at level 4',
    answers: { systemType: 'other', decidedLevel: 4 },
    level: 4,
    clause: `${ND331}, Điều 14 khoản 4`,
  },
  {
    name: 'Điều 15.1: state secrets whose sabotage would harm especially seriously',
    answers: secret('especially_serious'),
    level: 5,
    clause: `${ND331}, Điều 15 khoản 1`,
  },
  {
    name: 'Điều 15.2: a central store of the nation’s especially important data',
    answers: { systemType: 'infrastructure', nationalCriticalData: true },
    level: 5,
    clause: `${ND331}, Điều 15 khoản 2`,
  },
  {
    name: 'Điều 15.3: the national gateway to international networks',
    answers: { systemType: 'infrastructure', internationalGateway: true },
    level: 5,
    clause: `${ND331}, Điều 15 khoản 3`,
  },
  {
    name: 'Điều 15.4: the control system of a special-grade works',
    answers: { systemType: 'industrial_control', constructionGrade: 'special' },
    level: 5,
    clause: `${ND331}, Điều 15 khoản 4`,
  },
  {
    name: 'Điều 15.5: a system the Prime Minister puts at level 5',
    answers: { systemType: 'other', decidedLevel: 5 },
    level: 5,
    clause: `${ND331}, Điều 15 khoản 5`,
  },
  {
    name: 'Điều 16.1–3: important to national security does not make a public portal level 5',
    answers: service({ nationalSecurityImportant: true }),
    level: 2,
    clause: `${ND331}, Điều 12 khoản 2 điểm a`,
  },
]

function check(regime: LegalRegime, c: Case) {
  const result = suggestLevel(blankAnswers(c.answers), regime)
  if (c.level === null) {
    expect(result.determined).toBe(false)
    return
  }
  expect(result.determined).toBe(true)
  expect(result.level).toBe(c.level)
  expect(result.reasons.map((r) => r.clause)).toContain(c.clause)
}

const covered = (regime: LegalRegime, cases: Case[]) =>
  new Set(cases.flatMap((c) => suggestLevel(blankAnswers(c.answers), regime).met.map((r) => r.criterionId)))

describe('Decree 85 Điều 7–11, clause by clause', () => {
  it.each(ND85_CASES.map((c) => [c.name, c] as const))('%s', (_n, c) => check('ND85', c))

  it('has a case for every criterion, and quotes every one', () => {
    const met = covered('ND85', ND85_CASES)
    expect(ND85_CRITERIA.filter((c) => !met.has(c.id)).map((c) => c.id)).toEqual([])
    expect(ND85_CRITERIA.filter((c) => c.quote === '').map((c) => c.id)).toEqual([])
  })

  it('numbers Điều 10 and 11 as the decree does', () => {
    const clauseOf = (id: string) => ND85_CRITERIA.find((c) => c.id === id)?.clause
    expect(clauseOf('ND85-10.1')).toBe(`${ND85}, Điều 10 khoản 1`)
    expect(ND85_CRITERIA.find((c) => c.clause === `${ND85}, Điều 10 khoản 2`)?.when).toEqual({
      nationalEgov: true,
      operates247: true,
    })
    expect(ND85_CRITERIA.find((c) => c.clause === `${ND85}, Điều 11 khoản 5`)?.when).toEqual({ decidedLevel: 5 })
  })

  it('reads the points of Điều 8.2 as alternatives: each one alone decides level 2', () => {
    const alone = (a: Partial<LevelAnswers>) =>
      suggestLevel(blankAnswers(service(a)), 'ND85').met.map((r) => r.criterionId)
    // A mức độ 2 service on the conditional list: 8.2.a holds though 8.2.b does not.
    expect(alone({ onlineServiceLevel: 2, conditionalBusiness: true })).toContain('ND85-8.2.a')
    expect(alone({ onlineServiceLevel: 2, conditionalBusiness: true })).not.toContain('ND85-8.2.b')
    // Outside the list with 50.000 users: 8.2.b holds though 8.2.c does not.
    expect(alone({ information: ['personal'], basicSubjects: 50_000 })).toContain('ND85-8.2.b')
    expect(alone({ information: ['personal'], basicSubjects: 50_000 })).not.toContain('ND85-8.2.c')
  })

  it('reads the points of Điều 9.2 as alternatives: each one alone decides level 3', () => {
    const ids = (a: Partial<LevelAnswers>) =>
      suggestLevel(blankAnswers(service(a)), 'ND85').reasons.map((r) => r.criterionId)
    expect(ids({ onlineServiceLevel: 3 })).toEqual(['ND85-9.2.a'])
    expect(ids({ conditionalBusiness: true })).toEqual(['ND85-9.2.b'])
    expect(ids({ information: ['private'], basicSubjects: 10_000 })).toEqual(['ND85-9.2.c'])
  })

  it('does not put an internal administrative-procedure system at level 3 by that alone', () => {
    const result = suggestLevel(blankAnswers({ administrativeProcedures: true }), 'ND85')
    expect(result.level).toBe(1)
    expect(result.reasons.map((r) => r.criterionId)).toEqual(['ND85-7'])
  })

  it('decides nothing for a Tối mật system whose harm is not answered, and says what the grade suggests', () => {
    const result = suggestLevel(blankAnswers({ information: ['state_secret'], secretGrade: 'toi_mat' }), 'ND85')
    expect(result.determined).toBe(false)
    expect(result.inferences).toEqual([
      expect.objectContaining({ level: 4, clause: `${ND85}, Điều 10 khoản 1`, grade: 'toi_mat' }),
    ])
  })
})

describe('Decree 331 Điều 11–16, clause by clause', () => {
  it.each(ND331_CASES.map((c) => [c.name, c] as const))('%s', (_n, c) => check('ND331', c))

  it('has a case for every criterion', () => {
    const met = covered('ND331', ND331_CASES)
    expect(ND331_CRITERIA.filter((c) => !met.has(c.id)).map((c) => c.id)).toEqual([])
  })

  it('Điều 16.4: a level-5 system is important to national security, and says so', () => {
    const result = suggestLevel(blankAnswers({ systemType: 'infrastructure', nationalCriticalData: true }), 'ND331')
    expect(result.level).toBe(5)
    expect(result.notes).toEqual([
      expect.objectContaining({
        id: 'ND331-16.4',
        quote: 'Hệ thống thông tin cấp độ 5 là hệ thống thông tin quan trọng về an ninh quốc gia.',
      }),
    ])
  })

  it('Điều 16.1–3 with Điều 17 and 20.4: a level-3 system on the list follows the level-5 procedure', () => {
    const result = suggestLevel(
      blankAnswers(service({ administrativeProcedures: true, nationalSecurityImportant: true })),
      'ND331',
    )
    expect(result.level).toBe(3)
    expect(result.notes.map((n) => n.id)).toEqual(['ND331-17', 'ND331-20.4'])
    expect(result.notes[1]?.clause).toBe(`${ND331}, Điều 20 khoản 4`)
  })

  it('Điều 16.1–3 at level 1 or 2: proposes the list and states that the procedure is open', () => {
    const result = suggestLevel(blankAnswers({ nationalSecurityImportant: true }), 'ND331')
    expect(result.level).toBe(1)
    expect(result.notes.map((n) => n.id)).toEqual(['ND331-17', 'ND331-20.4-open'])
    expect(result.notes[1]?.text).toContain('nghị định chưa quy định')
  })

  it('needs the system to serve citizens and businesses for Điều 13.2.b, as the lead-in says', () => {
    expect(suggestLevel(blankAnswers({ administrativeProcedures: true }), 'ND331').level).toBe(1)
  })

  it('quotes each deciding clause verbatim', () => {
    const result = suggestLevel(blankAnswers(service({ administrativeProcedures: true })), 'ND331')
    expect(result.reasons).toEqual([
      expect.objectContaining({
        clause: `${ND331}, Điều 13 khoản 2 điểm b`,
        quote: 'Hệ thống thông tin giải quyết thủ tục hành chính;',
      }),
    ])
  })

  it('applies the highest level a system meets and keeps the lower ones as met', () => {
    const result = suggestLevel(blankAnswers(service({ information: ['personal'], basicSubjects: 250_000 })), 'ND331')
    expect(result.level).toBe(3)
    expect(result.met.map((r) => r.criterionId)).toEqual(['ND331-13.2.c', 'ND331-12.2.a'])
  })

  it('gives a composite system the highest level of its parts, naming the part', () => {
    const result = suggestLevel(
      blankAnswers({
        parts: [
          { name: 'Cổng thông tin', answers: blankAnswers(service()) },
          { name: 'Một cửa điện tử', answers: blankAnswers(service({ administrativeProcedures: true })) },
        ],
      }),
      'ND331',
    )
    expect(result.level).toBe(3)
    expect(result.reasons).toEqual([expect.objectContaining({ criterionId: 'ND331-13.2.b', part: 'Một cửa điện tử' })])
  })

  it('cannot decide an "other" system without a risk assessment', () => {
    const result = suggestLevel(blankAnswers({ systemType: 'other' }), 'ND331')
    expect(result.determined).toBe(false)
    expect(result.reasons).toEqual([])
  })
})

describe('the secret grade: an inference, kept apart from the criteria', () => {
  it.each([
    ['mat', 3, 'Điều 13 khoản 1'],
    ['toi_mat', 4, 'Điều 14 khoản 1'],
    ['tuyet_mat', 5, 'Điều 15 khoản 1'],
  ] as const)('%s suggests level %i (%s) without deciding it', (grade, level, clause) => {
    const answers = blankAnswers({ information: ['state_secret'], secretGrade: grade })
    const result = suggestLevel(answers, 'ND331')
    expect(result.determined).toBe(false)
    expect(result.met).toEqual([])
    expect(result.inferences).toEqual([expect.objectContaining({ level, clause: `${ND331}, ${clause}` })])
  })

  it('agrees with the criteria once the harm is answered, and the level is the criteria’s', () => {
    const result = suggestLevel(
      blankAnswers({ information: ['state_secret'], secretGrade: 'mat', harm: 'serious' }),
      'ND331',
    )
    expect(result.level).toBe(4)
    expect(result.reasons.map((r) => r.criterionId)).toEqual(['ND331-14.1'])
    expect(result.inferences.map((i) => i.level)).toEqual([3])
  })

  it('is absent without state secrets, whatever grade a hidden question kept', () => {
    expect(suggestLevel(blankAnswers({ secretGrade: 'tuyet_mat' }), 'ND331').inferences).toEqual([])
  })
})

describe('the same facts under the two decrees', () => {
  const both = (a: Partial<LevelAnswers>) => {
    const answers = blankAnswers(a)
    const level = (r: LegalRegime) => {
      const s = suggestLevel(answers, r)
      return s.determined ? s.level : null
    }
    return { ND85: level('ND85'), ND331: level('ND331') }
  }

  it('50.000 users’ personal data: level 3 under Decree 85 (users), level 2 under Decree 331 (subjects)', () => {
    expect(both(service({ information: ['personal'], basicSubjects: 50_000 }))).toEqual({ ND85: 3, ND331: 2 })
  })

  it('a mức độ 2 service handling administrative procedures: level 2 under Decree 85, 3 under Decree 331', () => {
    expect(both(service({ onlineServiceLevel: 2, administrativeProcedures: true }))).toEqual({ ND85: 2, ND331: 3 })
  })

  it('a risk assessment at level 3: no criterion under Decree 85, level 3 under Decree 331', () => {
    expect(both({ systemType: 'other', decidedLevel: 3 })).toEqual({ ND85: null, ND331: 3 })
  })

  it('sensitive data of 10.000 subjects: level 3 under both', () => {
    expect(both(service({ information: ['personal'], sensitiveSubjects: 10_000 }))).toEqual({ ND85: 3, ND331: 3 })
  })

  it('important to national security: no level of its own under either, a note only under Decree 331', () => {
    const answers = blankAnswers(service({ nationalSecurityImportant: true }))
    expect(both(service({ nationalSecurityImportant: true }))).toEqual({ ND85: 2, ND331: 2 })
    expect(suggestLevel(answers, 'ND85').notes).toEqual([])
    expect(suggestLevel(answers, 'ND331').notes.map((n) => n.id)).toEqual(['ND331-17', 'ND331-20.4-open'])
  })
})

describe('a proposed level below the criteria', () => {
  it('is flagged when the proposal is lower than the suggestion', () => {
    const suggestion = suggestLevel(blankAnswers(service({ administrativeProcedures: true })), 'ND331')
    expect(isBelowCriteria(2, suggestion)).toBe(true)
    expect(isBelowCriteria(3, suggestion)).toBe(false)
    expect(isBelowCriteria(4, 3)).toBe(false)
  })

  it('is not flagged for a system with no proposed level or an undetermined suggestion', () => {
    expect(isBelowCriteria(null, 3)).toBe(false)
    expect(isBelowCriteria(1, suggestLevel(blankAnswers({ systemType: 'other' }), 'ND331'))).toBe(false)
  })

  it('is not raised by the secret grade’s inference', () => {
    const suggestion = suggestLevel(
      blankAnswers({ information: ['public', 'state_secret'], secretGrade: 'tuyet_mat', harm: 'harm' }),
      'ND331',
    )
    expect(suggestion.level).toBe(3)
    expect(isBelowCriteria(3, suggestion)).toBe(false)
  })
})

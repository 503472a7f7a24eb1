import { describe, expect, it } from 'vitest'
import { blankAnswers } from '../../../domain/law/level-answers'
import { suggestLevel } from '../../../domain/law/level-wizard'
import { ND331_2026, ND85_CT09_2024 } from '../../../domain/rule-set'
import { initialWizardValues, toAnswers, wizardRegime } from './wizard-values'

describe('the wizard form as answers', () => {
  it('a hidden answer never decides: a secret grade without state secrets, a harm without secrets or defence', () => {
    const answers = toAnswers(
      {
        ...blankAnswers(),
        secretGrade: 'tuyet_mat',
        harm: 'especially_serious',
        basicSubjects: null,
        parts: [],
      },
      'ND331',
    )
    expect(answers).toMatchObject({ secretGrade: null, harm: 'none', basicSubjects: 0 })
    expect(suggestLevel(answers, 'ND331').level).toBe(1)
  })

  it("keeps Decree 331's own question out of a Decree 85 answer, and only the level-5 decision", () => {
    const answers = toAnswers(
      { ...blankAnswers(), nationalSecurityImportant: true, decidedLevel: 3, parts: [] },
      'ND85',
    )
    expect(answers).toMatchObject({ nationalSecurityImportant: false, decidedLevel: null })
  })

  it('asks each decree its own service question, and only of a system serving citizens and businesses', () => {
    const asked = {
      ...blankAnswers(),
      onlineServiceLevel: 3 as const,
      administrativeProcedures: true,
      parts: [],
    }
    const service = { ...asked, systemType: 'public_service' as const }
    expect(toAnswers(service, 'ND85')).toMatchObject({
      onlineServiceLevel: 3,
      administrativeProcedures: false,
    })
    expect(toAnswers(service, 'ND331')).toMatchObject({
      onlineServiceLevel: 0,
      administrativeProcedures: true,
    })
    expect(toAnswers(asked, 'ND85')).toMatchObject({ onlineServiceLevel: 0, administrativeProcedures: false })
    expect(suggestLevel(toAnswers(service, 'ND85'), 'ND85').reasons.map((r) => r.criterionId)).toEqual([
      'ND85-9.2.a',
    ])
  })

  it('reads answers saved before the mức độ question as no online public service', () => {
    const { onlineServiceLevel: _dropped, ...saved } = blankAnswers({ systemType: 'public_service' })
    const values = initialWizardValues({
      systemType: 'public_service',
      informationTypes: [],
      levelJustification: {
        answers: saved,
        regime: 'ND85',
        ruleSetId: 'ND85-CT09-2024',
        suggestedLevel: 2,
        criterionIds: ['ND85-8.2.b'],
        madeOn: '2026-01-05',
        text: '',
      },
    })
    expect(values.onlineServiceLevel).toBe(0)
  })

  it('names an unnamed component system and classifies it', () => {
    const answers = toAnswers(
      {
        ...blankAnswers(),
        parts: [
          {
            name: ' ',
            answers: {
              ...blankAnswers(),
              systemType: 'public_service',
              administrativeProcedures: true,
              basicSubjects: 0,
              sensitiveSubjects: 0,
            },
          },
        ],
      },
      'ND331',
    )
    expect(answers.parts?.[0].name).toBe('Thành phần 1')
    expect(suggestLevel(answers, 'ND331')).toMatchObject({ level: 3, reasons: [{ part: 'Thành phần 1' }] })
  })

  it('starts from what the record already says about the system', () => {
    const values = initialWizardValues({
      systemType: 'public_service',
      informationTypes: ['personal'],
      levelJustification: null,
    })
    expect(values).toMatchObject({ systemType: 'public_service', information: ['personal'], parts: [] })
  })

  it("judges under the approval's rule set, else the active one", () => {
    const sets = [ND85_CT09_2024, ND331_2026]
    expect(wizardRegime({ approvalRuleSetId: 'ND85-CT09-2024' }, sets, ND331_2026)).toEqual({
      regime: 'ND85',
      ruleSetId: 'ND85-CT09-2024',
    })
    expect(wizardRegime({ approvalRuleSetId: null }, sets, ND331_2026)).toEqual({
      regime: 'ND331',
      ruleSetId: 'ND331-2026',
    })
  })
})

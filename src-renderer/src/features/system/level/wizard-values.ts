/**
 * The level wizard's form values and the answers they stand for. A form holds what is on screen
 * (an emptied number is null; a question hidden because it does not apply keeps its last value);
 * `toAnswers` turns that into the LevelAnswers the criteria read, dropping what does not apply so
 * a hidden question can never decide a level. Also: which regime and rule set the wizard judges
 * a system under — its approval's, else the active one.
 */
import { blankAnswers, type LevelAnswers } from '../../../domain/law/level-answers'
import { regimeOf, type LegalRegime } from '../../../domain/law/regime'
import type { RuleSet } from '../../../domain/rule-set'
import type { SystemRecord } from '../../../domain/types'

export type AnswerValues = Omit<LevelAnswers, 'basicSubjects' | 'sensitiveSubjects' | 'parts'> & {
  basicSubjects: number | null
  sensitiveSubjects: number | null
}

export interface PartValues {
  name: string
  answers: AnswerValues
}

export interface WizardValues extends AnswerValues {
  parts: PartValues[]
}

/** What the wizard starts from: the saved answers, else what the system's record already says. */
export function initialWizardValues(
  system: Pick<SystemRecord, 'systemType' | 'informationTypes' | 'levelJustification'>,
): WizardValues {
  const saved = system.levelJustification?.answers
  const base =
    (saved && { ...blankAnswers(), ...saved }) ??
    blankAnswers({
      ...(system.systemType ? { systemType: system.systemType } : {}),
      ...(system.informationTypes.length > 0 ? { information: [...system.informationTypes] } : {}),
    })
  const { parts, ...rest } = base
  return {
    ...rest,
    parts: (parts ?? []).map((p) => ({ name: p.name, answers: { ...blankAnswers(), ...p.answers } })),
  }
}

/** The blank answers with every value the form holds (a field the form never mounted is undefined). */
function withDefaults(v: Partial<AnswerValues> | undefined): AnswerValues {
  const a: AnswerValues = { ...blankAnswers() }
  for (const [key, value] of Object.entries(v ?? {})) {
    if (value !== undefined && key in a) (a as unknown as Record<string, unknown>)[key] = value
  }
  return a
}

function cleanAnswers(v: Partial<AnswerValues> | undefined, regime: LegalRegime): LevelAnswers {
  const a = withDefaults(v)
  const information = a.information ?? []
  const secret = information.includes('state_secret')
  const servesPublic = a.systemType === 'public_service'
  return {
    ...a,
    information,
    secretGrade: secret ? (a.secretGrade ?? null) : null,
    basicSubjects: Math.max(0, Math.trunc(a.basicSubjects ?? 0)),
    sensitiveSubjects: Math.max(0, Math.trunc(a.sensitiveSubjects ?? 0)),
    // Harm to national security is asked only of secret or defence systems: only they are judged by it.
    harm: secret || a.defenceOrSecurity ? a.harm : 'none',
    // The service questions are asked of systems serving citizens and businesses, each under the
    // decree that words a criterion on it (Decree 85: mức độ; Decree 331: administrative procedures).
    conditionalBusiness: servesPublic && a.conditionalBusiness,
    onlineServiceLevel: servesPublic && regime === 'ND85' ? (a.onlineServiceLevel ?? 0) : 0,
    administrativeProcedures: servesPublic && regime === 'ND331' && a.administrativeProcedures,
    constructionGrade: a.systemType === 'industrial_control' ? a.constructionGrade : 'none',
    nationalSecurityImportant: regime === 'ND331' && a.nationalSecurityImportant,
    // Decree 85 names only the Prime Minister's level-5 decision.
    decidedLevel: regime === 'ND85' && a.decidedLevel !== 5 ? null : (a.decidedLevel ?? null),
  }
}

export function toAnswers(values: Partial<WizardValues> | undefined, regime: LegalRegime): LevelAnswers {
  const { parts, ...root } = values ?? {}
  const answers = cleanAnswers(root, regime)
  const named = (parts ?? []).filter((p): p is PartValues => p !== undefined && p !== null)
  if (named.length === 0) return answers
  return {
    ...answers,
    parts: named.map((p, i) => ({
      name: p.name?.trim() || `Thành phần ${i + 1}`,
      answers: cleanAnswers(p.answers, regime),
    })),
  }
}

export interface WizardRegime {
  regime: LegalRegime
  ruleSetId: string
}

/** The approval's rule set when the system was approved under a known one, else the active set. */
export function wizardRegime(
  system: Pick<SystemRecord, 'approvalRuleSetId'>,
  ruleSets: readonly RuleSet[],
  active: RuleSet,
): WizardRegime {
  const approval = ruleSets.find((r) => r.id === system.approvalRuleSetId)
  const ruleSet = approval ?? active
  return { regime: regimeOf(ruleSet), ruleSetId: ruleSet.id }
}

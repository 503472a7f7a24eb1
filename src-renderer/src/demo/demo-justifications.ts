/**
 * The demo register's saved level-wizard answers: every twelfth system with a level and a type
 * gets the answers its template implies (type, information, whether it handles administrative
 * procedures — under Decree 85, at which mức độ) and the thuyết minh they give, under the regime
 * it was approved under. A few demo levels are below what those answers call for, so the register
 * and the dashboard show the "cấp độ thấp hơn tiêu chí" flag on a realistic handful. No random
 * numbers are drawn here: the rest of the demo register stays exactly as before.
 */
import type { IsoDate } from '../domain/calendar-date'
import { justificationRecord } from '../domain/law/justification-record'
import { blankAnswers } from '../domain/law/level-answers'
import { levelJustificationText } from '../domain/law/level-justification'
import { suggestLevel } from '../domain/law/level-wizard'
import { ND331_2026, ND85_CT09_2024 } from '../domain/rule-set'
import type { SystemRecord } from '../domain/types'

const EVERY = 12
const PROCEDURES = /dịch vụ công|một cửa|hộ tịch|thuế|đất đai/u

export function addDemoJustifications(systems: SystemRecord[], asOf: IsoDate): void {
  systems.forEach((system, i) => {
    if (i % EVERY !== 0 || system.level === null || system.systemType === null) return
    const nd331 = system.approvalRuleSetId === ND331_2026.id
    const regime = nd331 ? 'ND331' : 'ND85'
    // Every third saved questionnaire of a level 1–2 system reveals administrative procedures
    // (under Decree 85: a mức độ 3 online public service), which call for level 3 when the system
    // serves citizens and businesses: the dossiers a province's review would send back.
    const procedures = PROCEDURES.test(system.name) || ((i / EVERY) % 3 === 1 && system.level <= 2)
    const servesPublic = system.systemType === 'public_service'
    const answers = blankAnswers({
      systemType: system.systemType,
      information: system.informationTypes.length > 0 ? [...system.informationTypes] : ['public'],
      administrativeProcedures: servesPublic && nd331 && procedures,
      onlineServiceLevel: servesPublic && !nd331 && procedures ? 3 : 0,
    })
    const suggestion = suggestLevel(answers, regime)
    system.levelJustification = justificationRecord({
      answers,
      regime,
      ruleSetId: nd331 ? ND331_2026.id : ND85_CT09_2024.id,
      suggestion,
      madeOn: system.submittedOn ?? system.approvedOn ?? asOf,
      text: levelJustificationText(answers, suggestion, regime, system.name),
    })
  })
}

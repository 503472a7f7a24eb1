/**
 * The requests of a round: for each recipient, its file name, its marker and its rows, from the
 * register as it is when the requests are made (the unit's systems in the register's order of
 * names, Vietnamese collation). The Excel writer turns each into a workbook.
 */
import { compareVi } from '../text'
import type { Assessment, SystemRecord } from '../types'
import type { ReplyMarker } from './marker'
import {
  latestAssessments,
  requestFileName,
  requestRow,
  type RequestCell,
  type RequestLetter,
} from './request-sheet'
import type { Round } from './round'

export interface PlannedRequest {
  unitId: string
  unitName: string
  fileName: string
  letter: RequestLetter
  marker: ReplyMarker
  rows: RequestCell[][]
}

export function planRequests(
  round: Round,
  register: {
    systems: readonly SystemRecord[]
    assessments: Iterable<Pick<Assessment, 'systemId' | 'date' | 'kind'>>
  },
): PlannedRequest[] {
  const latest = latestAssessments(register.assessments)
  const byUnit = new Map<string, SystemRecord[]>()
  for (const s of register.systems) byUnit.set(s.unitId, [...(byUnit.get(s.unitId) ?? []), s])
  const letter: RequestLetter = {
    letterNo: round.letterNo,
    letterDate: round.letterDate,
    subject: round.subject,
    asOf: round.asOf,
    dueOn: round.dueOn,
  }
  const recipients = round.recipients.map((r) => ({ unitId: r.unitId, unitName: r.unitName }))
  const taken = new Set<string>()
  return round.recipients.map((recipient) => {
    const systems = [...(byUnit.get(recipient.unitId) ?? [])].sort((a, b) => compareVi(a.name, b.name))
    return {
      unitId: recipient.unitId,
      unitName: recipient.unitName,
      fileName: requestFileName(recipient.unitName, taken),
      letter,
      marker: {
        roundId: round.id,
        letterNo: round.letterNo,
        letterDate: round.letterDate,
        asOf: round.asOf,
        dueOn: round.dueOn,
        unitId: recipient.unitId,
        unitName: recipient.unitName,
        token: recipient.token,
        recipients,
        systems: systems.map((s) => ({ id: s.id, name: s.name })),
      },
      rows: systems.map((s, i) => requestRow(s, recipient.unitName, latest.get(s.id), i + 1)),
    }
  })
}

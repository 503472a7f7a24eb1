import { Steps } from 'antd'
import { formatViDate } from '../../../domain/calendar-date'
import type { DossierState, SystemRecord } from '../../../domain/types'
import { DOSSIER_STATE_LABEL } from '../../../domain/vocabulary'
import { systemText } from '../../../i18n/system'

const t = systemText.dossier

/** The forward path of a dossier; `revising` sits where drafting does (treated as not approved). */
const PATH: readonly DossierState[] = ['not_started', 'drafting', 'submitted', 'appraised', 'approved']

function stepIndex(state: DossierState): number {
  return state === 'revising' ? 1 : PATH.indexOf(state)
}

function detail(step: DossierState, system: SystemRecord): string | undefined {
  switch (step) {
    case 'submitted':
      return system.submittedOn ? t.submittedOn(formatViDate(system.submittedOn)) : undefined
    case 'appraised':
      if (system.appraisedOn) return t.appraisedOn(formatViDate(system.appraisedOn))
      return system.level === 1 || system.level === 2 ? t.levelShortcut : undefined
    case 'approved':
      return system.approvedOn ? t.approvedOn(formatViDate(system.approvedOn)) : undefined
    default:
      return undefined
  }
}

/** The dossier's state as steps: done, current, still to come, with the date of each done step. */
export function DossierSteps({ system }: { system: SystemRecord }) {
  const current = stepIndex(system.dossierState)
  const items = PATH.map((step, index) => ({
    title:
      step === 'drafting' && system.dossierState === 'revising'
        ? DOSSIER_STATE_LABEL.revising
        : DOSSIER_STATE_LABEL[step],
    // Dates of steps not reached yet would be those of an earlier round (a revision).
    content: index <= current ? detail(step, system) : undefined,
  }))
  return (
    <div data-testid="dossier-steps">
      <Steps
        orientation="vertical"
        size="small"
        current={current}
        status={system.dossierState === 'approved' ? 'finish' : 'process'}
        items={items}
      />
    </div>
  )
}

import { Tag } from 'antd'
import { holdsApproval, pendingProposal } from '../../../domain/approved-level'
import type { SystemRecord } from '../../../domain/types'
import { LEVEL_LABEL } from '../../../domain/vocabulary'
import { approvedLevelText } from '../../../i18n/approved-level'

const h = approvedLevelText.header

/**
 * The level as the system's header shows it: the approved level while an approval is in force
 * (also during a re-determination, which is shown beside it with the level it proposes), else the
 * proposed level.
 */
export function LevelTags({ system }: { system: SystemRecord }) {
  const approved = holdsApproval(system)
  const proposed = pendingProposal(system)
  return (
    <>
      <Tag color="blue" data-testid="header-level">
        {approved ? h.approved(LEVEL_LABEL(system.level)) : LEVEL_LABEL(system.level)}
      </Tag>
      {approved && system.dossierState !== 'approved' && (
        <Tag color="orange" data-testid="header-redetermination">
          {h.redetermining}
        </Tag>
      )}
      {proposed !== null && (
        <Tag color="gold" data-testid="header-proposed">
          {h.proposed(proposed)}
        </Tag>
      )}
    </>
  )
}

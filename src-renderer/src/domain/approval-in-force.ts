/**
 * Whether a system holds an approval in force (docs/domain.md §3). Its own module so both the
 * evaluation and the transition rules (law/transition.ts) read the one definition.
 */
import type { SystemFacts } from './types'

/**
 * An approved dossier, or a re-determination (Decree 85 Điều 18, Decree 331 Điều 25) running over
 * an earlier approval — `revising`, or a re-determination dossier already submitted or appraised,
 * its earlier decision still on the record. Neither decree voids the earlier approval, so it
 * counts until a new decision replaces it.
 */
export function holdsApproval(system: Pick<SystemFacts, 'dossierState' | 'approvedOn'>): boolean {
  return (
    system.dossierState === 'approved' ||
    (system.dossierState !== 'not_started' && system.approvedOn !== null)
  )
}

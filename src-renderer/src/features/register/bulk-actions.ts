/**
 * The bulk actions of the register as data: what each one changes on a system, and how many of
 * the selected systems it would really change (the confirm dialog says so before anything is
 * written). The write itself is bulkUpdateSystems: one transaction, one history entry per system.
 * A level is never set on a system holding an approval: its level changes only with a new decision
 * (domain/approved-level.ts), so such systems are left as they are and counted apart.
 */
import { canChangeLevel } from '../../domain/approved-level'
import type { IsoDate } from '../../domain/calendar-date'
import type { Level, SystemRecord } from '../../domain/types'
import type { SystemPatch } from '../../db/repos/systems'

export type BulkAction =
  | { kind: 'unit'; unitId: string }
  | { kind: 'level'; level: Level | null }
  /** The protection plan is fully deployed, on this date. */
  | { kind: 'deployment'; deployedOn: IsoDate }

export type BulkActionKind = BulkAction['kind']

export function bulkPatch(action: BulkAction): SystemPatch {
  switch (action.kind) {
    case 'unit':
      return { unitId: action.unitId }
    case 'level':
      return { level: action.level }
    case 'deployment':
      return { deploymentState: 'full', deployedOn: action.deployedOn }
  }
}

export function changesSystem(system: SystemRecord, action: BulkAction): boolean {
  switch (action.kind) {
    case 'unit':
      return system.unitId !== action.unitId
    case 'level':
      return system.level !== action.level && !keepsApprovedLevel(system, action)
    case 'deployment':
      return system.deploymentState !== 'full' || system.deployedOn !== action.deployedOn
  }
}

/** Whether the action would change an approved level without a decision, so the system is left alone. */
export function keepsApprovedLevel(system: SystemRecord, action: BulkAction): boolean {
  return action.kind === 'level' && !canChangeLevel(system, { ...system, level: action.level }).ok
}

/** The selected systems the action leaves alone because their level is approved. */
export function countKeptApproved(systems: readonly SystemRecord[], action: BulkAction): number {
  let n = 0
  for (const s of systems) if (keepsApprovedLevel(s, action)) n++
  return n
}

/** The ids the write receives: only the systems the action really changes. */
export function idsToChange(systems: readonly SystemRecord[], action: BulkAction): string[] {
  return systems.filter((s) => changesSystem(s, action)).map((s) => s.id)
}

export function countChanging(systems: readonly SystemRecord[], action: BulkAction): number {
  let n = 0
  for (const s of systems) if (changesSystem(s, action)) n++
  return n
}

/**
 * The two facts of a protection plan's deployment and how they go together (docs/domain.md §5):
 * the date is the date of FULL deployment, so a date on its own means the plan is fully deployed,
 * and a plan not (or no longer) fully deployed has no such date. One module, so the form, the
 * import, the bulk edit and the rounds' replies keep the pair the same way.
 */
import type { IsoDate } from './calendar-date'
import type { DeploymentState } from './types'

/** The state a new record starts in: the one given, else full when a date is given, else none. */
export function initialDeploymentState(
  deployedOn: IsoDate | null | undefined,
  given?: DeploymentState,
): DeploymentState {
  if (given) return given
  return deployedOn ? 'full' : 'none'
}

/** The date a record keeps once its state is `state`: none unless the plan is fully deployed. */
export function keptDeployedOn(state: DeploymentState, deployedOn: IsoDate | null): IsoDate | null {
  return state === 'full' ? deployedOn : null
}

/** Whether the pair can be recorded: a date only with full deployment. */
export function deploymentPairHolds(state: DeploymentState, deployedOn: IsoDate | null): boolean {
  return deployedOn === null || state === 'full'
}

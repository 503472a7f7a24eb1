/** Where each dashboard figure leads: the register, filtered to exactly the systems it counts. */
import type { Counters } from '../../domain/aggregate'
import { EMPTY_FILTER, filterToSearchParams, type RegisterFilter } from '../../domain/register-filter'
import { PATHS } from '../../paths'

export function registerLink(filter: Partial<RegisterFilter>): string {
  const query = filterToSearchParams({ ...EMPTY_FILTER, ...filter }).toString()
  return query ? `${PATHS.register}?${query}` : PATHS.register
}

export const COUNTER_FILTER: Record<keyof Counters, Partial<RegisterFilter>> = {
  systems: {},
  approved: { approval: ['approved'] },
  approvalOverdue: { approval: ['overdue'] },
  deployed: { deployment: ['deployed'] },
  deploymentOverdue: { deployment: ['overdue'] },
  assessmentOverdue: { assessment: ['overdue'] },
  assessmentDueSoon: { assessment: ['due_soon'] },
  missingLevel: { levels: ['unknown'] },
}

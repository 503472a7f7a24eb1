import { describe, expect, it } from 'vitest'
import { deploymentPairHolds, initialDeploymentState, keptDeployedOn } from './deployment-rule'

describe('the deployment date is the date of full deployment', () => {
  it('a new record with only a date is fully deployed; one with neither is not deployed', () => {
    expect(initialDeploymentState('2024-12-20')).toBe('full')
    expect(initialDeploymentState(null)).toBe('none')
    expect(initialDeploymentState(undefined)).toBe('none')
  })

  it('a state given with the date is kept as given (the form then refuses a date without full)', () => {
    expect(initialDeploymentState('2024-12-20', 'partial')).toBe('partial')
    expect(deploymentPairHolds('partial', '2024-12-20')).toBe(false)
  })

  it('a plan no longer fully deployed loses its date of full deployment; a full one keeps it', () => {
    expect(keptDeployedOn('partial', '2024-12-20')).toBeNull()
    expect(keptDeployedOn('none', '2024-12-20')).toBeNull()
    expect(keptDeployedOn('full', '2024-12-20')).toBe('2024-12-20')
  })

  it('any state may be recorded without a date', () => {
    expect(deploymentPairHolds('full', null)).toBe(true)
    expect(deploymentPairHolds('none', null)).toBe(true)
  })
})

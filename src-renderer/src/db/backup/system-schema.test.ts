import { describe, expect, it } from 'vitest'
import { SYSTEM_DEFAULTS, type SystemRecord } from '../../domain/types'
import { systemSchema } from './record-schemas'

const system: SystemRecord = {
  ...SYSTEM_DEFAULTS,
  id: 's1',
  name: 'Hệ thống đang xây dựng',
  unitId: 'u1',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  revision: 1,
}

describe('a system record in a backup or an exchange package', () => {
  it('carries the investment start date, and a record from before the field existed still loads', () => {
    const dated = { ...system, investmentStartedOn: '2025-10-01' }
    expect(systemSchema.parse(dated)).toEqual(dated)
    const { investmentStartedOn: _absent, ...older } = system
    expect(systemSchema.safeParse(older).success).toBe(true)
  })

  it('refuses an investment start date that is not a calendar date', () => {
    expect(systemSchema.safeParse({ ...system, investmentStartedOn: '01/10/2025' }).success).toBe(false)
  })
})

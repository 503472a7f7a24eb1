import { describe, expect, it } from 'vitest'
import { sameFormValues, toFormValues, toSystemFields, UNKNOWN_LEVEL } from './form-values'

describe('the system form values', () => {
  it('a new system starts with no level ("Chưa xác định") and a plan not deployed', () => {
    const values = toFormValues()
    expect(values.level).toBe(UNKNOWN_LEVEL)
    expect(toSystemFields(values).level).toBeNull()
    expect(toSystemFields(values).deploymentState).toBe('none')
  })

  it('keeps a deployment date only for a fully deployed plan', () => {
    const values = { ...toFormValues(), deploymentState: 'full' as const, deployedOn: '2025-06-30' }
    expect(toSystemFields(values).deployedOn).toBe('2025-06-30')
    expect(toSystemFields({ ...values, deploymentState: 'partial' }).deployedOn).toBeNull()
  })

  it('is unchanged when only a hidden field or an equivalent empty value differs', () => {
    const base = toFormValues()
    expect(sameFormValues(base, { ...base, deployedOn: '2025-06-30' })).toBe(true)
    expect(sameFormValues(base, { ...base, commissionedOn: '' })).toBe(true)
    expect(sameFormValues(base, { ...base, name: 'Cổng thông tin' })).toBe(false)
    expect(sameFormValues(base, { ...base, level: 3 })).toBe(false)
  })
})

import { describe, expect, it } from 'vitest'
import { evaluateRegister, type EvaluatedSystem } from '../register'
import { ND85_CT09_2024 } from '../rule-set'
import { compareSystems, sortSystems } from './order'
import {
  FIXTURE_AS_OF,
  fixtureRegister,
  largeRegister,
  makeSystem,
  makeUnit,
} from '../test-support/report-fixture'

const names = (rows: readonly EvaluatedSystem[]) => rows.map((r) => r.system.id)

/** Systems whose order needs the Vietnamese alphabet, numbers, ties and the unknown buckets. */
function awkwardRows(): EvaluatedSystem[] {
  const units = [
    makeUnit('u-dd', 'Sở Đường sắt', 'Khối sở, ngành'),
    makeUnit('u-d', 'Sở Du lịch', 'Khối sở, ngành'),
    makeUnit('u-10', 'Phường 10', 'Khối xã, phường'),
    makeUnit('u-9', 'Phường 9', 'Khối xã, phường'),
    makeUnit('u-x', 'Ban quản lý', ''),
    makeUnit('u-blank', '', 'Ấp mới'),
  ]
  const systems = [
    ['s1', 'u-dd', 'Cổng thông tin'],
    ['s2', 'u-d', 'Ứng dụng du lịch'],
    ['s3', 'u-d', 'Cổng thông tin'],
    ['s4', 'u-10', 'Hệ thống 2'],
    ['s5', 'u-9', 'Hệ thống 10'],
    ['s6', 'u-9', 'Hệ thống 2'],
    ['s7', 'u-x', 'Thư điện tử'],
    ['s8', 'gone', 'Hệ thống cũ'],
    ['s9', 'u-d', 'Cổng thông tin'],
    ['s10', 'u-blank', 'ăn uống'],
    ['s11', 'u-dd', 'an toàn'],
  ].map(([id, unitId, name]) => makeSystem({ id, unitId, name }))
  return evaluateRegister({ units, systems, assessments: [] }, ND85_CT09_2024, FIXTURE_AS_OF).rows
}

describe('the register order of report sheets', () => {
  it('sorts exactly as comparing system by system does, ties kept in the given order', () => {
    for (const rows of [awkwardRows(), fixtureRegister().rows, largeRegister(2_000).rows]) {
      expect(names(sortSystems(rows))).toEqual(names([...rows].sort(compareSystems)))
    }
    // s3 and s9 tie (same unit and name): the register gives s3 first, and so does the sheet.
    const sorted = names(sortSystems(awkwardRows()))
    expect(sorted.indexOf('s3')).toBeLessThan(sorted.indexOf('s9'))
    // Ấ sorts with A, d before đ, numbers as numbers (Phường 9 before Phường 10); the block left
    // blank and then the unit that is gone come last.
    expect(sorted).toEqual(['s10', 's3', 's9', 's2', 's11', 's1', 's6', 's5', 's4', 's7', 's8'])
  })

  it('gives a new array each time and leaves its input as it was', () => {
    const rows = awkwardRows()
    const before = names(rows)
    const first = sortSystems(rows)
    first.reverse()
    expect(names(sortSystems(rows))).toEqual(names([...rows].sort(compareSystems)))
    expect(names(rows)).toEqual(before)
  })

  it('sorts again an array changed in place since it was last sorted', () => {
    const rows = awkwardRows()
    expect(sortSystems(rows)[4].system.id).toBe('s11')
    // s11 ("an toàn") renamed "Zalo": now after s1 ("Cổng thông tin") in its unit.
    const [late] = rows.splice(10, 1)
    rows.push({ ...late, system: { ...late.system, name: 'Zalo' } })
    expect(names(sortSystems(rows)).slice(4, 6)).toEqual(['s1', 's11'])
    expect(names(sortSystems(rows))).toEqual(names([...rows].sort(compareSystems)))
    rows[0] = rows[1]
    expect(names(sortSystems(rows))).toEqual(names([...rows].sort(compareSystems)))
  })

  it('sorts again when a row of the array was given another system or unit in place', () => {
    const rows = awkwardRows()
    expect(sortSystems(rows)[0].system.id).toBe('s10')
    const first = rows.find((r) => r.system.id === 's10') as EvaluatedSystem
    first.system = { ...first.system, name: 'ăn uống' }
    first.unit = rows.find((r) => r.system.id === 's7')?.unit
    // s10 now belongs to "Ban quản lý", the block left blank: no longer first, but before s7.
    const sorted = names(sortSystems(rows))
    expect(sorted).toEqual(names([...rows].sort(compareSystems)))
    expect(sorted.slice(-3)).toEqual(['s10', 's7', 's8'])
  })
})

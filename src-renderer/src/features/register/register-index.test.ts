import { describe, expect, it } from 'vitest'
import { ND85_CT09_2024 } from '../../domain/rule-set'
import { evaluateRegister } from '../../domain/register'
import type { SystemRecord, Unit } from '../../domain/types'
import { buildRegisterIndex } from './register-index'

const stamp = { createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', parentId: null }
const units: Unit[] = [
  { id: 'u1', name: 'Sở Y tế', block: 'Khối sở', ...stamp },
  { id: 'u2', name: 'Ban Dân tộc', block: '', ...stamp },
]
const system = (id: string, unitId: string, name: string) =>
  ({
    id,
    unitId,
    name,
    owner: '',
    decisionNo: '',
    notes: '',
    level: 2,
    dossierState: 'drafting',
    approvedOn: null,
    deploymentState: 'none',
    deployedOn: null,
    commissionedOn: null,
  }) as unknown as SystemRecord
const { rows } = evaluateRegister(
  {
    units,
    systems: [
      system('s1', 'u1', 'Bệnh án điện tử'),
      system('s2', 'u2', 'Ăn uống an toàn'),
      system('s3', 'u1', 'An toàn thực phẩm'),
      system('s4', 'u1', 'Đào tạo trực tuyến'),
      system('s5', 'u2', 'Dịch vụ công'),
    ],
    assessments: [],
  },
  ND85_CT09_2024,
  '2026-11-23',
)

describe('the register index', () => {
  const index = buildRegisterIndex(rows)

  it('lists systems in Vietnamese alphabetical order: A before Ă before B, D before Đ', () => {
    expect(index.rows.map((r) => r.system.name)).toEqual([
      'An toàn thực phẩm',
      'Ăn uống an toàn',
      'Bệnh án điện tử',
      'Dịch vụ công',
      'Đào tạo trực tuyến',
    ])
  })

  it('ranks units and blocks in the same order, with a missing block last', () => {
    const byId = (id: string) => index.byId.get(id)!
    expect(index.unitRank(byId('s2'))).toBeLessThan(index.unitRank(byId('s1')))
    expect(index.blocks).toEqual(['Khối sở', '(Chưa phân khối)'])
    expect(index.blockRank(byId('s1'))).toBeLessThan(index.blockRank(byId('s2')))
  })

  it('folds each system once for the search: no case, no diacritics', () => {
    expect(index.folded(index.byId.get('s4')!)).toContain('dao tao truc tuyen so y te')
  })

  it('finds an edited system under its new name, and every system of a renamed unit under the new name', () => {
    // The snapshot replaces an edited record by a new object and keeps the others as they were.
    const renamed = { ...rows[3].system, name: 'Học trực tuyến' }
    const renamedUnit = { ...units[0], name: 'Sở Y tế và Dân số' }
    const next = evaluateRegister(
      {
        units: [renamedUnit, units[1]],
        systems: [...rows.slice(0, 3).map((r) => r.system), renamed, rows[4].system],
        assessments: [],
      },
      ND85_CT09_2024,
      '2026-11-23',
    )
    const again = buildRegisterIndex(next.rows)
    expect(again.folded(again.byId.get('s4')!)).toContain('hoc truc tuyen so y te va dan so')
    expect(again.folded(again.byId.get('s4')!)).not.toContain('dao tao')
    expect(again.folded(again.byId.get('s1')!)).toContain('benh an dien tu so y te va dan so')
    expect(again.folded(again.byId.get('s5')!)).toContain('dich vu cong ban dan toc')
  })
})

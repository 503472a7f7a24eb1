import { beforeAll, describe, expect, it } from 'vitest'
import { generateDemoDataset, type DemoDataset } from '../../demo/generate'
import { HAI_PHONG_UNITS } from '../../demo/hai-phong-units'
import { belowCriteriaLevels } from '../../domain/law/justification-record'
import { evaluateRegister } from '../../domain/register'
import { ND331_2026, ND85_CT09_2024 } from '../../domain/rule-set'
import { todoItems } from '../../domain/todo'
import type { SystemRecord } from '../../domain/types'
import { belowCriteriaReusing, evaluateRegisterReusing, todoItemsReusing } from './register-memo'

const AS_OF = '2026-11-23'
let data: DemoDataset

beforeAll(() => {
  data = generateDemoDataset({
    seed: 7,
    asOf: AS_OF,
    seedUnits: HAI_PHONG_UNITS,
    systemsCount: 600,
    unitsCount: 40,
  })
})

/** A new snapshot as register-snapshot.ts makes one: a new array, the changed record a new object. */
function withSystem(input: DemoDataset, changed: SystemRecord): DemoDataset {
  return { ...input, systems: input.systems.map((s) => (s.id === changed.id ? changed : s)) }
}

/** A system that shows up in "Việc cần làm", edited so that it no longer does (approved, deployed). */
function resolvedSystem(input: DemoDataset): { before: SystemRecord; after: SystemRecord } {
  const listed = todoItems(evaluateRegister(input, ND85_CT09_2024, AS_OF).rows).find(
    (i) => i.kind === 'approval',
  )
  const before = input.systems.find((s) => s.id === listed?.systemId)
  if (!before) throw new Error('the demo register has no system overdue for approval')
  return {
    before,
    after: { ...before, dossierState: 'approved', approvedOn: AS_OF, deploymentState: 'full' },
  }
}

describe('the register evaluated with reuse', () => {
  it('gives what evaluateRegister gives, for any day', () => {
    for (const day of [AS_OF, '2027-06-30']) {
      expect(evaluateRegisterReusing(data, ND85_CT09_2024, day)).toEqual(
        evaluateRegister(data, ND85_CT09_2024, day),
      )
    }
  })

  it('after one system is edited, re-evaluates that system only and counts it in the new figures', () => {
    const first = evaluateRegisterReusing(data, ND85_CT09_2024, AS_OF)
    const { before, after } = resolvedSystem(data)
    const edited = withSystem(data, after)

    const second = evaluateRegisterReusing(edited, ND85_CT09_2024, AS_OF)

    expect(second).toEqual(evaluateRegister(edited, ND85_CT09_2024, AS_OF))
    expect(second.aggregates.totals.approvalOverdue).toBe(first.aggregates.totals.approvalOverdue - 1)
    const fresh = second.rows.filter((row, i) => row !== first.rows[i])
    expect(fresh.map((r) => r.system)).toEqual([after])
    expect(fresh[0].system).not.toBe(before)
  })

  it('re-evaluates a system when it gets a new assessment, and every system when the rule set changes', () => {
    const first = evaluateRegisterReusing(data, ND85_CT09_2024, AS_OF)
    const system = data.systems.find((s) => s.level !== null) as SystemRecord
    const assessed = {
      ...data,
      assessments: [
        ...data.assessments,
        { ...data.assessments[0], id: 'new', systemId: system.id, date: AS_OF },
      ],
    }
    const second = evaluateRegisterReusing(assessed, ND85_CT09_2024, AS_OF)
    expect(second).toEqual(evaluateRegister(assessed, ND85_CT09_2024, AS_OF))
    expect(second.rows.find((r) => r.system === system)?.lastAssessedOn).toBe(AS_OF)
    expect(second.rows.filter((row, i) => row !== first.rows[i])).toHaveLength(1)

    const other = evaluateRegisterReusing(assessed, ND331_2026, AS_OF)
    expect(other).toEqual(evaluateRegister(assessed, ND331_2026, AS_OF))
    expect(other.rows.some((row, i) => row === second.rows[i])).toBe(false)
  })

  it('shows a renamed unit on its systems and in the figures by unit', () => {
    evaluateRegisterReusing(data, ND85_CT09_2024, AS_OF)
    const unit = data.units.find((u) => data.systems.some((s) => s.unitId === u.id))
    if (!unit) throw new Error('no unit with systems')
    const renamed = {
      ...data,
      units: data.units.map((u) => (u === unit ? { ...u, name: 'Sở Thử nghiệm' } : u)),
    }
    const result = evaluateRegisterReusing(renamed, ND85_CT09_2024, AS_OF)
    expect(result).toEqual(evaluateRegister(renamed, ND85_CT09_2024, AS_OF))
    expect(result.aggregates.byUnit.has('Sở Thử nghiệm')).toBe(true)
    expect(result.aggregates.byUnit.has(unit.name)).toBe(false)
  })
})

describe('"Việc cần làm" with reuse', () => {
  it('lists what todoItems lists, in the same order, before and after an edit', () => {
    const first = evaluateRegisterReusing(data, ND85_CT09_2024, AS_OF)
    const listed = todoItemsReusing(first.rows)
    expect(listed).toEqual(todoItems(first.rows))
    expect(todoItemsReusing(first.rows)).toBe(listed)

    const { after } = resolvedSystem(data)
    const second = evaluateRegisterReusing(withSystem(data, after), ND85_CT09_2024, AS_OF)
    const relisted = todoItemsReusing(second.rows)
    expect(relisted).toEqual(todoItems(second.rows))
    expect(relisted.some((i) => i.systemId === after.id)).toBe(false)
    expect(listed.some((i) => i.systemId === after.id)).toBe(true)
  })
})

describe('the level-criteria judgement with reuse', () => {
  it('finds what belowCriteriaLevels finds, and follows a level lowered below the answers', () => {
    expect(belowCriteriaReusing(data.systems)).toEqual(belowCriteriaLevels(data.systems))
    const justified = data.systems.find(
      (s) =>
        s.levelJustification !== null &&
        s.level !== null &&
        s.level > 1 &&
        !belowCriteriaReusing([s]).has(s.id),
    )
    if (!justified) throw new Error('the demo register has no justified system at its level')
    const lowered = withSystem(data, { ...justified, level: 1 })
    const below = belowCriteriaReusing(lowered.systems)
    expect(below).toEqual(belowCriteriaLevels(lowered.systems))
    expect(below.has(justified.id)).toBe(true)
  })
})

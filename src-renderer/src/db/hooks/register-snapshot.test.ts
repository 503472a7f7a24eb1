import { RangeSet } from 'dexie'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ND331_2026 } from '../../domain/rule-set'
import type { CapdoDatabase } from '../database'
import { writeDemoDataset } from '../demo/load-demo'
import { generateDemoDataset } from '../../demo/generate'
import { HAI_PHONG_UNITS } from '../../demo/hai-phong-units'
import { addAssessment } from '../repos/assessments'
import { loadRegisterWithRules } from '../repos/read-register'
import { saveRuleSetId } from '../repos/settings'
import { createSystem, deleteSystem, updateSystem } from '../repos/systems'
import { createUnit } from '../repos/units'
import { freshDatabase } from '../test-support/test-db'
import { changedKeys, watchRegister, type RegisterSnapshot, type RegisterWatch } from './register-snapshot'

let db: CapdoDatabase
let watch: RegisterWatch | undefined
let snapshots: RegisterSnapshot[]

beforeEach(() => {
  db = freshDatabase()
  snapshots = []
})

afterEach(async () => {
  watch?.stop()
  watch = undefined
  await db.delete()
})

function start() {
  watch = watchRegister(db, (s) => snapshots.push(s))
}

async function settled(): Promise<RegisterSnapshot> {
  // The snapshot a fresh full read would give, once the watch has caught up with it.
  const truth = await loadRegisterWithRules(db)
  await expect
    .poll(() => {
      const last = snapshots.at(-1)
      return (
        last && {
          units: last.units,
          systems: last.systems,
          assessments: last.assessments,
          ruleSet: last.ruleSet.id,
        }
      )
    })
    .toEqual({
      units: truth.units,
      systems: truth.systems,
      assessments: truth.assessments,
      ruleSet: truth.ruleSet.id,
    })
  return snapshots.at(-1) as RegisterSnapshot
}

describe('watchRegister', () => {
  it('shows an edit of one system, keeping every other record the same object', async () => {
    const unit = await createUnit(db, { name: 'Sở Y tế', block: 'Khối sở' })
    const a = await createSystem(db, { name: 'Cổng thông tin điện tử', unitId: unit.id, level: 2 })
    await createSystem(db, { name: 'Hệ thống bệnh án điện tử', unitId: unit.id, level: 3 })
    start()
    const before = await settled()

    await updateSystem(db, a.id, { level: null })
    const after = await settled()
    expect(after).not.toBe(before)
    expect(after.systems.find((s) => s.id === a.id)?.level).toBeNull()
    const untouched = after.systems.find((s) => s.id !== a.id)
    expect(untouched).toBe(before.systems.find((s) => s.id === untouched?.id))
    expect(after.units).toBe(before.units)
  })

  it('follows systems and assessments added and deleted, in the order a full read gives', async () => {
    const unit = await createUnit(db, { name: 'Sở Tài chính' })
    const keep = await createSystem(db, { name: 'Quản lý ngân sách', unitId: unit.id })
    start()
    await settled()

    const added = []
    for (const name of ['Dịch vụ công', 'Kho dữ liệu', 'Thư điện tử', 'Một cửa điện tử']) {
      added.push(
        await createSystem(db, {
          name,
          unitId: unit.id,
          level: 2,
          dossierState: 'approved',
          approvedOn: '2024-01-10',
        }),
      )
    }
    await addAssessment(db, { systemId: added[0].id, date: '2025-03-01', kind: 'periodic' })
    let now = await settled()
    expect(now.systems.map((s) => s.id)).toEqual([keep, ...added].map((s) => s.id).sort())
    expect(now.assessments).toHaveLength(1)

    await deleteSystem(db, added[0].id)
    now = await settled()
    expect(now.systems.map((s) => s.id)).not.toContain(added[0].id)
    expect(now.assessments).toHaveLength(0)
  })

  it('re-reads a table written in bulk, such as the demo register', async () => {
    start()
    await settled()
    const dataset = generateDemoDataset({
      seed: 7,
      asOf: '2026-11-23',
      seedUnits: HAI_PHONG_UNITS,
      systemsCount: 120,
    })
    await writeDemoDataset(db, dataset, { seed: 7 })
    const now = await settled()
    expect(now.systems).toHaveLength(120)
    expect(now.units).toHaveLength(95)
  })

  it('follows the active rule set', async () => {
    start()
    await settled()
    await saveRuleSetId(db, ND331_2026.id)
    expect((await settled()).ruleSet.id).toBe(ND331_2026.id)
  })

  it('does not lose a write made while the first read is in flight', async () => {
    const unit = await createUnit(db, { name: 'Sở Xây dựng' })
    start()
    await createSystem(db, { name: 'Cấp phép xây dựng', unitId: unit.id })
    const now = await settled()
    expect(now.systems.map((s) => s.name)).toEqual(['Cấp phép xây dựng'])
  })
})

describe('changedKeys', () => {
  it('lists single keys, from a RangeSet or from its structured clone', () => {
    const set = new RangeSet().addKeys(['b', 'a', 'c'])
    expect(changedKeys(set)?.sort()).toEqual(['a', 'b', 'c'])
    expect(changedKeys(structuredClone({ ...set }))?.sort()).toEqual(['a', 'b', 'c'])
    expect(changedKeys(new RangeSet())).toEqual([])
  })

  it('gives up on a range or on too many keys, so the table is re-read', () => {
    expect(changedKeys(new RangeSet('a', 'z'))).toBeNull()
    expect(changedKeys(new RangeSet(-Infinity, [[[]]]))).toBeNull()
    expect(changedKeys(new RangeSet().addKeys(['a', 'b', 'c']), 2)).toBeNull()
  })
})

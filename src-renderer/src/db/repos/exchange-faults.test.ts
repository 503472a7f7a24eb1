/**
 * Hostile and damaged "Gửi lên" files through the whole "Nhận dữ liệu" path (workbook bytes →
 * sheet reader → record checks → preview): every field of every record replaced by values no
 * store could hold, keys that reach a prototype, extra and missing fields. Each file must be
 * refused whole with a Vietnamese message, and the receiving store must not see a single write.
 */
import { describe, expect, it } from 'vitest'
import type { ExchangePackage, PackageRecord } from '../../domain/exchange'
import { isDomainError } from '../../domain/errors'
import { readExchangeWorkbook } from '../../excel/exchange/read-exchange-workbook'
import { watchWrites } from '../test-support/test-db'
import { addAssessment } from './assessments'
import type { CapdoDatabase } from '../database'
import { applyExchangeImport, planExchangeImport, prepareExchangeExport } from './exchange'
import { deleteOfficesAfterEach, office, packageBytes } from '../test-support/exchange-offices'
import { createSystem } from './systems'
import { createUnit, deleteUnit, updateUnit } from './units'

const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòõúùý]/iu

deleteOfficesAfterEach()

/** Values no field of a unit, system or assessment accepts (none of them is a boolean). */
const BAD_VALUES: readonly unknown[] = [true, -1.5, { nested: 1 }, ['x'], 'x'.repeat(200_001)]

/** Stamps a lenient Date.parse would take as some other instant, or as a local time. */
const BAD_STAMPS: readonly string[] = [
  '2026-02-30T10:00:00.000Z',
  '2026-10-01T24:00:00.000Z',
  '2026-10-01T10:00:00',
  '01/10/2026',
]

function damagedPackages(pkg: ExchangePackage): { label: string; pkg: ExchangePackage }[] {
  const out: { label: string; pkg: ExchangePackage }[] = []
  const withRecord = (index: number, data: Record<string, unknown>): ExchangePackage => ({
    ...pkg,
    records: pkg.records.map((r, i): PackageRecord => (i === index ? { ...r, data } : r)),
  })
  pkg.records.forEach((record, index) => {
    for (const field of Object.keys(record.data)) {
      BAD_VALUES.forEach((value, v) => {
        out.push({
          label: `${record.entity}.${field} #${v}`,
          pkg: withRecord(index, { ...record.data, [field]: value }),
        })
      })
    }
    BAD_STAMPS.forEach((stamp) => {
      out.push({
        label: `${record.entity}.createdAt ${stamp}`,
        pkg: withRecord(index, { ...record.data, createdAt: stamp }),
      })
    })
    out.push({
      label: `${record.entity} + unknown field`,
      pkg: withRecord(index, { ...record.data, hacked: 1 }),
    })
    // As JSON would bring it from a file: an own "__proto__" key.
    const polluted = JSON.parse(
      `{"__proto__":{"polluted":1},${JSON.stringify(record.data).slice(1)}`,
    ) as Record<string, unknown>
    out.push({ label: `${record.entity} + __proto__`, pkg: withRecord(index, polluted) })
    const { name: _name, ...nameless } = record.data
    if ('name' in record.data)
      out.push({ label: `${record.entity} without name`, pkg: withRecord(index, nameless) })
  })
  return out
}

describe('receiving a damaged or hostile exchange file', () => {
  it(
    'refuses every one in Vietnamese, whole, without a single write to the store',
    { timeout: 120_000 },
    async () => {
      const sender = await office('UBND phường An Dương')
      const unit = await createUnit(sender, { name: 'UBND phường An Dương', block: 'Khối xã, phường' })
      const portal = await createSystem(sender, { name: 'Cổng thông tin phường', unitId: unit.id, level: 2 })
      await addAssessment(sender, { systemId: portal.id, date: '2026-10-01', kind: 'periodic' })
      const { package: pkg } = await prepareExchangeExport(sender)

      const so = await office('Sở Khoa học và Công nghệ')
      await createUnit(so, { name: 'Sở Y tế', block: 'Khối sở, ngành' })
      const before = { units: await so.units.toArray(), systems: await so.systems.toArray() }
      // The untouched file is taken: what is refused below is refused for its damage alone.
      await expect(
        planExchangeImport(so, await readExchangeWorkbook(await packageBytes(pkg))),
      ).resolves.toBeTruthy()
      const watch = watchWrites(so)

      const cases = damagedPackages(pkg)
      expect(cases.length).toBeGreaterThanOrEqual(100)
      const accepted: string[] = []
      for (const { label, pkg: damaged } of cases) {
        const error = await readExchangeWorkbook(await packageBytes(damaged))
          .then((read) => planExchangeImport(so, read))
          .then(
            () => null,
            (e: unknown) => e,
          )
        if (!isDomainError(error) || !VIETNAMESE.test(error.message)) accepted.push(label)
      }
      expect(accepted).toEqual([])
      expect(watch.writes).toEqual([])
      expect({ units: await so.units.toArray(), systems: await so.systems.toArray() }).toEqual(before)
      expect(Object.keys(Object.prototype)).toEqual([])
    },
  )
})

/** A file's preview or its apply, as the refusal the officer reads (null when taken). */
async function refusalOf(run: () => Promise<unknown>): Promise<{ code: string; message: string } | null> {
  const error = await run().then(
    () => null,
    (e: unknown) => e,
  )
  if (error === null) return null
  if (!isDomainError(error)) throw error
  return { code: error.code, message: error.message }
}

async function dumpOf(db: CapdoDatabase) {
  return {
    units: await db.units.toArray(),
    systems: await db.systems.toArray(),
    assessments: await db.assessments.toArray(),
    history: await db.history.count(),
    exchange: await db.exchange.toArray(),
  }
}

describe('receiving a file whose records point at nothing', () => {
  /** Office A's register (a unit, a system, an assessment) as the Sở would receive it. */
  async function sentByA() {
    const a = await office('UBND phường An Dương')
    const unit = await createUnit(a, { name: 'UBND phường An Dương', block: 'Khối xã, phường' })
    const portal = await createSystem(a, { name: 'Cổng thông tin phường', unitId: unit.id, level: 2 })
    const check = await addAssessment(a, { systemId: portal.id, date: '2026-10-01', kind: 'periodic' })
    const so = await office('Sở Khoa học và Công nghệ')
    await createUnit(so, { name: 'Sở Y tế', block: 'Khối sở, ngành' })
    return { a, so, unit, portal, check, pkg: (await prepareExchangeExport(a)).package }
  }

  const pointing = (pkg: ExchangePackage, id: string, field: string, target: string): ExchangePackage => ({
    ...pkg,
    records: pkg.records.map((r) => (r.id === id ? { ...r, data: { ...r.data, [field]: target } } : r)),
  })

  it.each([
    [
      'a system whose unit is nowhere',
      'portal',
      'unitId',
      'hệ thống thông tin "Cổng thông tin phường" thuộc đơn vị có mã "don-vi-khong-co"',
    ],
    [
      'a unit whose parent is nowhere',
      'unit',
      'parentId',
      'đơn vị "UBND phường An Dương" trực thuộc đơn vị có mã "don-vi-khong-co"',
    ],
    [
      'an assessment whose system is nowhere',
      'check',
      'systemId',
      'lần kiểm tra, đánh giá "01/10/2026" là của hệ thống thông tin có mã "don-vi-khong-co"',
    ],
  ] as const)('refuses %s, naming it, without a single write', async (_label, which, field, named) => {
    const made = await sentByA()
    const id = made[which].id
    const bytes = await packageBytes(pointing(made.pkg, id, field, 'don-vi-khong-co'))
    const before = await dumpOf(made.so)
    const watch = watchWrites(made.so)

    const refusal = await refusalOf(async () =>
      planExchangeImport(made.so, await readExchangeWorkbook(bytes)),
    )
    expect(refusal?.code).toBe('exchange_dangling_reference')
    expect(refusal?.message).toContain(named)
    expect(refusal?.message).toContain('không có trong tệp và cũng không có trên máy')
    expect(refusal?.message).toContain('Dữ liệu hiện tại không bị thay đổi.')
    expect(watch.writes).toEqual([])
    expect(await dumpOf(made.so)).toEqual(before)
  })

  it('takes a system that points at a unit the Sở already holds but the file does not carry', async () => {
    const made = await sentByA()
    const [soUnit] = await made.so.units.toArray()
    // The file carries the system under the Sở's own unit, and not A's unit at all.
    const pkg = pointing(made.pkg, made.portal.id, 'unitId', soUnit.id)
    const refusal = await refusalOf(async () =>
      planExchangeImport(made.so, await readExchangeWorkbook(await packageBytes(pkg))),
    )
    expect(refusal).toBeNull()
  })

  it('refuses a deletion of a unit that still has systems here, naming the system', async () => {
    const a = await office('UBND phường An Dương')
    const unit = await createUnit(a, { name: 'Phòng Văn hóa', block: 'Khối xã, phường' })
    const so = await office('Sở Khoa học và Công nghệ')
    const first = await planExchangeImport(so, (await prepareExchangeExport(a)).package)
    await applyExchangeImport(so, first, {})
    // The Sở files a system under the unit; A, not knowing, deletes the unit and sends again.
    await createSystem(so, { name: 'Hệ thống quản lý di tích', unitId: unit.id })
    await deleteUnit(a, unit.id)
    const bytes = await packageBytes((await prepareExchangeExport(a)).package)
    const before = await dumpOf(so)
    const watch = watchWrites(so)

    const refusal = await refusalOf(async () => planExchangeImport(so, await readExchangeWorkbook(bytes)))
    expect(refusal?.code).toBe('exchange_dangling_reference')
    expect(refusal?.message).toContain(
      'sau khi nhận, hệ thống thông tin "Hệ thống quản lý di tích" vẫn thuộc đơn vị "Phòng Văn hóa", nhưng đơn vị này bị xóa',
    )
    expect(watch.writes).toEqual([])
    expect(await dumpOf(so)).toEqual(before)
  })

  it('lets the person keep a unit deleted in a conflict, and refuses the decision that would strand its system', async () => {
    const a = await office('UBND phường An Dương')
    const unit = await createUnit(a, { name: 'Phòng Văn hóa', block: 'Khối xã, phường' })
    const so = await office('Sở Khoa học và Công nghệ')
    await applyExchangeImport(so, await planExchangeImport(so, (await prepareExchangeExport(a)).package), {})
    // Both changed the unit since: the Sở renamed it and filed a system under it; A deleted it.
    await updateUnit(so, unit.id, { name: 'Phòng Văn hóa - Thông tin' })
    await createSystem(so, { name: 'Hệ thống quản lý di tích', unitId: unit.id })
    await deleteUnit(a, unit.id)
    const pkg = await readExchangeWorkbook(await packageBytes((await prepareExchangeExport(a)).package))

    const plan = await planExchangeImport(so, pkg)
    const key = `unit:${unit.id}`
    expect(plan.items.find((i) => i.key === key)?.status).toBe('conflict')
    const before = await dumpOf(so)
    const watch = watchWrites(so)
    const accepted = await refusalOf(() => applyExchangeImport(so, plan, { [key]: { keep: 'incoming' } }))
    expect(accepted?.code).toBe('exchange_dangling_reference')
    expect(accepted?.message).toContain('hãy chọn giữ lại đơn vị "Phòng Văn hóa - Thông tin"')
    expect(watch.writes).toEqual([])
    expect(await dumpOf(so)).toEqual(before)

    await applyExchangeImport(so, plan, { [key]: { keep: 'local' } })
    const systems = await so.systems.toArray()
    expect(systems.map((s) => s.unitId)).toEqual([unit.id])
    expect((await so.units.get(unit.id))?.name).toBe('Phòng Văn hóa - Thông tin')
  })
})

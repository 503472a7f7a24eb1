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
import { watchWrites } from '../test-db'
import { addAssessment } from './assessments'
import { planExchangeImport, prepareExchangeExport } from './exchange'
import { deleteOfficesAfterEach, office, packageBytes } from './exchange-test-support'
import { createSystem } from './systems'
import { createUnit } from './units'

const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòõúùý]/iu

deleteOfficesAfterEach()

/** Values no field of a unit, system or assessment accepts (none of them is a boolean). */
const BAD_VALUES: readonly unknown[] = [true, -1.5, { nested: 1 }, ['x'], 'x'.repeat(200_001)]

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

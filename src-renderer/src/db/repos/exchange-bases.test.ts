/**
 * Receiving a file after an earlier exchange (issue #13): the last exchanged version is the
 * common base, kept in the ledger, so a field changed on one side only is taken from it and only
 * a field changed on both sides is a question.
 */
import { describe, expect, it } from 'vitest'
import { readExchangeWorkbook } from '../../excel/exchange/read-exchange-workbook'
import type { CapdoDatabase } from '../database'
import {
  applyExchangeImport,
  planExchangeImport,
  prepareExchangeExport,
  readLedger,
  getOffice,
} from './exchange'
import { deleteOfficesAfterEach, office, packageBytes } from '../test-support/exchange-offices'
import { createSystem, getSystem, updateSystem } from './systems'
import { createUnit } from './units'

deleteOfficesAfterEach()

async function send(db: CapdoDatabase) {
  return readExchangeWorkbook(await packageBytes((await prepareExchangeExport(db)).package))
}

describe('receiving with the last exchanged version as base', () => {
  it('takes what only they changed, keeps what only we changed, and asks only about the field both changed', async () => {
    const a = await office('UBND phường An Dương')
    const so = await office('Sở Thông tin và Truyền thông')
    const unit = await createUnit(a, { name: 'UBND phường An Dương', block: 'Khối xã, phường' })
    const portal = await createSystem(a, { name: 'Cổng thông tin phường', unitId: unit.id, level: 2 })
    const first = await send(a)
    await applyExchangeImport(so, await planExchangeImport(so, first), {})
    // The Sở's ledger now holds the version both have, as field hashes only.
    const soOffice = await getOffice(so)
    const ledger = await readLedger(so, soOffice!)
    expect(ledger.bases?.[`system:${portal.id}`]).toHaveLength(1)
    expect(JSON.stringify(ledger.bases)).not.toContain('Cổng thông tin phường')

    await updateSystem(a, portal.id, { name: 'Cổng TTĐT phường An Dương', notes: 'Đã nâng cấp' })
    await updateSystem(so, portal.id, { owner: 'UBND thành phố', notes: 'Sở đã rà soát' })
    const plan = await planExchangeImport(so, await send(a))
    const item = plan.items.find((i) => i.key === `system:${portal.id}`)
    expect(item?.status).toBe('conflict')
    expect(item?.fields.map((f) => [f.field, f.changedBy, f.auto ?? null])).toEqual([
      ['name', 'incoming', 'incoming'],
      ['notes', 'both', null],
      ['owner', 'local', 'local'],
    ])

    await applyExchangeImport(so, plan, { [`system:${portal.id}`]: { fields: { notes: 'local' } } })
    expect(await getSystem(so, portal.id)).toMatchObject({
      name: 'Cổng TTĐT phường An Dương',
      owner: 'UBND thành phố',
      notes: 'Sở đã rà soát',
      // Recorded facts are not touched by the merge.
      level: 2,
    })
  })

  it('merges with nobody asked when each side changed other fields', async () => {
    const a = await office('UBND phường An Dương')
    const so = await office('Sở Thông tin và Truyền thông')
    const unit = await createUnit(a, { name: 'UBND phường An Dương', block: 'Khối xã, phường' })
    const portal = await createSystem(a, { name: 'Cổng thông tin phường', unitId: unit.id, level: 2 })
    await applyExchangeImport(so, await planExchangeImport(so, await send(a)), {})
    await updateSystem(a, portal.id, { name: 'Cổng TTĐT phường An Dương' })
    await updateSystem(so, portal.id, { owner: 'UBND thành phố' })
    const plan = await planExchangeImport(so, await send(a))
    expect(plan.items.find((i) => i.key === `system:${portal.id}`)?.status).toBe('merged')
    await applyExchangeImport(so, plan, {})
    expect(await getSystem(so, portal.id)).toMatchObject({
      name: 'Cổng TTĐT phường An Dương',
      owner: 'UBND thành phố',
    })
    // Sent back, the merge reaches A as an update: nobody is asked twice.
    const back = await planExchangeImport(a, await send(so))
    expect(back.items.find((i) => i.key === `system:${portal.id}`)?.status).toBe('updated')
  })
})

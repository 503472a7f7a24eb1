import { describe, expect, it, vi } from 'vitest'
import { prepareExchangeExport } from '../../db/repos/exchange'
import { deleteOfficesAfterEach, office } from '../../db/test-support/exchange-offices'
import { planExchangeImport } from '../../db/repos/exchange'
import { createSystem, updateSystem } from '../../db/repos/systems'
import { createUnit } from '../../db/repos/units'
import { takeIn } from './take-in'

deleteOfficesAfterEach()

describe('"Nhận" and the automatic backup before a merge', () => {
  it('backs up before a file that changes records, and takes no backup for one that changes nothing', async () => {
    const a = await office('UBND phường An Dương')
    const so = await office('Sở Khoa học và Công nghệ')
    const unit = await createUnit(a, { name: 'UBND phường An Dương', block: 'Khối xã, phường' })
    const portal = await createSystem(a, { name: 'Cổng thông tin phường', unitId: unit.id })
    const file = (await prepareExchangeExport(a)).package
    const backUp = vi.fn(async () => null)

    const first = await takeIn(so, await planExchangeImport(so, file), {}, backUp)
    expect(first.created).toBe(2)
    expect(backUp).toHaveBeenCalledTimes(1)
    expect(backUp).toHaveBeenCalledWith('before-merge')

    // The same file again, and a file whose only news is already held: nothing written, no backup.
    const again = await takeIn(so, await planExchangeImport(so, file), {}, backUp)
    expect(again).toMatchObject({ created: 0, updated: 0, deleted: 0 })
    const stale = await takeIn(
      so,
      await planExchangeImport(so, (await prepareExchangeExport(a)).package),
      {},
      backUp,
    )
    expect(stale).toMatchObject({ created: 0, updated: 0, deleted: 0 })
    expect(backUp).toHaveBeenCalledTimes(1)

    // A real change backs up again, before it is written.
    await updateSystem(a, portal.id, { level: 2 })
    const order: string[] = []
    const changed = await takeIn(
      so,
      await planExchangeImport(so, (await prepareExchangeExport(a)).package),
      {},
      async () => {
        order.push(`backup, level ${(await so.systems.get(portal.id))?.level}`)
        return null
      },
    )
    expect(changed.updated).toBe(1)
    expect(order).toEqual(['backup, level null'])
    expect((await so.systems.get(portal.id))?.level).toBe(2)
  })
})

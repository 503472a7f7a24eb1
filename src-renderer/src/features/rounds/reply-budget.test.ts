import { describe, expect, it } from 'vitest'
import { MAX_FILE_BYTES } from '../../../../src-main/preload/api'
import { MAX_DROP_BYTES, splitByBudget } from './reply-budget'

const file = (name: string, size: number) => ({ name, size })
const names = (files: { name: string }[]) => files.map((f) => f.name)

describe('the files one "Nhận phiếu" drop reads', () => {
  it('reads files up to exactly the total, in the order given, and names the rest', () => {
    const half = MAX_DROP_BYTES / 2
    const budget = splitByBudget(
      [file('a', half), file('b', half), file('c', 1), file('d', MAX_FILE_BYTES + 1)],
      MAX_FILE_BYTES,
      MAX_DROP_BYTES,
    )
    expect(names(budget.read)).toEqual(['a', 'b'])
    expect(names(budget.overTotal)).toEqual(['c'])
    expect(names(budget.tooLarge)).toEqual(['d'])
  })

  it('a file at exactly the per-file cap is read; 95 of them are not all read at once', () => {
    const drop = Array.from({ length: 95 }, (_, i) => file(`phieu-${i}`, MAX_FILE_BYTES))
    const budget = splitByBudget(drop, MAX_FILE_BYTES, MAX_DROP_BYTES)
    expect(budget.read).toHaveLength(Math.floor(MAX_DROP_BYTES / MAX_FILE_BYTES))
    expect(budget.tooLarge).toEqual([])
    expect(budget.read.length + budget.overTotal.length).toBe(95)
  })
})

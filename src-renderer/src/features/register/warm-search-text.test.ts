import { afterEach, describe, expect, it, vi } from 'vitest'
import { generateDemoDataset } from '../../demo/generate'
import { HAI_PHONG_UNITS } from '../../demo/hai-phong-units'
import { evaluateRegister } from '../../domain/register'
import { searchText } from '../../domain/register-filter'
import { ND85_CT09_2024 } from '../../domain/rule-set'
import { buildRegisterIndex, warmSearchText } from './register-index'

vi.mock('../../domain/register-filter', async (original) => {
  const actual = await original<typeof import('../../domain/register-filter')>()
  return { ...actual, searchText: vi.fn(actual.searchText) }
})

afterEach(() => {
  vi.useRealTimers()
})

function register(systemsCount: number) {
  const data = generateDemoDataset({ seed: 5, asOf: '2026-11-23', seedUnits: HAI_PHONG_UNITS, systemsCount })
  return buildRegisterIndex(evaluateRegister(data, ND85_CT09_2024, '2026-11-23').rows)
}

describe('the search text of a newly shown register', () => {
  it('is not folded while the register is being shown, but in small slices afterwards, each row once', () => {
    vi.useFakeTimers()
    const folding = vi.mocked(searchText)
    folding.mockClear()
    const index = register(1_200)
    warmSearchText(index.rows)
    expect(folding).toHaveBeenCalledTimes(0)
    vi.advanceTimersToNextTimer()
    expect(folding).toHaveBeenCalledTimes(500)
    vi.runAllTimers()
    expect(folding).toHaveBeenCalledTimes(1_200)

    // A search now finds every text ready, and it is the text the filter expects.
    const row = index.rows[700]
    expect(index.folded(row)).toBe(folding.getMockImplementation()?.(row))
    folding.mockClear()
    for (const r of index.rows) index.folded(r)
    expect(folding).toHaveBeenCalledTimes(0)
  })

  it('stops when the register is left or replaced', () => {
    vi.useFakeTimers()
    const folding = vi.mocked(searchText)
    const index = register(1_100)
    folding.mockClear()
    const stop = warmSearchText(index.rows)
    vi.advanceTimersToNextTimer()
    stop()
    vi.runAllTimers()
    expect(folding).toHaveBeenCalledTimes(500)
  })
})

import { beforeAll, describe, expect, it } from 'vitest'
import { generateDemoDataset } from '../../demo/generate'
import { HAI_PHONG_UNITS } from '../../demo/hai-phong-units'
import { evaluateRegister } from '../../domain/register'
import { EMPTY_FILTER, filterRegister, type RegisterFilter } from '../../domain/register-filter'
import { ND85_CT09_2024 } from '../../domain/rule-set'
import { buildRegisterIndex, type RegisterIndex } from './register-index'
import { searchCandidates } from './search-candidates'

let index: RegisterIndex
/** How many rows had their text looked at, to tell a narrowed search from a full one. */
let looked = 0

beforeAll(() => {
  const data = generateDemoDataset({
    seed: 11,
    asOf: '2026-11-23',
    seedUnits: HAI_PHONG_UNITS,
    systemsCount: 800,
  })
  const built = buildRegisterIndex(evaluateRegister(data, ND85_CT09_2024, '2026-11-23').rows)
  index = {
    ...built,
    folded: (row) => {
      looked++
      return built.folded(row)
    },
  }
})

/** What the register shows for a filter: through the candidates, and straight from every row. */
function both(filter: RegisterFilter) {
  const isBelow = () => false
  return {
    narrowed: filterRegister(searchCandidates(index, filter.query), filter, index.folded, isBelow),
    full: filterRegister(index.rows, filter, index.folded, isBelow),
  }
}

/** Each prefix of `text` as typed, then erased down to `keep` characters. */
function typedThenErased(text: string, keep: number): string[] {
  const typed = [...text].map((_, i) => text.slice(0, i + 1))
  const erased = typed.slice(keep - 1, -1).reverse()
  return [...typed, ...erased]
}

describe('the rows a search looks at', () => {
  it('give the register exactly what a search of every row gives, as queries are typed and erased', () => {
    const queries = [
      ...typedThenErased('cong thong tin', 1),
      ...typedThenErased('quan ly van ban', 8),
      ...typedThenErased('so y te', 2),
      'Sở Y tế',
      'te so',
      '  THÔNG   tin ',
      'xyz không có',
      '',
    ]
    let someFound = 0
    for (const query of queries) {
      for (const extra of [{}, { levels: ['3' as const] }, { approval: ['overdue' as const] }]) {
        const { narrowed, full } = both({ ...EMPTY_FILTER, ...extra, query })
        expect(narrowed, `"${query}" ${JSON.stringify(extra)}`).toEqual(full)
        if (full.length > 0 && full.length < index.rows.length) someFound++
      }
    }
    expect(someFound).toBeGreaterThan(20)
  })

  it('are only the rows of the query being extended, and none at all for a query typed before', () => {
    searchCandidates(index, 'he')
    looked = 0
    const narrowed = searchCandidates(index, 'he thong')
    expect(looked).toBe(searchCandidates(index, 'he').length)
    expect(looked).toBeLessThan(index.rows.length)
    expect(narrowed.length).toBeLessThanOrEqual(looked)

    looked = 0
    expect(searchCandidates(index, 'he')).toBe(searchCandidates(index, 'he'))
    expect(looked).toBe(0)
  })

  it('start again from every row when the new query does not narrow the last one', () => {
    searchCandidates(index, 'cong')
    looked = 0
    searchCandidates(index, 'benh vien')
    expect(looked).toBe(index.rows.length)
  })
})

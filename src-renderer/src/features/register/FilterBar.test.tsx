// @vitest-environment jsdom
/**
 * The selects and the date range are memoised apart from the search (they are not rendered again
 * for a keystroke), so their callbacks were made for an older query: a change made with them must
 * still keep the query typed since, and every other filter.
 */
import { cleanup, render } from '@testing-library/react'
import { createElement, type ComponentProps } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { EMPTY_FILTER, type RegisterFilter } from '../../domain/register-filter'
import { FilterBar } from './FilterBar'

const picker = vi.hoisted(() => ({
  onChange: null as null | ((from: string | null, to: string | null) => void),
}))

/** The value each select was last rendered with, by its label (antd shows no chosen tag in jsdom). */
const shown = vi.hoisted(() => ({ values: new Map<string, unknown>() }))

vi.mock('antd', async (importOriginal) => {
  const actual = await importOriginal<typeof import('antd')>()
  const RecordedSelect = (props: ComponentProps<typeof actual.Select>) => {
    shown.values.set(String(props['aria-label']), props.value)
    return createElement(actual.Select, props)
  }
  return { ...actual, Select: Object.assign(RecordedSelect, actual.Select) }
})

vi.mock('./DueRangePicker', () => ({
  DueRangePicker: (props: { onChange(from: string | null, to: string | null): void }) => {
    picker.onChange = props.onChange
    return null
  },
}))

afterEach(cleanup)

const NO_BLOCKS: string[] = []

describe('the register filter bar', () => {
  it('a date range chosen after typing keeps the typed query and the other filters', () => {
    const onChange = vi.fn()
    const units = [{ id: 'u1', name: 'Sở Y tế', block: 'Khối sở', parentId: null }] as never
    const first: RegisterFilter = { ...EMPTY_FILTER, query: 'c', levels: ['3'] }
    const { rerender } = render(
      <FilterBar filter={first} onChange={onChange} units={units} blocks={NO_BLOCKS} />,
    )
    const seenAtFirst = picker.onChange
    // The URL now holds "cong": the filter is parsed again (new arrays, same levels).
    rerender(
      <FilterBar
        filter={{ ...first, query: 'cong', levels: ['3'] }}
        onChange={onChange}
        units={units}
        blocks={NO_BLOCKS}
      />,
    )
    expect(picker.onChange).toBe(seenAtFirst)
    picker.onChange?.('2026-12-01', null)
    expect(onChange).toHaveBeenLastCalledWith({
      ...EMPTY_FILTER,
      query: 'cong',
      levels: ['3'],
      dueFrom: '2026-12-01',
      dueTo: null,
    })
  })

  it('shows a filter changed elsewhere (a link, "Xóa bộ lọc")', () => {
    const onChange = vi.fn()
    const { rerender } = render(
      <FilterBar
        filter={{ ...EMPTY_FILTER, query: 'c' }}
        onChange={onChange}
        units={[]}
        blocks={NO_BLOCKS}
      />,
    )
    rerender(
      <FilterBar
        filter={{ ...EMPTY_FILTER, query: 'c', levels: ['3'] }}
        onChange={onChange}
        units={[]}
        blocks={NO_BLOCKS}
      />,
    )
    expect(shown.values.get('Cấp độ')).toEqual(['3'])
  })
})

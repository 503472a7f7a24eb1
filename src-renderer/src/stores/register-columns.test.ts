// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest'
import { REGISTER_COLUMNS_STORAGE_KEY, useRegisterColumns } from './register-columns'

beforeEach(() => {
  localStorage.clear()
  useRegisterColumns.setState({ hidden: [] })
})

const stored = () => JSON.parse(localStorage.getItem(REGISTER_COLUMNS_STORAGE_KEY) ?? 'null')

describe('the register column choice', () => {
  it('a hidden column is remembered in localStorage, and shown again on request', () => {
    useRegisterColumns.getState().setVisible('block', false)
    useRegisterColumns.getState().setVisible('block', false)
    expect(useRegisterColumns.getState().hidden).toEqual(['block'])
    expect(stored().state).toEqual({ hidden: ['block'] })

    useRegisterColumns.getState().setVisible('block', true)
    expect(stored().state).toEqual({ hidden: [] })
  })

  it('the choice comes back after a restart; names of columns that no longer exist are dropped', async () => {
    localStorage.setItem(
      REGISTER_COLUMNS_STORAGE_KEY,
      JSON.stringify({ state: { hidden: ['dossier', 'owner', 'level'] }, version: 1 }),
    )
    await useRegisterColumns.persist.rehydrate()
    expect(useRegisterColumns.getState().hidden).toEqual(['level', 'dossier'])
  })
})

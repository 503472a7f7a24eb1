import { describe, expect, it } from 'vitest'
import { EditConflictError, isEditConflict, mergeEdit, resolveEdit, undecided } from './edit-merge'
import { isDomainError } from './errors'

interface Fields {
  owner: string
  notes: string
  level: number | null
  informationTypes: string[]
}

const FIELDS = ['owner', 'notes', 'level', 'informationTypes'] as const
const base: Fields = { owner: 'UBND thành phố', notes: '', level: 2, informationTypes: ['public'] }

describe('mergeEdit: the loaded version, the stored one and the form', () => {
  it('a field changed only in the other window is kept, one changed only in the form is saved', () => {
    const stored = { ...base, owner: 'Sở Y tế' }
    const mine = { ...base, notes: 'Đã rà soát' }
    const merge = mergeEdit(base, stored, mine, FIELDS)
    expect(merge.conflicts).toEqual([])
    expect(merge.fromStored).toEqual(['owner'])
    expect(merge.merged).toEqual({ ...base, owner: 'Sở Y tế', notes: 'Đã rà soát' })
  })

  it('the same field changed on both sides to different values is a conflict holding all three values', () => {
    const stored = { ...base, owner: 'Sở Y tế' }
    const mine = { ...base, owner: 'Sở Nội vụ', level: 3 }
    const merge = mergeEdit(base, stored, mine, FIELDS)
    expect(merge.conflicts).toEqual([{ field: 'owner', base: 'UBND thành phố', stored: 'Sở Y tế', mine: 'Sở Nội vụ' }])
    expect(merge.merged.level).toBe(3)
  })

  it('both sides making the same change is no conflict', () => {
    const same = { ...base, owner: 'Sở Y tế', informationTypes: ['public', 'personal'] }
    const merge = mergeEdit(base, { ...same }, { ...same }, FIELDS)
    expect(merge.conflicts).toEqual([])
    expect(merge.merged).toEqual(same)
  })

  it('compares lists by content, so an untouched list is not a change', () => {
    const stored = { ...base, informationTypes: ['public'], notes: 'x' }
    const mine = { ...base, informationTypes: ['public'] }
    expect(mergeEdit(base, stored, mine, FIELDS).conflicts).toEqual([])
  })

  it('emptying a field is a change like any other', () => {
    const stored = { ...base, level: 4 }
    const mine = { ...base, level: null }
    expect(mergeEdit(base, stored, mine, FIELDS).conflicts.map((c) => c.field)).toEqual(['level'])
  })
})

describe('resolveEdit: the person decides each conflict', () => {
  const stored = { ...base, owner: 'Sở Y tế', notes: 'Ghi chú bên kia' }
  const mine = { ...base, owner: 'Sở Nội vụ', notes: 'Ghi chú của tôi', level: 3 }
  const merge = mergeEdit(base, stored, mine, FIELDS)

  it('takes the side chosen for each field and keeps the rest of the merge', () => {
    expect(resolveEdit(merge, { owner: 'stored', notes: 'mine' })).toEqual({
      ...base,
      owner: 'Sở Y tế',
      notes: 'Ghi chú của tôi',
      level: 3,
    })
  })

  it('refuses while a conflict is undecided, naming it', () => {
    expect(undecided(merge.conflicts, { owner: 'mine' }).map((c) => c.field)).toEqual(['notes'])
    expect(() => resolveEdit(merge, { owner: 'mine' })).toThrow(/Cần chọn giá trị/)
  })
})

describe('EditConflictError', () => {
  it('is a domain error that names the fields in Vietnamese and carries what the screen needs', () => {
    const stored = { ...base, owner: 'Sở Y tế' }
    const merge = mergeEdit(base, stored, { ...base, owner: 'Sở Nội vụ' }, FIELDS)
    const error = new EditConflictError(merge, stored, 7, (f) => (f === 'owner' ? 'Chủ quản HTTT' : f))
    expect(isDomainError(error) && error.code).toBe('edit_conflict')
    expect(isEditConflict(error)).toBe(true)
    expect(error.message).toContain('"Chủ quản HTTT"')
    expect(error.message).toContain('Chưa lưu gì')
    expect(error.storedRevision).toBe(7)
    expect(error.stored).toBe(stored)
  })
})

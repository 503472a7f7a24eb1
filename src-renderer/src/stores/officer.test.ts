// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest'
import { currentOfficer, OFFICER_STORAGE_KEY, officerSignature, useOfficer } from './officer'

describe('the officer stamped on history', () => {
  beforeEach(() => {
    localStorage.clear()
    useOfficer.setState({ name: '', title: '', prompted: false })
  })

  it('writes "Tên (Chức vụ)", the name alone without a title, and nobody without a name', () => {
    expect(officerSignature('Nguyễn Văn An', 'Chuyên viên')).toBe('Nguyễn Văn An (Chuyên viên)')
    expect(officerSignature('Nguyễn Văn An', '  ')).toBe('Nguyễn Văn An')
    expect(officerSignature(' ', 'Chuyên viên')).toBe('')
  })

  it('setOfficer cleans both (NFC, trimmed) and marks the first-start prompt answered', () => {
    // "Nguyễn" typed with combining marks (NFD) is stored composed.
    useOfficer.getState().setOfficer(' Nguyê\u0303n Văn An ', ' Chuyên viên ')
    expect(useOfficer.getState()).toMatchObject({
      name: 'Nguyễn Văn An',
      title: 'Chuyên viên',
      prompted: true,
    })
    expect(currentOfficer()).toBe('Nguyễn Văn An (Chuyên viên)')
  })

  it('reads a version-1 entry (name only): the title is empty and a named officer is not asked again', async () => {
    localStorage.setItem(
      OFFICER_STORAGE_KEY,
      JSON.stringify({ state: { name: 'Trần Thị Bình' }, version: 1 }),
    )
    await useOfficer.persist.rehydrate()
    expect(useOfficer.getState()).toMatchObject({ name: 'Trần Thị Bình', title: '', prompted: true })
    expect(currentOfficer()).toBe('Trần Thị Bình')
  })
})
